using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class AdviceRequestConfiguration : IEntityTypeConfiguration<AdviceRequest>
{
    public void Configure(EntityTypeBuilder<AdviceRequest> builder)
    {
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<ProfessionalInvitation>().WithMany().HasForeignKey(a => a.InvitationId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.RequestedById).HasMaxLength(450);
        builder.Property(a => a.SubmittedById).HasMaxLength(450);
        builder.HasMany(a => a.Sections).WithOne().HasForeignKey(s => s.AdviceRequestId);
        builder.HasMany(a => a.Attachments).WithOne().HasForeignKey(s => s.AdviceRequestId);
    }
}
