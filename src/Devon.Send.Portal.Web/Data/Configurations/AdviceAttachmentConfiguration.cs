using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class AdviceAttachmentConfiguration : IEntityTypeConfiguration<AdviceAttachment>
{
    public void Configure(EntityTypeBuilder<AdviceAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(AdviceAttachment.FileNameMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.StorageKey).HasMaxLength(200);
        builder.Property(a => a.UploadedById).HasMaxLength(450);
    }
}
