using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class EhcPlanConfiguration : IEntityTypeConfiguration<EhcPlan>
{
    public void Configure(EntityTypeBuilder<EhcPlan> builder)
    {
        builder.HasOne<Child>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AssessmentCase>().WithMany().HasForeignKey(p => p.AssessmentCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.CreatedById).HasMaxLength(450);
        builder.HasIndex(p => p.ChildId);
    }
}
