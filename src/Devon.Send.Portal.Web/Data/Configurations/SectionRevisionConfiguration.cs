using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class SectionRevisionConfiguration : IEntityTypeConfiguration<SectionRevision>
{
    public void Configure(EntityTypeBuilder<SectionRevision> builder)
    {
        builder.HasOne<EhcPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.SectionCode).HasMaxLength(2);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.AuthorId).HasMaxLength(450);
        builder.Property(r => r.AuthorName).HasMaxLength(200);
        builder.Property(r => r.AuthorRole).HasMaxLength(50);
        builder.Property(r => r.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.Hash).HasMaxLength(64).IsFixedLength();
        // Two saves made from the same revision cannot both become the next one: the second is a conflict.
        builder.HasIndex(r => new { r.PlanId, r.SectionCode, r.Number }).IsUnique();
    }
}
