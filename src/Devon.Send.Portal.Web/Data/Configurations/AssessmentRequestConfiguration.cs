using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class AssessmentRequestConfiguration : IEntityTypeConfiguration<AssessmentRequest>
{
    public void Configure(EntityTypeBuilder<AssessmentRequest> builder)
    {
        builder.Property(r => r.MadeBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ChildGivenName).HasMaxLength(AssessmentRequest.NameMaxLength);
        builder.Property(r => r.ChildFamilyName).HasMaxLength(AssessmentRequest.NameMaxLength);
        builder.Property(r => r.Relationship).HasMaxLength(50);
        builder.Property(r => r.SettingName).HasMaxLength(AssessmentRequest.SettingMaxLength);
        builder.Property(r => r.Needs).HasMaxLength(AssessmentRequest.TextMaxLength);
        builder.Property(r => r.SupportSoFar).HasMaxLength(AssessmentRequest.TextMaxLength);
        builder.Property(r => r.HopedDifference).HasMaxLength(AssessmentRequest.TextMaxLength);
        builder.Property(r => r.ChildViews).HasMaxLength(AssessmentRequest.TextMaxLength);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Child>().WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AssessmentCase>().WithMany().HasForeignKey(r => r.AssessmentCaseId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(r => r.AuthorId);
        builder.HasIndex(r => r.AssessmentCaseId).IsUnique().HasFilter("[AssessmentCaseId] IS NOT NULL");
    }
}
