using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class PlanCessationConfiguration : IEntityTypeConfiguration<PlanCessation>
{
    public void Configure(EntityTypeBuilder<PlanCessation> builder)
    {
        builder.Property(x => x.Ground).HasConversion<string>().HasMaxLength(40);
        builder.Property(x => x.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.ProposalReasons).HasMaxLength(PlanCessation.TextMaxLength);
        builder.Property(x => x.FamilyViews).HasMaxLength(PlanCessation.TextMaxLength);
        builder.Property(x => x.SchoolViews).HasMaxLength(PlanCessation.TextMaxLength);
        builder.Property(x => x.DecisionReasons).HasMaxLength(PlanCessation.TextMaxLength);
        builder.Property(x => x.ProposedById).HasMaxLength(450);
        builder.Property(x => x.DecidedById).HasMaxLength(450);
        // One proposal a day for a case: the same form posted twice at once saves once.
        builder.HasIndex(x => new { x.AssessmentCaseId, x.ProposedOn }).IsUnique();
    }
}
