using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class TimescaleExceptionConfiguration : IEntityTypeConfiguration<TimescaleException>
{
    public void Configure(EntityTypeBuilder<TimescaleException> builder)
    {
        builder.Property(e => e.LegalBasis).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Details).HasMaxLength(TimescaleException.DetailsMaxLength);
        builder.Property(e => e.RecordedById).HasMaxLength(450);
    }
}
