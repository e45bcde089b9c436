using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class DraftResponseConfiguration : IEntityTypeConfiguration<DraftResponse>
{
    public void Configure(EntityTypeBuilder<DraftResponse> builder)
    {
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.PreferredSettingName).HasMaxLength(200);
        builder.Property(r => r.PreferredSettingType).HasMaxLength(30);
        builder.Property(r => r.AuthorId).HasMaxLength(450);
        builder.Property(r => r.AuthorName).HasMaxLength(200);
        builder.Property(r => r.AuthorRole).HasMaxLength(50);
        // A response sent twice from the same form cannot become two: the second is refused.
        builder.HasIndex(r => new { r.VersionId, r.Number }).IsUnique();
    }
}
