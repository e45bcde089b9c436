using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class CaseDecisionConfiguration : IEntityTypeConfiguration<CaseDecision>
{
    public void Configure(EntityTypeBuilder<CaseDecision> builder)
    {
        builder.Property(d => d.Reasons).HasMaxLength(CaseDecision.ReasonsMaxLength);
        builder.HasOne<AssessmentCase>().WithMany().HasForeignKey(d => d.AssessmentCaseId);
        // One decision per case: a second submit of the form finds the first.
        builder.HasIndex(d => d.AssessmentCaseId).IsUnique();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.DecidedById).OnDelete(DeleteBehavior.Restrict);
    }
}
