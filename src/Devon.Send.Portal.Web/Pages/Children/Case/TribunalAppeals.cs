using System.Security.Claims;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>
/// Records the family's appeal to the First-tier Tribunal (SEND), its outcome, and each step the council takes to comply
/// with an order or an unopposed appeal (SEND Regulations 2014, regulations 44 and 45). Each is safe to post twice: one
/// appeal a decision, one outcome an appeal, and a step recorded again keeps its latest day.
/// </summary>
public sealed class TribunalAppeals(PortalDbContext db, CaseNotifications notifications, AuditLog audit, TimeProvider clock)
{
    /// <summary>The appealable decision the case's latest decision is, as section 51(2) names it.</summary>
    public static AppealedDecision DecisionOf(AssessmentCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.AppealableDecision?.Decision ?? AppealedDecision.PlanContents;
    }

    /// <summary>The case's latest appealable decision in the words a page uses: "the amended EHC plan".</summary>
    public static string Describe(AssessmentCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return DecisionOf(c) switch
        {
            AppealedDecision.RefusalToAssess => "the decision not to carry out an EHC needs assessment",
            AppealedDecision.RefusalToMakePlan => "the decision not to issue an EHC plan",
            AppealedDecision.Ceasing => "the decision to stop maintaining the EHC plan",
            AppealedDecision.RefusalToAmend => "the decision, after the annual review, not to amend the EHC plan",
            _ when c.PlanAmendedOn is not null => "the amended EHC plan (the needs, the provision or the school named)",
            _ => "the final EHC plan",
        };
    }

