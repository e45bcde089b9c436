using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class PlanVersionSectionConfiguration : IEntityTypeConfiguration<PlanVersionSection>
{
    public void Configure(EntityTypeBuilder<PlanVersionSection> builder)
    {
        builder.HasKey(s => new { s.VersionId, s.SectionCode });
        builder.Property(s => s.SectionCode).HasMaxLength(2);
        builder.HasOne<SectionRevision>().WithMany().HasForeignKey(s => s.RevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.RevisionId);
    }
}
