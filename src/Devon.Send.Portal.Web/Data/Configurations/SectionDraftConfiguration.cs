using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class SectionDraftConfiguration : IEntityTypeConfiguration<SectionDraft>
{
    public void Configure(EntityTypeBuilder<SectionDraft> builder)
    {
        builder.HasKey(d => new { d.PlanId, d.SectionCode, d.UserId });
        builder.Property(d => d.SectionCode).HasMaxLength(2);
        builder.Property(d => d.UserId).HasMaxLength(450);
        builder.Property(d => d.Reason).HasMaxLength(500);
        builder.HasOne<EhcPlan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
