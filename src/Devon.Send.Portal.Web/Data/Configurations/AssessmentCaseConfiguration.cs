using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class AssessmentCaseConfiguration : IEntityTypeConfiguration<AssessmentCase>
{
    public void Configure(EntityTypeBuilder<AssessmentCase> builder)
    {
        builder.HasMany(c => c.AdviceRequests).WithOne().HasForeignKey(a => a.AssessmentCaseId);
        builder.HasMany(c => c.TimescaleExceptions).WithOne().HasForeignKey(e => e.AssessmentCaseId);
        builder.HasMany(c => c.Mediations).WithOne().HasForeignKey(m => m.AssessmentCaseId);
        builder.HasMany(c => c.Appeals).WithOne().HasForeignKey(a => a.AssessmentCaseId);
        builder.HasMany(c => c.Cessations).WithOne().HasForeignKey(x => x.AssessmentCaseId);
        builder.Property(c => c.NoPlanReasons).HasMaxLength(AssessmentCase.NoPlanReasonsMaxLength);
        builder.HasMany(c => c.AnnualReviews).WithOne().HasForeignKey(r => r.AssessmentCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.CaseReference).HasMaxLength(AssessmentCase.ReferenceMaxLength);
        builder.HasIndex(c => c.CaseReference).IsUnique();
        builder.Property(c => c.TransferToCouncil).HasMaxLength(AssessmentCase.CouncilNameMaxLength);
        builder.Property(c => c.FromCouncil).HasMaxLength(AssessmentCase.CouncilNameMaxLength);
        builder.Property(c => c.TransferAdvice).HasMaxLength(AssessmentCase.TransferAdviceMaxLength);
        builder.Property(c => c.NewHealthBody).HasMaxLength(AssessmentCase.CouncilNameMaxLength);
        builder.Property(c => c.ClosureReason).HasMaxLength(AssessmentCase.ClosureReasonMaxLength);
        builder.HasIndex(c => c.ChildId);
        // No index on the case dates: the monthly figures read a large share of all cases, and SQLite scans them faster
        // in order than through an index on a date (measured: 0.5 s rather than 4 s over 600,000 cases).
    }
}
