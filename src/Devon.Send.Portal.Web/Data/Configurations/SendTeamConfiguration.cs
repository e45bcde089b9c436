using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class SendTeamConfiguration : IEntityTypeConfiguration<SendTeam>
{
    public void Configure(EntityTypeBuilder<SendTeam> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Phone).HasMaxLength(30);
        builder.Property(t => t.Email).HasMaxLength(254);
    }
}
