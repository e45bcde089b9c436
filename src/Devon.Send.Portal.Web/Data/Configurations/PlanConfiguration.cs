using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class EhcPlanConfiguration : IEntityTypeConfiguration<EhcPlan>
{
    public void Configure(EntityTypeBuilder<EhcPlan> builder)
    {
        builder.HasOne<Child>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AssessmentCase>().WithMany().HasForeignKey(p => p.AssessmentCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.CreatedById).HasMaxLength(450);
        builder.HasIndex(p => p.ChildId);
    }
}

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

public sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.HasOne<EhcPlan>().WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
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

public sealed class PlanReaderConfiguration : IEntityTypeConfiguration<PlanReader>
{
    public void Configure(EntityTypeBuilder<PlanReader> builder)
    {
        builder.HasKey(r => new { r.PlanId, r.UserId });
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.HasOne<EhcPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DraftCommentConfiguration : IEntityTypeConfiguration<DraftComment>
{
    public void Configure(EntityTypeBuilder<DraftComment> builder)
    {
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.SectionCode).HasMaxLength(2);
        builder.Property(c => c.Text).HasMaxLength(DraftComment.MaxLength);
        builder.Property(c => c.AuthorId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.Property(c => c.AuthorRole).HasMaxLength(50);
        builder.HasIndex(c => new { c.VersionId, c.SectionCode, c.CreatedAt });
    }
}

public sealed class DraftResponseConfiguration : IEntityTypeConfiguration<DraftResponse>
{
    public void Configure(EntityTypeBuilder<DraftResponse> builder)
    {
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.PreferredSettingName).HasMaxLength(200);
        builder.Property(r => r.PreferredSettingType).HasMaxLength(30);
        builder.Property(r => r.AuthorId).HasMaxLength(450);
        builder.Property(r => r.AuthorName).HasMaxLength(200);
        builder.Property(r => r.AuthorRole).HasMaxLength(50);
        // A response sent twice from the same form cannot become two: the second is refused.
        builder.HasIndex(r => new { r.VersionId, r.Number }).IsUnique();
    }
}

public sealed class SectionDraftConfiguration : IEntityTypeConfiguration<SectionDraft>
{
    public void Configure(EntityTypeBuilder<SectionDraft> builder)
    {
        builder.HasKey(d => new { d.PlanId, d.SectionCode, d.UserId });
        builder.Property(d => d.SectionCode).HasMaxLength(2);
        builder.Property(d => d.UserId).HasMaxLength(450);
        builder.Property(d => d.Reason).HasMaxLength(500);
        builder.HasOne<EhcPlan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
