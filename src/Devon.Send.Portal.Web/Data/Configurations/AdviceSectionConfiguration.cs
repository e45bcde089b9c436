using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class AdviceSectionConfiguration : IEntityTypeConfiguration<AdviceSection>
{
    public void Configure(EntityTypeBuilder<AdviceSection> builder)
    {
        builder.Property(s => s.SectionCode).HasMaxLength(2);
        builder.Property(s => s.Text).HasMaxLength(AdviceSection.MaxTextLength);
        // One text per section of a request: a replayed save cannot add a second.
        builder.HasIndex(s => new { s.AdviceRequestId, s.SectionCode }).IsUnique();
    }
}
