using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Devon.Send.Portal.Web.Data.Configurations;

public sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.Property(c => c.GivenName).HasMaxLength(100);
        builder.Property(c => c.FamilyName).HasMaxLength(100);
        builder.Property(c => c.CaseworkerId).HasMaxLength(450);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.CaseworkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CaseworkerId);
        builder.HasOne<SendTeam>().WithMany().HasForeignKey(c => c.SendTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.SendTeamId);
        builder.HasMany(c => c.Family).WithOne().HasForeignKey(p => p.ChildId);
        builder.HasMany(c => c.Cases).WithOne(c => c.Child).HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Invitations).WithOne(i => i.Child).HasForeignKey(i => i.ChildId);
    }
}

public sealed class FamilyLinkConfiguration : IEntityTypeConfiguration<FamilyLink>
{
    public void Configure(EntityTypeBuilder<FamilyLink> builder)
    {
        builder.HasKey(p => new { p.ChildId, p.UserId });
        builder.Property(p => p.Relationship).HasMaxLength(50);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.UserId);
    }
}

public sealed class ProfessionalInvitationConfiguration : IEntityTypeConfiguration<ProfessionalInvitation>
{
    public void Configure(EntityTypeBuilder<ProfessionalInvitation> builder)
    {
        builder.Property(i => i.Role).HasMaxLength(50);
        builder.Property(i => i.Organisation).HasMaxLength(200);
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.Sections).HasMaxLength(60);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProfessionalTeam>().WithMany().HasForeignKey(i => i.ProfessionalTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.UserId);
        builder.HasIndex(i => i.Email);
    }
}

public sealed class SendTeamConfiguration : IEntityTypeConfiguration<SendTeam>
{
    public void Configure(EntityTypeBuilder<SendTeam> builder) => builder.Property(t => t.Name).HasMaxLength(200);
}

public sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Organisation).HasMaxLength(200);
        builder.HasOne<SendTeam>().WithMany().HasForeignKey(u => u.SendTeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProfessionalTeamConfiguration : IEntityTypeConfiguration<ProfessionalTeam>
{
    public void Configure(EntityTypeBuilder<ProfessionalTeam> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Organisation).HasMaxLength(200);
        builder.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.ProfessionalTeamId);
    }
}

public sealed class ProfessionalTeamMemberConfiguration : IEntityTypeConfiguration<ProfessionalTeamMember>
{
    public void Configure(EntityTypeBuilder<ProfessionalTeamMember> builder)
    {
        builder.HasKey(m => new { m.ProfessionalTeamId, m.UserId });
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.UserId);
    }
}