    /// <summary>Records the appeal against the case's latest appealable decision; false when one is already recorded for it.</summary>
    public async Task<bool> LodgeAsync(AssessmentCase assessment, DateOnly lodgedOn, bool placementOnly, ClaimsPrincipal caseworker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var childId = assessment.ChildId!.Value;
        var appeal = new TribunalAppeal
        {
            AssessmentCaseId = assessment.Id,
            Decision = DecisionOf(assessment),
            DecisionOn = assessment.AppealableDecisionOn ?? throw new InvalidOperationException("The case has no decision the family can appeal."),
            LodgedOn = lodgedOn,
            PlacementOnly = placementOnly && DecisionOf(assessment) == AppealedDecision.PlanContents,
            RecordedById = caseworker.UserId(),
            RecordedAt = clock.GetUtcNow(),
        };
        db.TribunalAppeals.Add(appeal);
        await notifications.AddAsync(childId, Audience.Family, NotificationKind.TribunalAppealRecorded,
            NotificationWording.TribunalAppealRecorded(await notifications.GivenNameAsync(childId, cancellationToken), lodgedOn), $"/children/{childId}/case", caseworker.UserId(), cancellationToken);
        audit.Add(AuditKind.RecordChanged, "Appeal to the First-tier Tribunal (SEND) recorded (Children and Families Act 2014, section 51)", caseworker, childId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another post recorded the appeal against this decision a moment ago (one appeal a decision): that one stands.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// Records how the appeal ended, once: of two posts at once, the first to mark the appeal wins and the other changes
    /// nothing. The family is told; for an order or an unopposed appeal, with the council's first step and its date.
    /// </summary>
    public async Task<bool> RecordOutcomeAsync(AssessmentCase assessment, TribunalAppeal appeal, AppealOutcome outcome, DateOnly on, TribunalOrders orders,
        ClaimsPrincipal caseworker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(appeal);
        var childId = assessment.ChildId!.Value;
        orders = outcome == AppealOutcome.Ordered ? orders : TribunalOrders.None;
        appeal.Outcome = outcome;
        appeal.OutcomeOn = on;
        appeal.Orders = orders;
        var first = TribunalDeadlines.For(assessment, clock.UkToday()).Where(d => !d.IsRight).OrderBy(d => d.Due).FirstOrDefault(d => d.IsOpen);
        var givenName = await notifications.GivenNameAsync(childId, cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.TribunalAppeals.Where(a => a.Id == appeal.Id && a.Outcome == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Outcome, outcome).SetProperty(a => a.OutcomeOn, on).SetProperty(a => a.Orders, orders), cancellationToken);
            if (claimed == 0)
            {
                db.ChangeTracker.Clear();
                return false;
            }

            // An order to assess or to make a plan (or such an appeal not opposed) reopens the case it was about, so the
            // council assesses and writes the plan on the same case and its pages.
            var reopens = assessment.IsReopenedBy(appeal);
            if (reopens)
            {
                assessment.Reopen(appeal);
                audit.Add(AuditKind.RecordChanged, $"Case reopened on {on.ToUkDate()} after the Tribunal appeal (SEND Regulations 2014, regulation {(outcome == AppealOutcome.Unopposed ? "45" : "44(2)")})", caseworker, childId);
            }

            await notifications.AddAsync(childId, Audience.Family, NotificationKind.TribunalOutcomeRecorded,
                NotificationWording.TribunalOutcomeRecorded(givenName, outcome, first), $"/children/{childId}/case", caseworker.UserId(), cancellationToken);
            audit.Add(AuditKind.RecordChanged, $"Outcome of the appeal to the First-tier Tribunal (SEND) recorded: {outcome}{(orders == TribunalOrders.None ? "" : $" ({orders})")}", caseworker, childId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }

    /// <summary>
    /// Records the council's decision to assess after an order to assess (Reg 44(2)(b)) or an appeal it did not oppose
    /// (Reg 45(3)), made on the decision page: the letter telling the family meets the Tribunal's 2-week step, and the
    /// family is told in the portal. False when the letter was already recorded (by another post).
    /// </summary>
    public async Task<bool> RecordAssessAfterOrderAsync(Guid childId, TribunalAppeal appeal, DateOnly day, ClaimsPrincipal caseworker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        var required = TribunalDeadlines.Required(appeal);
        var noPlanBy = required.First(r => r.Step == ComplianceStep.NoPlanNotice).Due;
        var finalBy = required.First(r => r.Step == ComplianceStep.FinalPlan).Due;
        var givenName = await notifications.GivenNameAsync(childId, cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var recordedBy = caseworker.UserId();
            var claimed = await db.TribunalAppeals.Where(a => a.Id == appeal.Id && a.FamilyToldOfAssessmentOn == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.FamilyToldOfAssessmentOn, day)
                    .SetProperty(a => a.RecordedById, recordedBy)
                    .SetProperty(a => a.RecordedAt, now), cancellationToken);
            if (claimed == 0)
            {
                db.ChangeTracker.Clear();
                return false;
            }

            await notifications.AddAsync(childId, Audience.Family, NotificationKind.DecisionMade,
                NotificationWording.DecidedToAssessAfterOrder(givenName, appeal.Outcome!.Value, appeal.OutcomeOn!.Value, noPlanBy, finalBy), $"/children/{childId}/case", recordedBy, cancellationToken);
            audit.Add(AuditKind.RecordChanged,
                $"Decided to carry out an EHC needs assessment after the Tribunal appeal; family told on {day.ToUkDate()} (SEND Regulations 2014, regulation {(appeal.Outcome == AppealOutcome.Unopposed ? "45(3)" : "44(2)(b)")})",
                caseworker, childId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }

    /// <summary>Records the day the council did a step an order or an unopposed appeal requires; recording it again keeps the latest day given.</summary>
    public async Task RecordStepAsync(Guid childId, TribunalAppeal appeal, ComplianceStep step, DateOnly day, ClaimsPrincipal caseworker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        appeal.RecordStep(step, day);
        appeal.RecordedById = caseworker.UserId();
        appeal.RecordedAt = clock.GetUtcNow();
        audit.Add(AuditKind.RecordChanged, $"Step after the Tribunal appeal recorded as done on {day.ToUkDate()}: {TribunalDeadlines.Words(step).Subject}", caseworker, childId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
