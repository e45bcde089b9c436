using System.Security.Claims;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Plans;

/// <summary>Who saved a revision or issued a version, as the history shows them.</summary>
public sealed record Author(string? UserId, string Name, string Role)
{
    public static Author Of(ClaimsPrincipal user) => new(
        user.UserId(),
        user.FindFirstValue(PortalClaimsFactory.DisplayName) ?? "Unknown",
        PortalRoles.All.FirstOrDefault(user.IsInRole) ?? "");

    public string RoleName => PortalRoles.DisplayName(Role);
}

/// <summary>One section's revision as the pages show it.</summary>
public sealed record RevisionView(
    Guid Id, string SectionCode, int Number, SectionContent Content, string Reason, string? AuthorId, string AuthorName, string AuthorRole, DateTimeOffset CreatedAt)
{
    public string AuthorRoleName => PortalRoles.DisplayName(AuthorRole);
}

/// <summary>A plan sent to another council, which maintains it from <see cref="On"/>.</summary>
public sealed record PlanTransferredOut(string Council, DateOnly On);

public sealed record VersionSummary(
    int Number, PlanVersionKind Kind, int KindNumber, DateTimeOffset IssuedAt, string IssuedByName, string IssuedByRole, int OpenFindings, string? OverrideReason, string Hash)
{
    public string Label => PlanVersion.LabelFor(Kind, KindNumber);

    public string IssuedByRoleName => PortalRoles.DisplayName(IssuedByRole);

    public bool IsFinal => Kind is PlanVersionKind.Final or PlanVersionKind.AmendedFinal;
}

/// <summary>
/// A plan as it stood at one point: the working copy (every section's latest revision) or an issued version
/// (the revisions it names). <see cref="LastIssued"/> says which revision each section had in the last issued version.
/// </summary>
public sealed record PlanSnapshot(
    EhcPlan Plan,
    VersionSummary? Version,
    IReadOnlyDictionary<string, RevisionView> Sections,
    IReadOnlyList<VersionSummary> Versions,
    IReadOnlyDictionary<string, Guid> LastIssued)
{
    public SectionContent ContentOf(string code) => Sections.TryGetValue(code, out var r) ? r.Content : SectionContent.Empty;

    public IReadOnlyDictionary<string, SectionContent> Contents => Sections.ToDictionary(s => s.Key, s => s.Value.Content);

    public VersionSummary? LastIssuedVersion => Versions.Count == 0 ? null : Versions[^1];

    /// <summary>Whether the working copy differs from the last issued version in this section.</summary>
    public bool ChangedSinceIssue(string code) =>
        Versions.Count > 0 && (Sections.TryGetValue(code, out var r) ? !LastIssued.TryGetValue(code, out var id) || id != r.Id : LastIssued.ContainsKey(code));

    public bool HasUnissuedChanges => Versions.Count == 0 ? Sections.Count > 0 : PlanSections.Codes.Any(ChangedSinceIssue);
}

public abstract record SaveResult
{
    public sealed record Saved(RevisionView Revision) : SaveResult;

    /// <summary>The section moved on since the person started editing: they are shown the newer text to merge with theirs.</summary>
    public sealed record Conflict(RevisionView Current) : SaveResult;

    public sealed record Unchanged : SaveResult;
}

/// <summary>
/// Reads and writes plans. Writes only ever add rows: a save appends a section revision (refused as a conflict
/// when it was made from a revision that is no longer the latest), and issuing appends a version naming the
/// latest revision of every section. Every row is hashed into its chain as it is written.
/// </summary>
public sealed class PlanStore(PortalDbContext db, AuditLog audit, TimeProvider clock, IPlanChangeNotifier live, Notifications.CaseNotifications notifications)
{
    public Task<EhcPlan?> PlanOfAsync(Guid childId, CancellationToken cancellationToken = default) =>
        db.Plans.AsNoTracking().Where(p => p.ChildId == childId).OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The council the plan was transferred to, and when, once the child has moved away (Reg 15); null while this council maintains it.</summary>
    public async Task<PlanTransferredOut?> TransferredOutAsync(Guid childId, CancellationToken cancellationToken = default) =>
        await db.AssessmentCases.AsNoTracking().Where(c => c.ChildId == childId && c.TransferredOutOn != null)
            .OrderByDescending(c => c.TransferredOutOn).Select(c => new PlanTransferredOut(c.TransferToCouncil!, c.TransferredOutOn!.Value))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<string> ChildNameAsync(Guid childId, CancellationToken cancellationToken = default) =>
        db.Children.NameOfAsync(childId, cancellationToken);

