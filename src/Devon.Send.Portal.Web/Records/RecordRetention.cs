using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Devon.Send.Portal.Web.Attachments;
using Devon.Send.Portal.Web.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Records;

/// <summary><c>Retention:*</c> settings.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";
    public const int MinYears = 25;
    public const int MaxYears = 100;

    /// <summary>A child's records are destroyed this many years after their date of birth.</summary>
    public int YearsAfterDateOfBirth { get; set; } = 35;

    public static void Add(IServiceCollection services, IConfiguration configuration) =>
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(Section))
            .Validate(o => o.YearsAfterDateOfBirth is >= MinYears and <= MaxYears,
                $"{Section}:YearsAfterDateOfBirth must be a whole number of years from {MinYears} to {MaxYears}.")
            .ValidateOnStart();
}

/// <summary>What was (or, in a dry run, would be) destroyed for one child's record: rows by table.</summary>
public sealed record DestroyedRecord(string Reference, IReadOnlyList<(string Table, int Rows)> Rows, int Files)
{
    public int TotalRows => Rows.Sum(r => r.Rows);

    public string Describe() => string.Join(", ", Rows.Where(r => r.Rows > 0).Select(r => $"{r.Table} {r.Rows}"))
        + (Files > 0 ? $"; attachment files {Files}" : "");
}

/// <summary>
/// The retention rule: a child's records are destroyed <see cref="RetentionOptions.YearsAfterDateOfBirth"/> years
/// after their date of birth (on that UK day). Each child's record goes in one transaction: every row the portal
/// holds about them, including the append-only history (the only way past its guards), and the attachment files.
/// What is left is one audit event, the tombstone, with an opaque reference, the rule, the day and the counts.
/// Tables this class does not name are removed by the database's own cascades from the child, the case or the plan.
/// </summary>
public sealed class RecordRetention(PortalDbContext db, IAttachmentStore attachments, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RecordRetention> logger)
{
    public int Years => options.Value.YearsAfterDateOfBirth;

