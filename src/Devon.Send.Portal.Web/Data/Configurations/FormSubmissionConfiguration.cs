using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class FormSubmissionConfiguration : IEntityTypeConfiguration<FormSubmission>
{
    public void Configure(EntityTypeBuilder<FormSubmission> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Contents).HasMaxLength(FormSubmission.ContentsLength).IsFixedLength();
        builder.Property(s => s.RedirectTo).HasMaxLength(FormSubmission.MaxUrlLength);
        builder.Property(s => s.Notice).HasMaxLength(FormSubmission.MaxNoticeLength);
        builder.HasIndex(s => s.CreatedAt);
    }
}
