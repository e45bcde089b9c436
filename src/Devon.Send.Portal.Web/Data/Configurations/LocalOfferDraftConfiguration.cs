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
