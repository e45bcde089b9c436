using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.HasOne<EhcPlan>().WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.ServedBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.IssuedById).HasMaxLength(450);
        builder.Property(v => v.IssuedByName).HasMaxLength(200);
        builder.Property(v => v.IssuedByRole).HasMaxLength(50);
        builder.Property(v => v.OverrideReason).HasMaxLength(1000);
        builder.Property(v => v.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(v => v.Hash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        builder.HasMany(v => v.Sections).WithOne().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