    /// <param name="at">When it was started, for a plan started on an earlier day (the demo data's history); now when not given.</param>
    public async Task<EhcPlan> StartAsync(Guid childId, Author author, DateTimeOffset? at = null, CancellationToken cancellationToken = default)
    {
        if (await PlanOfAsync(childId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var caseId = await db.AssessmentCases.Where(c => c.ChildId == childId).OrderByDescending(c => c.RequestReceivedOn)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var plan = new EhcPlan { ChildId = childId, AssessmentCaseId = caseId, CreatedAt = at ?? clock.GetUtcNow(), CreatedById = author.UserId };
        db.Plans.Add(plan);
        audit.AddAs(new AuditActor(author.UserId, author.Name, author.Role, Organisation: null), AuditKind.RecordChanged, "EHC plan started", childId, plan.CreatedAt);
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    /// <summary>The working copy: each section's latest revision. One query for the sections, one for the versions.</summary>
    public async Task<PlanSnapshot> CurrentAsync(EhcPlan plan, CancellationToken cancellationToken = default)
    {
        var latest = await Project(db.SectionRevisions
            .Where(r => r.PlanId == plan.Id && !db.SectionRevisions.Any(n => n.PlanId == plan.Id && n.SectionCode == r.SectionCode && n.Number > r.Number)))
            .ToListAsync(cancellationToken);
        return await SnapshotAsync(plan, null, latest, cancellationToken);
    }

    /// <summary>An issued version, read from the revisions it names, never by replaying history. Null if there is no such version.</summary>
    public async Task<PlanSnapshot?> VersionAsync(EhcPlan plan, int number, CancellationToken cancellationToken = default)
    {
        var versionId = await db.PlanVersions.Where(v => v.PlanId == plan.Id && v.Number == number).Select(v => (Guid?)v.Id).SingleOrDefaultAsync(cancellationToken);
        if (versionId is null)
        {
            return null;
        }

        // From the version's own rows to the revisions they name: a handful of key lookups, whatever the history's size.
        var revisions = await Project(db.PlanVersionSections.Where(s => s.VersionId == versionId)
            .Join(db.SectionRevisions, s => s.RevisionId, r => r.Id, (_, r) => r))
            .ToListAsync(cancellationToken);
        var snapshot = await SnapshotAsync(plan, number, revisions, cancellationToken);
        return snapshot;
    }

    public async Task<IReadOnlyList<VersionSummary>> VersionsAsync(Guid planId, CancellationToken cancellationToken = default) =>
        await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId).OrderBy(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.Kind, v.KindNumber, v.IssuedAt, v.IssuedByName, v.IssuedByRole, v.OpenFindings, v.OverrideReason, v.Hash))
            .ToListAsync(cancellationToken);

    /// <summary>Each section's latest revision number and how many versions were issued: what a live page compares with its own.</summary>
    public async Task<(IReadOnlyDictionary<string, int> Sections, int Versions)> RevisionsAsync(Guid childId, CancellationToken cancellationToken = default)
    {
        if (await PlanOfAsync(childId, cancellationToken) is not { } plan)
        {
            return (new Dictionary<string, int>(), 0);
        }

        var sections = await db.SectionRevisions.Where(r => r.PlanId == plan.Id).GroupBy(r => r.SectionCode)
            .Select(g => new { Code = g.Key, Number = g.Max(r => r.Number) })
            .ToDictionaryAsync(s => s.Code, s => s.Number, cancellationToken);
        return (sections, await db.PlanVersions.CountAsync(v => v.PlanId == plan.Id, cancellationToken));
    }

    /// <summary>When this person last opened the plan, without marking it seen again.</summary>
    public Task<DateTimeOffset?> LastSeenAsync(Guid planId, string userId, CancellationToken cancellationToken = default) =>
        db.PlanReaders.Where(r => r.PlanId == planId && r.UserId == userId).Select(r => (DateTimeOffset?)r.LastSeenAt).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Every revision of a section, newest first, for its history.</summary>
    public async Task<IReadOnlyList<RevisionView>> SectionHistoryAsync(Guid planId, string code, CancellationToken cancellationToken = default) =>
        await Project(db.SectionRevisions.Where(r => r.PlanId == planId && r.SectionCode == code).OrderByDescending(r => r.Number)).ToListAsync(cancellationToken);

    /// <summary>Every revision of the plan, newest first, without their content.</summary>
    public async Task<IReadOnlyList<RevisionView>> PlanHistoryAsync(Guid planId, CancellationToken cancellationToken = default) =>
        (await db.SectionRevisions.AsNoTracking().Where(r => r.PlanId == planId)
            .OrderByDescending(r => r.CreatedAt).ThenBy(r => r.SectionCode)
            .Select(r => new { r.Id, r.SectionCode, r.Number, r.Reason, r.AuthorId, r.AuthorName, r.AuthorRole, r.CreatedAt })
            .ToListAsync(cancellationToken))
            .Select(r => new RevisionView(r.Id, r.SectionCode, r.Number, SectionContent.Empty, r.Reason, r.AuthorId, r.AuthorName, r.AuthorRole, r.CreatedAt))
            .ToList();

    /// <summary>Whether a parent or the young person has saved section A themselves.</summary>
    public Task<bool> FamilyContributedToAAsync(Guid planId, CancellationToken cancellationToken = default) =>
        db.SectionRevisions.AnyAsync(r => r.PlanId == planId && r.SectionCode == "A" && PortalRoles.Families.Contains(r.AuthorRole), cancellationToken);

    /// <summary>
    /// Appends a revision of a section, made from revision <paramref name="baseNumber"/> (0 for a section with
    /// none). The database's unique index on the revision number settles two saves made at the same moment.
    /// </summary>
    public async Task<SaveResult> SaveAsync(
        EhcPlan plan, string code, int baseNumber, SectionContent content, string reason, Author author, DateTimeOffset? at = null, CancellationToken cancellationToken = default)
    {
        var current = await db.SectionRevisions.AsNoTracking()
            .Where(r => r.PlanId == plan.Id && r.SectionCode == code)
            .OrderByDescending(r => r.Number)
            .Select(r => new { r.Number, r.Hash, r.Content })
            .FirstOrDefaultAsync(cancellationToken);
        if ((current?.Number ?? 0) != baseNumber)
        {
            return new SaveResult.Conflict((await LatestAsync(plan.Id, code, cancellationToken))!);
        }

        var previous = current is null ? SectionContent.Empty : SectionContent.FromJson(current.Content);
        var json = content.Normalise(code, previous).ToJson();
        if (json == (current?.Content ?? SectionContent.Empty.ToJson()))
        {
            return new SaveResult.Unchanged();
        }

        var revision = new SectionRevision
        {
            PlanId = plan.Id,
            SectionCode = code,
            Number = baseNumber + 1,
            Content = json,
            Reason = reason.Trim(),
            AuthorId = author.UserId,
            AuthorName = author.Name,
            AuthorRole = author.Role,
            CreatedAt = PlanIntegrity.Timestamp(at ?? clock.GetUtcNow()),
            PreviousHash = current?.Hash ?? PlanIntegrity.Origin,
        }.Seal();
        db.SectionRevisions.Add(revision);
        AuditAs(author, plan, $"Section {code} changed (revision {revision.Number})", revision.CreatedAt, PlanAnchor.Of(revision));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await LatestAsync(plan.Id, code, cancellationToken) is { } newer && newer.Number > baseNumber)
            {
                return new SaveResult.Conflict(newer);
            }

            throw;
        }

