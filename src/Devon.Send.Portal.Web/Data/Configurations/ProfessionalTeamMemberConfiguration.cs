using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class ProfessionalTeamMemberConfiguration : IEntityTypeConfiguration<ProfessionalTeamMember>
{
    public void Configure(EntityTypeBuilder<ProfessionalTeamMember> builder)
    {
        builder.HasKey(m => new { m.ProfessionalTeamId, m.UserId });
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.UserId);
    }
}
