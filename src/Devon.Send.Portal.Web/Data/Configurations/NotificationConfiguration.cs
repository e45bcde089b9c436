using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Message).HasMaxLength(Notification.MessageMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.Property(n => n.OnceKey).HasMaxLength(100);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Child>().WithMany().HasForeignKey(n => n.ChildId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        // The mailer's question: what has not been emailed yet.
        builder.HasIndex(n => n.EmailedAt);
        builder.HasIndex(n => new { n.UserId, n.OnceKey }).IsUnique().HasFilter("[OnceKey] IS NOT NULL");
    }
}
