using System.Security.Claims;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Transfer;

/// <summary>A plan's package, as the caseworker downloads it to send to the new council.</summary>
public sealed record TransferDownload(string FileName, byte[] Content);

/// <summary>
/// A plan leaving the council (SEND Regulations 2014, regulation 15): the move recorded, then the plan's package sent to
/// the new council, which maintains the plan from then. Each step is a guarded update in one transaction, so of two
/// posts at once one records it and the other changes nothing.
/// </summary>
public sealed class PlanTransfers(PortalDbContext db, CaseNotifications notifications, AuditLog audit, TimeProvider clock)
{
    public const string Council = "Devon County Council";

    /// <summary>The case whose plan the council maintains or has transferred: the latest with a final plan.</summary>
    public Task<AssessmentCase?> CaseOfAsync(Guid childId, CancellationToken cancellationToken = default) =>
        db.AssessmentCases.Where(c => c.ChildId == childId && c.FinalPlanIssuedOn != null).OrderByDescending(c => c.RequestReceivedOn)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether the child's plan has a final (or amended) version in the portal: without one there is no plan to send.</summary>
    public Task<bool> HasFinalVersionAsync(Guid childId, CancellationToken cancellationToken = default) =>
        db.Plans.Where(p => p.ChildId == childId)
            .AnyAsync(p => db.PlanVersions.Any(v => v.PlanId == p.Id && (v.Kind == PlanVersionKind.Final || v.Kind == PlanVersionKind.AmendedFinal)), cancellationToken);

    /// <summary>Records the move; false when it was already recorded (by another post a moment ago).</summary>
    public async Task<bool> RecordMoveOutAsync(AssessmentCase assessment, DateOnly moveOn, DateOnly learnedOn, string council, ClaimsPrincipal caseworker,
        CancellationToken cancellationToken = default)
    {
        assessment.RecordMoveOut(moveOn, learnedOn, council);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.AssessmentCases.Where(c => c.Id == assessment.Id && c.MoveOutOn == null && c.ClosedOn == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.MoveOutOn, moveOn), cancellationToken);
            if (claimed == 0)
            {
                db.ChangeTracker.Clear();
                return false;
            }

            audit.Add(AuditKind.RecordChanged, $"Move to {assessment.TransferToCouncil} recorded: the plan is to be transferred by {assessment.TransferOutDue!.Value.ToUkDate()} (SEND Regulations 2014, regulation 15(2))",
                caseworker, assessment.ChildId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }

