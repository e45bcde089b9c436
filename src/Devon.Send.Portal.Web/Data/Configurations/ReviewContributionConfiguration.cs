using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class ReviewContributionConfiguration : IEntityTypeConfiguration<ReviewContribution>
{
    public void Configure(EntityTypeBuilder<ReviewContribution> builder)
    {
        builder.HasIndex(c => new { c.AnnualReviewId, c.AuthorId }).IsUnique();
        builder.Property(c => c.AuthorId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.Property(c => c.AuthorRole).HasMaxLength(40);
        builder.Property(c => c.WorkingWell).HasMaxLength(ReviewContribution.TextMaxLength);
        builder.Property(c => c.NotWorking).HasMaxLength(ReviewContribution.TextMaxLength);
        builder.Property(c => c.Changes).HasMaxLength(ReviewContribution.TextMaxLength);
    }
}
