using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class MediationConfiguration : IEntityTypeConfiguration<Mediation>
{
    public void Configure(EntityTypeBuilder<Mediation> builder)
    {
        builder.HasIndex(m => new { m.AssessmentCaseId, m.DecisionOn }).IsUnique();
        builder.Property(m => m.RecordedById).HasMaxLength(450);
        builder.Property(m => m.AgreedOther).HasMaxLength(Mediation.AgreedOtherMaxLength);
    }
}
