using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.Property(c => c.GivenName).HasMaxLength(100);
        builder.Property(c => c.FamilyName).HasMaxLength(100);
        builder.Property(c => c.CaseworkerId).HasMaxLength(450);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.CaseworkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CaseworkerId);
        builder.HasOne<SendTeam>().WithMany().HasForeignKey(c => c.SendTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.SendTeamId);
        builder.HasMany(c => c.Family).WithOne().HasForeignKey(p => p.ChildId);
        builder.HasMany(c => c.Cases).WithOne(c => c.Child).HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Invitations).WithOne(i => i.Child).HasForeignKey(i => i.ChildId);
    }
}
