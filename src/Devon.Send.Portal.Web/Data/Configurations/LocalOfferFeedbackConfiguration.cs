using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class LocalOfferFeedbackConfiguration : IEntityTypeConfiguration<LocalOfferFeedback>
{
    public void Configure(EntityTypeBuilder<LocalOfferFeedback> builder)
    {
        builder.Property(f => f.Slug).HasMaxLength(100);
        builder.Property(f => f.Comment).HasMaxLength(1200);
        builder.HasIndex(f => new { f.Slug, f.At });
    }
}
