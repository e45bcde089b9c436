using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Organisation).HasMaxLength(200);
        builder.HasOne<SendTeam>().WithMany().HasForeignKey(u => u.SendTeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
