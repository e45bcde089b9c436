using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class AnnualReviewConfiguration : IEntityTypeConfiguration<AnnualReview>
{
    public void Configure(EntityTypeBuilder<AnnualReview> builder)
    {
        builder.HasIndex(r => new { r.AssessmentCaseId, r.Number }).IsUnique();
        builder.Property(r => r.ArrangedById).HasMaxLength(450);
        builder.Property(r => r.DecidedById).HasMaxLength(450);
        builder.Property(r => r.Attendees).HasMaxLength(AnnualReview.AttendeesMaxLength);
        builder.Property(r => r.Discussion).HasMaxLength(AnnualReview.TextMaxLength);
        builder.Property(r => r.DecisionReasons).HasMaxLength(AnnualReview.TextMaxLength);
        builder.Property(r => r.NoAmendmentReasons).HasMaxLength(AnnualReview.TextMaxLength);
        builder.Property(r => r.Recommendation).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(10);
        builder.HasMany(r => r.Contributions).WithOne().HasForeignKey(c => c.AnnualReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