        await live.PublishAsync(plan.ChildId, new PlanChange(code, revision.Number, $"Section {code}, {PlanSections.Title(code)}, was changed by {author.Name}."));
        return new SaveResult.Saved(ToView(revision));
    }

    /// <summary>
    /// Issues the working copy as a new version of the kind asked for, which must be one of
    /// <see cref="PlanVersion.NextKinds"/>. Issuing a draft or a final plan also dates the assessment case.
    /// Null when someone else issued a version of the same plan at the same moment.
    /// </summary>
    /// <param name="service">How a draft or proposed amendments reach the family; by email on the day of issue when not given.</param>
    public async Task<PlanVersion?> IssueAsync(
        EhcPlan plan, PlanVersionKind kind, Author author, int openFindings, string? overrideReason, DateTimeOffset? at = null,
        ServiceOnFamily? service = null, CancellationToken cancellationToken = default)
    {
        var issued = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == plan.Id).OrderBy(v => v.Number)
            .Select(v => new IssuedVersion(v.PlanId, v.Number, v.Kind, v.Hash)).ToListAsync(cancellationToken);
        var latest = await db.SectionRevisions.AsNoTracking()
            .Where(r => r.PlanId == plan.Id && !db.SectionRevisions.Any(n => n.PlanId == plan.Id && n.SectionCode == r.SectionCode && n.Number > r.Number))
            .Select(r => new LatestRevision(r.Id, r.PlanId, r.SectionCode, r.Hash))
            .ToListAsync(cancellationToken);
        var version = PlanVersions.Issue(
            plan.Id, issued, latest, kind, at ?? clock.GetUtcNow(), author.UserId, author.Name, author.Role, openFindings, overrideReason, service);
        db.PlanVersions.Add(version);

        var day = DateOnly.FromDateTime(version.IssuedAt.ToUkTime().DateTime);
        DateOnly? appealBy = null;
        if (plan.AssessmentCaseId is { } caseId && await db.AssessmentCases.FindAsync([caseId], cancellationToken) is { } assessment)
        {
            assessment.RecordPlanIssued(kind, day, version.RespondBy);
            if (assessment.PlanAmendedOn == day && kind is PlanVersionKind.Final or PlanVersionKind.AmendedFinal)
            {
                appealBy = StatutoryClock.AppealDue(day, null);
            }
            if (kind is PlanVersionKind.AmendmentDraft or PlanVersionKind.AmendedFinal)
            {
                (await db.AfterMeetingAsync(caseId, cancellationToken))?.RecordVersionIssued(kind, day, version.RespondBy);
            }

            if (kind == PlanVersionKind.AmendedFinal)
            {
                // An amended plan issued on or after an order or concession to amend is the step it requires (Reg 44(2)(e), (f), (h); 45(4), (5)).
                foreach (var appeal in await db.TribunalAppeals.Where(a => a.AssessmentCaseId == caseId && a.AmendedPlanOn == null && a.OutcomeOn != null && a.OutcomeOn <= day).ToListAsync(cancellationToken))
                {
                    if (TribunalDeadlines.Required(appeal).Any(r => r.Step == ComplianceStep.AmendedPlan))
                    {
                        appeal.AmendedPlanOn = day;
                    }
                }
            }
        }

        // A version issued on an earlier day (the demo data's history) is news to nobody now.
        if (at is null)
        {
            await notifications.PlanIssuedAsync(plan.ChildId, kind, day, version.RespondBy, author.UserId, appealBy, cancellationToken);
        }

        // The version's hash goes into the audit log too, so the two append-only records vouch for each other.
        AuditAs(author, plan, version.ServedBy is { } method
            ? $"{version.Label} issued ({version.Hash[..12]}), sent {ServiceOnFamily.Describe(method)}, served on {version.ServedOn?.ToUkDate()}, response due by {version.RespondBy?.ToUkDate()}"
            : appealBy is { } lastDay
                ? $"{version.Label} issued ({version.Hash[..12]}); the family may appeal it until {lastDay.ToUkDate()} (Children and Families Act 2014, section 51(2)(c))"
                : $"{version.Label} issued ({version.Hash[..12]})", version.IssuedAt, PlanAnchor.Of(version));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.PlanVersions.CountAsync(v => v.PlanId == plan.Id, cancellationToken) > issued.Count)
            {
                return null;
            }

            throw;
        }

        await live.PublishAsync(plan.ChildId, new PlanChange(PlanChange.Versions, version.Number, $"{version.Label} of the plan was issued by {author.Name}."));
        return version;
    }

    /// <summary>Marks the plan as seen by this person now, and returns when they had last seen it before.</summary>
    public async Task<DateTimeOffset?> MarkSeenAsync(Guid planId, string userId, CancellationToken cancellationToken = default)
    {
        var reader = await db.PlanReaders.SingleOrDefaultAsync(r => r.PlanId == planId && r.UserId == userId, cancellationToken);
        var before = reader?.LastSeenAt;
        if (reader is null)
        {
            db.PlanReaders.Add(new PlanReader { PlanId = planId, UserId = userId, LastSeenAt = clock.GetUtcNow() });
        }
        else
        {
            reader.LastSeenAt = clock.GetUtcNow();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person opened the plan twice at once; either mark will do.
            db.ChangeTracker.Clear();
        }

        return before;
    }

    private async Task<RevisionView?> LatestAsync(Guid planId, string code, CancellationToken cancellationToken) =>
        await Project(db.SectionRevisions.Where(r => r.PlanId == planId && r.SectionCode == code).OrderByDescending(r => r.Number)).FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<RevisionView> Project(IQueryable<SectionRevision> revisions) =>
        revisions.AsNoTracking().Select(r => new RevisionView(
            r.Id, r.SectionCode, r.Number, SectionContent.FromJson(r.Content), r.Reason, r.AuthorId, r.AuthorName, r.AuthorRole, r.CreatedAt));

    private async Task<PlanSnapshot> SnapshotAsync(EhcPlan plan, int? versionNumber, List<RevisionView> revisions, CancellationToken cancellationToken)
    {
        var versions = await VersionsAsync(plan.Id, cancellationToken);
        var lastNumber = versions.Count == 0 ? 0 : versions[^1].Number;
        var lastIssued = versions.Count == 0
            ? new Dictionary<string, Guid>()
            : await db.PlanVersions.AsNoTracking()
                .Where(v => v.PlanId == plan.Id && v.Number == lastNumber)
                .Join(db.PlanVersionSections, v => v.Id, s => s.VersionId, (_, s) => s)
                .ToDictionaryAsync(s => s.SectionCode, s => s.RevisionId, cancellationToken);
        var version = versionNumber is { } n ? versions.Single(v => v.Number == n) : null;
        return new PlanSnapshot(plan, version, revisions.ToDictionary(r => r.SectionCode), versions, lastIssued);
    }

    private static RevisionView ToView(SectionRevision r) =>
        new(r.Id, r.SectionCode, r.Number, SectionContent.FromJson(r.Content), r.Reason, r.AuthorId, r.AuthorName, r.AuthorRole, r.CreatedAt);

    // Written in the same SaveChanges as the change it records, at the change's own time, so there is never a change without its entry.
    private void AuditAs(Author author, EhcPlan plan, string detail, DateTimeOffset at, PlanAnchor anchor) =>
        audit.AddAs(new AuditActor(author.UserId, author.Name, author.Role, Organisation: null), AuditKind.RecordChanged, detail, plan.ChildId, at, anchor);
}