    /// <summary>The children whose records are due to be destroyed today: born on or before today less the years.</summary>
    public async Task<IReadOnlyList<Guid>> DueAsync(CancellationToken cancellationToken = default)
    {
        var bornOnOrBefore = clock.UkToday().AddYears(-Years);
        return await db.Children.AsNoTracking().Where(c => c.DateOfBirth <= bornOnOrBefore).OrderBy(c => c.DateOfBirth).Select(c => c.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The <c>purge-expired-records [--dry-run]</c> command: destroys (or lists) every record that is due, one at a time.</summary>
    public async Task<int> RunAsync(bool dryRun, TextWriter output, CancellationToken cancellationToken = default)
    {
        var due = await DueAsync(cancellationToken);
        var rule = $"{Years} years after date of birth, on or before {clock.UkToday().ToUkDate()}";
        if (due.Count == 0)
        {
            await output.WriteLineAsync($"No records are due to be destroyed ({rule}).");
            return 0;
        }

        var totals = new List<DestroyedRecord>();
        foreach (var childId in due)
        {
            var record = await DestroyAsync(childId, dryRun, cancellationToken);
            totals.Add(record);
            await output.WriteLineAsync($"{(dryRun ? "Would destroy" : "Destroyed")} record {record.Reference}: {record.TotalRows:N0} rows ({record.Describe()}).");
        }

        var rows = totals.Sum(t => t.TotalRows);
        var files = totals.Sum(t => t.Files);
        await output.WriteLineAsync(dryRun
            ? $"Dry run: {totals.Count:N0} {Records(totals.Count)} would be destroyed ({rule}): {rows:N0} rows and {files:N0} attachment files. Nothing was deleted."
            : $"Destroyed {totals.Count:N0} {Records(totals.Count)} ({rule}): {rows:N0} rows and {files:N0} attachment files. Each left a tombstone in the audit log.");
        return 0;
    }

    private static string Records(int count) => count == 1 ? "record" : "records";

    /// <summary>Destroys one child's records (or, for a dry run, counts what would go), in one transaction.</summary>
    public async Task<DestroyedRecord> DestroyAsync(Guid childId, bool dryRun, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var today = clock.UkToday();
        // Serializable, so nothing about the child (a view logged meanwhile, say) can be added behind the purge's back.
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId).Select(c => new { c.DateOfBirth }).SingleOrDefaultAsync(cancellationToken);
        if (child is null || child.DateOfBirth > today.AddYears(-Years))
        {
            throw new InvalidOperationException($"Record {ReferenceOf(childId)} is not due to be destroyed.");
        }

        var caseIds = await db.AssessmentCases.Where(c => c.ChildId == childId).Select(c => c.Id).ToListAsync(cancellationToken);
        var planIds = await db.Plans.Where(p => p.ChildId == childId || (p.AssessmentCaseId != null && caseIds.Contains(p.AssessmentCaseId.Value))).Select(p => p.Id).ToListAsync(cancellationToken);
        var versionIds = await db.PlanVersions.Where(v => planIds.Contains(v.PlanId)).Select(v => v.Id).ToListAsync(cancellationToken);
        var invitationIds = await db.ProfessionalInvitations.Where(i => i.ChildId == childId).Select(i => i.Id).ToListAsync(cancellationToken);
        var adviceIds = await db.AdviceRequests.Where(a => caseIds.Contains(a.AssessmentCaseId) || (a.InvitationId != null && invitationIds.Contains(a.InvitationId.Value)))
            .Select(a => a.Id).ToListAsync(cancellationToken);
        var files = await db.AdviceAttachments.Where(a => adviceIds.Contains(a.AdviceRequestId)).Select(a => a.StorageKey).ToListAsync(cancellationToken);
        var others = await OtherDependentsAsync(childId, caseIds, planIds, cancellationToken);

        var guards = dryRun ? null : await AppendOnlyGuards.LiftAsync(db, cancellationToken);
        var rows = new List<(string, int)>();
        async Task Remove<T>(string table, IQueryable<T> query)
        {
            rows.Add((table, dryRun ? await query.CountAsync(cancellationToken) : await query.ExecuteDeleteAsync(cancellationToken)));
        }

        // Leaves first: the plan's history and feedback on it, then advice, then the case's own rows, then the child.
        await Remove("DraftComments", db.DraftComments.Where(c => versionIds.Contains(c.VersionId)));
        await Remove("DraftResponses", db.DraftResponses.Where(r => versionIds.Contains(r.VersionId)));
        await Remove("PlanVersionSections", db.PlanVersionSections.Where(s => versionIds.Contains(s.VersionId)));
        await Remove("PlanVersions", db.PlanVersions.Where(v => versionIds.Contains(v.Id)));
        await Remove("SectionRevisions", db.SectionRevisions.Where(r => planIds.Contains(r.PlanId)));
        await Remove("SectionDrafts", db.SectionDrafts.Where(d => planIds.Contains(d.PlanId)));
        await Remove("PlanReaders", db.PlanReaders.Where(r => planIds.Contains(r.PlanId)));
        await Remove("Plans", db.Plans.Where(p => planIds.Contains(p.Id)));
        await Remove("AdviceAttachments", db.AdviceAttachments.Where(a => adviceIds.Contains(a.AdviceRequestId)));
        await Remove("AdviceSections", db.AdviceSections.Where(s => adviceIds.Contains(s.AdviceRequestId)));
        await Remove("AdviceRequests", db.AdviceRequests.Where(a => adviceIds.Contains(a.Id)));
        await Remove("AssessmentRequests", db.AssessmentRequests.Where(r => r.ChildId == childId || (r.AssessmentCaseId != null && caseIds.Contains(r.AssessmentCaseId.Value))));
        await Remove("CaseDecisions", db.CaseDecisions.Where(d => caseIds.Contains(d.AssessmentCaseId)));
        await Remove("TimescaleExceptions", db.TimescaleExceptions.Where(e => caseIds.Contains(e.AssessmentCaseId)));
        await Remove("Mediations", db.Mediations.Where(m => caseIds.Contains(m.AssessmentCaseId)));
        await Remove("TribunalAppeals", db.TribunalAppeals.Where(a => caseIds.Contains(a.AssessmentCaseId)));
        await Remove("PlanCessations", db.PlanCessations.Where(x => caseIds.Contains(x.AssessmentCaseId)));
        await Remove("Notifications", db.Notifications.Where(n => n.ChildId == childId));
        await Remove("AccountInvitations", db.AccountInvitations.Where(i => i.ChildId == childId));
        await Remove("ProfessionalInvitations", db.ProfessionalInvitations.Where(i => i.ChildId == childId));
        await Remove("FamilyLinks", db.FamilyLinks.Where(f => f.ChildId == childId));
        await Remove("AuditEvents", db.AuditEvents.Where(e => e.ChildId == childId));
        // Rows of tables not named above go with the case, plan or child by the database's cascades; counted beforehand.
        rows.AddRange(others);
        await Remove("AssessmentCases", db.AssessmentCases.Where(c => c.ChildId == childId));
        await Remove("Children", db.Children.Where(c => c.Id == childId));

        var destroyed = new DestroyedRecord(ReferenceOf(childId), rows, files.Count);
        if (dryRun)
        {
            return destroyed;
        }

        await guards!.RestoreAsync(cancellationToken);
        db.AuditEvents.Add(AuditLog.Entry(clock.GetUtcNow(), AuditKind.RecordDestroyed, string.Create(CultureInfo.InvariantCulture,
                $"Record {destroyed.Reference} destroyed on {today:yyyy-MM-dd}, {Years} years after date of birth: {destroyed.TotalRows} rows ({destroyed.Describe()})"),
            childId: null, AuditActor.Named("Retention rule"), ipAddress: null));
        await db.SaveChangesAsync(cancellationToken);

        // The files go last before the commit: if the commit then failed, the record is still due and the next run
        // finishes it; a file is never deleted for a record that stays.
        foreach (var key in files)
        {
            try
            {
                await attachments.DeleteAsync(key, cancellationToken);
            }
            catch (DirectoryNotFoundException)
            {
                // Already gone.
            }
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Destroyed record {Reference} under the retention rule: {Rows} rows, {Files} attachment files", destroyed.Reference, destroyed.TotalRows, files.Count);
        return destroyed;
    }

    /// <summary>
    /// An opaque reference for a destroyed record: part of a one-way hash of its id, so the council can confirm from
    /// an older copy of an id that the record was destroyed, while the tombstone itself names nobody.
    /// </summary>
    public static string ReferenceOf(Guid childId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("devon-send-record:" + childId.ToString("D"))))[..16];

    private static readonly HashSet<Type> Named =
    [
        typeof(DraftComment), typeof(DraftResponse), typeof(PlanVersionSection), typeof(PlanVersion), typeof(SectionRevision), typeof(SectionDraft),
        typeof(PlanReader), typeof(EhcPlan), typeof(AdviceAttachment), typeof(AdviceSection), typeof(AdviceRequest), typeof(AssessmentRequest),
        typeof(CaseDecision), typeof(TimescaleException), typeof(Notification), typeof(AccountInvitation),
        typeof(ProfessionalInvitation), typeof(FamilyLink), typeof(AuditEvent), typeof(AssessmentCase), typeof(Child),
    ];

    /// <summary>Rows of tables not named here that hang off the child, its cases or its plans, found in the model.</summary>
    private async Task<IReadOnlyList<(string, int)>> OtherDependentsAsync(Guid childId, List<Guid> caseIds, List<Guid> planIds, CancellationToken cancellationToken)
    {
        var counts = new List<(string, int)>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => !Named.Contains(e.ClrType) && !e.IsOwned()))
        {
            foreach (var key in entity.GetForeignKeys().Where(k => k.Properties.Count == 1))
            {
                List<Guid>? ids = key.PrincipalEntityType.ClrType == typeof(Child) ? [childId]
                    : key.PrincipalEntityType.ClrType == typeof(AssessmentCase) ? caseIds
                    : key.PrincipalEntityType.ClrType == typeof(EhcPlan) ? planIds
                    : null;
                if (ids is { Count: > 0 })
                {
                    var count = (Task<int>)CountMethod.MakeGenericMethod(entity.ClrType).Invoke(null, [db, key.Properties[0], ids, cancellationToken])!;
                    counts.Add((entity.GetTableName() ?? entity.ClrType.Name, await count));
                }
            }
        }

        return counts;
    }

    private static readonly System.Reflection.MethodInfo CountMethod =
        typeof(RecordRetention).GetMethod(nameof(CountReferencing), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static Task<int> CountReferencing<T>(PortalDbContext db, IProperty property, List<Guid> ids, CancellationToken cancellationToken) where T : class =>
        property.ClrType == typeof(Guid)
            ? db.Set<T>().CountAsync(e => ids.Contains(EF.Property<Guid>(e, property.Name)), cancellationToken)
            : db.Set<T>().CountAsync(e => ids.Contains(EF.Property<Guid?>(e, property.Name)!.Value), cancellationToken);
}
