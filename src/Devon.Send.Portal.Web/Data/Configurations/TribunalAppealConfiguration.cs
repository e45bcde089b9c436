using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class TribunalAppealConfiguration : IEntityTypeConfiguration<TribunalAppeal>
{
    public void Configure(EntityTypeBuilder<TribunalAppeal> builder)
    {
        // One appeal a decision: a second post of the same appeal cannot add another.
        builder.HasIndex(a => new { a.AssessmentCaseId, a.DecisionOn }).IsUnique();
        builder.Property(a => a.Decision).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.RecordedById).HasMaxLength(450);
    }
}