    /// <summary>
    /// Records the family told about a plan taken in from another council (Reg 15(4)): that it has transferred, whether
    /// the council will assess and by when it will review the plan. False when it was already recorded (by another post).
    /// </summary>
    public async Task<bool> RecordTransferNoticeAsync(AssessmentCase assessment, DateOnly toldOn, bool reassessing, DateOnly reviewBy, ClaimsPrincipal caseworker,
        CancellationToken cancellationToken = default)
    {
        assessment.RecordTransferNotice(toldOn, reassessing, reviewBy);
        var childId = assessment.ChildId!.Value;
        var givenName = await notifications.GivenNameAsync(childId, cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.AssessmentCases.Where(c => c.Id == assessment.Id && c.TransferNoticeOn == null && c.ClosedOn == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.TransferNoticeOn, toldOn)
                    .SetProperty(c => c.TransferReassessing, reassessing)
                    .SetProperty(c => c.TransferReviewProposedOn, reviewBy), cancellationToken);
            if (claimed == 0)
            {
                db.ChangeTracker.Clear();
                return false;
            }

            await notifications.AddAsync(childId, Audience.Family, NotificationKind.TransferNotice,
                NotificationWording.TransferNotice(givenName, assessment.FromCouncil!, reassessing, reviewBy), $"/children/{childId}/case", caseworker.UserId(), cancellationToken);
            audit.Add(AuditKind.RecordChanged,
                $"Family told about the plan taken in from {assessment.FromCouncil}: {(reassessing ? "the council proposes to assess" : "no new assessment proposed")}, review by {reviewBy.ToUkDate()} (SEND Regulations 2014, regulation 15(4))",
                caseworker, childId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }

    /// <summary>
    /// Records what came with a plan taken in: the old council's advice a new assessment may use (Reg 15(3)(b)), and the
    /// new health commissioning body and the day it was told (Reg 16). The family is told; a later record replaces an earlier one.
    /// </summary>
    public async Task RecordReceivedAsync(AssessmentCase assessment, DateOnly? adviceOn, string? advice, string? healthBody, DateOnly? healthToldOn,
        ClaimsPrincipal caseworker, CancellationToken cancellationToken = default)
    {
        var childId = assessment.ChildId!.Value;
        var givenName = await notifications.GivenNameAsync(childId, cancellationToken);
        if (adviceOn is { } received)
        {
            assessment.TransferAdviceReceivedOn = received;
            assessment.TransferAdvice = advice!.Trim();
            await notifications.AddAsync(childId, Audience.Family, NotificationKind.TransferNotice,
                NotificationWording.TransferAdviceRecorded(givenName, assessment.FromCouncil!, received), $"/children/{childId}/case", caseworker.UserId(), cancellationToken);
            audit.Add(AuditKind.RecordChanged, $"Advice from {assessment.FromCouncil}'s assessment recorded as received on {received.ToUkDate()} (SEND Regulations 2014, regulation 15(3)(b))", caseworker, childId);
        }

        if (healthToldOn is { } told)
        {
            assessment.NewHealthBody = healthBody!.Trim();
            assessment.NewHealthBodyToldOn = told;
            await notifications.AddAsync(childId, Audience.Family, NotificationKind.TransferNotice,
                NotificationWording.HealthBodyChanged(givenName, assessment.NewHealthBody, assessment.HealthBodyRequestDue!.Value), $"/children/{childId}/case", caseworker.UserId(), cancellationToken);
            audit.Add(AuditKind.RecordChanged, $"Change of health commissioning body recorded: {assessment.NewHealthBody}, told on {told.ToUkDate()} (SEND Regulations 2014, regulation 16)", caseworker, childId);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The plan's transfer package. The first download records the plan as transferred today (the case closes and the
    /// family is told); every download is audited, naming neither the child nor the file's content.
    /// </summary>
    public async Task<TransferDownload> DownloadAsync(AssessmentCase assessment, ClaimsPrincipal caseworker, CancellationToken cancellationToken = default)
    {
        var childId = assessment.ChildId!.Value;
        var plan = await db.Plans.AsNoTracking().Where(p => p.ChildId == childId).OrderByDescending(p => p.CreatedAt).FirstAsync(cancellationToken);
        var revisions = await db.SectionRevisions.AsNoTracking().Where(r => r.PlanId == plan.Id).ToListAsync(cancellationToken);
        var versions = await db.PlanVersions.AsNoTracking().Include(v => v.Sections).Where(v => v.PlanId == plan.Id).ToListAsync(cancellationToken);
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new TransferredChild(c.GivenName, c.FamilyName, c.DateOfBirth)).SingleAsync(cancellationToken);
        var finalOn = assessment.FinalPlanIssuedOn!.Value;
        var package = PlanTransferPackages.Create(child, Council, assessment.TransferToCouncil!, assessment.MoveOutOn!.Value, finalOn,
            assessment.LastAnnualReviewOn ?? finalOn, plan.Id, revisions, versions);
        var content = System.Text.Encoding.UTF8.GetBytes(PlanTransferPackages.ToJson(package));

        var today = clock.UkToday();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var first = await db.AssessmentCases.Where(c => c.Id == assessment.Id && c.MoveOutOn != null && c.TransferredOutOn == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.TransferredOutOn, today)
                    .SetProperty(c => c.ClosedOn, today)
                    .SetProperty(c => c.ClosureReason, AssessmentCase.TransferredOutClosure), cancellationToken) == 1;
            if (first)
            {
                await notifications.AddAsync(childId, Audience.Family, NotificationKind.PlanTransferred,
                    NotificationWording.PlanTransferred(child.GivenName, assessment.TransferToCouncil!, today), $"/children/{childId}/case", caseworker.UserId(), cancellationToken);
                audit.Add(AuditKind.RecordChanged, $"Plan transferred to {assessment.TransferToCouncil} (SEND Regulations 2014, regulation 15(2))", caseworker, childId);
            }

            audit.Add(AuditKind.DataDownloaded, $"Plan transfer package downloaded: {package.Plan.Versions.Count} issued versions, last hash {package.Plan.Versions[^1].Hash[..12]}", caseworker, childId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

        return new TransferDownload($"ehc-plan-transfer-{assessment.CaseReference}.json", content);
    }
}
