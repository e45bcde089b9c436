using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Devon.Send.Portal.Web.Data;

/// <summary>
/// The portal's database. Each provider has its own subclass so that each keeps its own migrations;
/// the one registered is picked by <c>Database:Provider</c>.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options)
    : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<SendTeam> SendTeams => Set<SendTeam>();
    public DbSet<Child> Children => Set<Child>();
    public DbSet<FamilyLink> FamilyLinks => Set<FamilyLink>();
    public DbSet<ProfessionalInvitation> ProfessionalInvitations => Set<ProfessionalInvitation>();
    public DbSet<ProfessionalTeam> ProfessionalTeams => Set<ProfessionalTeam>();
    public DbSet<ProfessionalTeamMember> ProfessionalTeamMembers => Set<ProfessionalTeamMember>();
    public DbSet<AssessmentCase> AssessmentCases => Set<AssessmentCase>();
    public DbSet<AdviceRequest> AdviceRequests => Set<AdviceRequest>();
    public DbSet<AdviceSection> AdviceSections => Set<AdviceSection>();
    public DbSet<AdviceAttachment> AdviceAttachments => Set<AdviceAttachment>();
    public DbSet<TimescaleException> TimescaleExceptions => Set<TimescaleException>();
    public DbSet<Mediation> Mediations => Set<Mediation>();
    public DbSet<TribunalAppeal> TribunalAppeals => Set<TribunalAppeal>();
    public DbSet<PlanCessation> PlanCessations => Set<PlanCessation>();
    public DbSet<AnnualReview> AnnualReviews => Set<AnnualReview>();
    public DbSet<ReviewContribution> ReviewContributions => Set<ReviewContribution>();
    public DbSet<AccountInvitation> AccountInvitations => Set<AccountInvitation>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();
    public DbSet<EhcPlan> Plans => Set<EhcPlan>();
    public DbSet<SectionRevision> SectionRevisions => Set<SectionRevision>();
    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();
    public DbSet<PlanVersionSection> PlanVersionSections => Set<PlanVersionSection>();
    public DbSet<PlanReader> PlanReaders => Set<PlanReader>();
    public DbSet<DraftComment> DraftComments => Set<DraftComment>();
    public DbSet<DraftResponse> DraftResponses => Set<DraftResponse>();
    public DbSet<SectionDraft> SectionDrafts => Set<SectionDraft>();
    public DbSet<LocalOfferDraft> LocalOfferDrafts => Set<LocalOfferDraft>();
    public DbSet<LocalOfferVersion> LocalOfferVersions => Set<LocalOfferVersion>();
    public DbSet<LocalOfferFeedback> LocalOfferFeedback => Set<LocalOfferFeedback>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<AssessmentRequest> AssessmentRequests => Set<AssessmentRequest>();
    public DbSet<CaseDecision> CaseDecisions => Set<CaseDecision>();
    public DbSet<PortalSession> PortalSessions => Set<PortalSession>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    /// <summary>Notifications were saved inside a transaction not yet committed: the mailer is woken when it is.</summary>
    public bool NotificationsWaiting { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseRewritingHistory();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseRewritingHistory();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The audit log, plans' history, comments and responses on drafts, and published Local Offer versions are append-only; the database refuses it too (triggers in the migrations).
    private void RefuseRewritingHistory()
    {
        var rewritten = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
            .FirstOrDefault(e => e.Entity is AuditEvent or SectionRevision or PlanVersion or PlanVersionSection or LocalOfferVersion or DraftComment or DraftResponse);
        if (rewritten is not null)
        {
            throw new InvalidOperationException($"{rewritten.Metadata.ClrType.Name} rows are append-only: they cannot be changed or deleted.");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset values; store them as UTC ticks so queries can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options) : PortalDbContext(options);
