using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class AccountInvitationConfiguration : IEntityTypeConfiguration<AccountInvitation>
{
    public void Configure(EntityTypeBuilder<AccountInvitation> builder)
    {
        builder.Property(i => i.CodeHash).HasMaxLength(64);
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.Role).HasMaxLength(50);
        builder.Property(i => i.Relationship).HasMaxLength(50);
        builder.HasIndex(i => i.CodeHash).IsUnique();
        builder.HasOne<Child>().WithMany().HasForeignKey(i => i.ChildId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(i => i.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
