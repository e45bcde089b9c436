using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class ProfessionalTeamConfiguration : IEntityTypeConfiguration<ProfessionalTeam>
{
    public void Configure(EntityTypeBuilder<ProfessionalTeam> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Organisation).HasMaxLength(200);
        builder.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.ProfessionalTeamId);
    }
}
