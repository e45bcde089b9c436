using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class DraftCommentConfiguration : IEntityTypeConfiguration<DraftComment>
{
    public void Configure(EntityTypeBuilder<DraftComment> builder)
    {
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.SectionCode).HasMaxLength(2);
        builder.Property(c => c.Text).HasMaxLength(DraftComment.MaxLength);
        builder.Property(c => c.AuthorId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.Property(c => c.AuthorRole).HasMaxLength(50);
        builder.HasIndex(c => new { c.VersionId, c.SectionCode, c.CreatedAt });
    }
}
