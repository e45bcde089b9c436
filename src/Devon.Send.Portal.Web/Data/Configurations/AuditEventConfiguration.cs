using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.ActorUserId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.ActorRoles).HasMaxLength(300);
        builder.Property(e => e.ActorOrganisation).HasMaxLength(200);
        builder.Property(e => e.Detail).HasMaxLength(AuditEvent.DetailLength);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.AnchorSection).HasMaxLength(8);
        builder.Property(e => e.AnchorHash).HasMaxLength(64);
        builder.HasIndex(e => new { e.ChildId, e.At });
        builder.HasIndex(e => new { e.ActorUserId, e.At });
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.AnchorPlanId, e.AnchorSection, e.AnchorNumber });
    }
}
