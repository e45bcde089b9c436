using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class LocalOfferDraftConfiguration : IEntityTypeConfiguration<LocalOfferDraft>
{
    public void Configure(EntityTypeBuilder<LocalOfferDraft> builder)
    {
        builder.Property(d => d.Slug).HasMaxLength(100);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.AuthorId).HasMaxLength(450);
        builder.Property(d => d.AuthorName).HasMaxLength(200);
        builder.Property(d => d.ChangeNote).HasMaxLength(500);
        builder.Property(d => d.ReviewerId).HasMaxLength(450);
        builder.Property(d => d.ReviewerName).HasMaxLength(200);
        builder.Property(d => d.ReturnComment).HasMaxLength(1000);
        builder.HasIndex(d => new { d.Slug, d.Status });
        builder.HasIndex(d => d.Status);
    }
}

public sealed class LocalOfferVersionConfiguration : IEntityTypeConfiguration<LocalOfferVersion>
{
    public void Configure(EntityTypeBuilder<LocalOfferVersion> builder)
    {
        builder.Property(v => v.Slug).HasMaxLength(100);
        builder.Property(v => v.SourceHash).HasMaxLength(64);
        builder.Property(v => v.FileHash).HasMaxLength(64);
        builder.Property(v => v.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.AuthorName).HasMaxLength(200);
        builder.Property(v => v.ApprovedById).HasMaxLength(450);
        builder.Property(v => v.ApprovedByName).HasMaxLength(200);
        builder.Property(v => v.ChangeNote).HasMaxLength(500);
        builder.HasIndex(v => new { v.Slug, v.Number }).IsUnique();
    }
}

public sealed class LocalOfferFeedbackConfiguration : IEntityTypeConfiguration<LocalOfferFeedback>
{
    public void Configure(EntityTypeBuilder<LocalOfferFeedback> builder)
    {
        builder.Property(f => f.Slug).HasMaxLength(100);
        builder.Property(f => f.Comment).HasMaxLength(1200);
        builder.HasIndex(f => new { f.Slug, f.At });
    }
}
