using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class PlanReaderConfiguration : IEntityTypeConfiguration<PlanReader>
{
    public void Configure(EntityTypeBuilder<PlanReader> builder)
    {
        builder.HasKey(r => new { r.PlanId, r.UserId });
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.HasOne<EhcPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
