using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class LocalOfferVersionConfiguration : IEntityTypeConfiguration<LocalOfferVersion>
{
    public void Configure(EntityTypeBuilder<LocalOfferVersion> builder)
    {
        builder.Property(v => v.Slug).HasMaxLength(100);
        builder.Property(v => v.SourceHash).HasMaxLength(64);
        builder.Property(v => v.FileHash).HasMaxLength(64);
        builder.Property(v => v.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.AuthorName).HasMaxLength(200);
        builder.Property(v => v.ApprovedById).HasMaxLength(450);
        builder.Property(v => v.ApprovedByName).HasMaxLength(200);
        builder.Property(v => v.ChangeNote).HasMaxLength(500);
        builder.HasIndex(v => new { v.Slug, v.Number }).IsUnique();
    }
}
