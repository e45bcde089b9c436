using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class ProfessionalInvitationConfiguration : IEntityTypeConfiguration<ProfessionalInvitation>
{
    public void Configure(EntityTypeBuilder<ProfessionalInvitation> builder)
    {
        builder.Property(i => i.Role).HasMaxLength(50);
        builder.Property(i => i.Organisation).HasMaxLength(200);
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.Sections).HasMaxLength(60);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProfessionalTeam>().WithMany().HasForeignKey(i => i.ProfessionalTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.UserId);
        builder.HasIndex(i => i.Email);
    }
}
