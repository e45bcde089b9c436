using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class SendTeamConfiguration : IEntityTypeConfiguration<SendTeam>
{
    public void Configure(EntityTypeBuilder<SendTeam> builder) => builder.Property(t => t.Name).HasMaxLength(200);
}
