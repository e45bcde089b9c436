using System.Security.Claims;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Plan.Cease;

/// <summary>A child's case with a final plan, with its proposals to cease and its mediations, as the cease pages need them.</summary>
public sealed record CeasedCase(AssessmentCase Case, DateOnly DateOfBirth, string ChildName, string GivenName)
{
    public PlanCessation? Current => Case.CurrentCessation;
}

/// <summary>
/// Ceasing to maintain a plan (Children and Families Act 2014, section 45; SEND Regulations 2014, regulations 29 to 31):
/// the proposal, of which the family is told; the family's and the school's views; and the decision, notified with the
/// right to appeal. Each step is one method, so telling people and auditing happen in the same save.
/// </summary>
public sealed class PlanCessations(PortalDbContext db, AuditLog audit, CaseNotifications notifications, TimeProvider clock)
{
    /// <summary>The child's latest case with a final plan, tracked; null when there is none.</summary>
    public async Task<(string ChildName, CeasedCase? Ceased)> CaseOfAsync(Guid childId, CancellationToken cancellationToken = default)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.GivenName, c.FamilyName, c.DateOfBirth }).SingleAsync(cancellationToken);
        var name = ChildName.Of(child.GivenName, child.FamilyName);
        var assessment = await db.AssessmentCases.Include(c => c.Cessations).Include(c => c.Mediations).Include(c => c.Appeals).AsSplitQuery()
            .Where(c => c.ChildId == childId && c.FinalPlanIssuedOn != null)
            .OrderByDescending(c => c.RequestReceivedOn)
            .FirstOrDefaultAsync(cancellationToken);
        return (name, assessment is null ? null : new(assessment, child.DateOfBirth, name, child.GivenName));
    }

    /// <summary>The reasons an annual review gave for deciding to stop the plan, to start the proposal from.</summary>
    public async Task<string?> ReviewReasonsAsync(AssessmentCase assessment, int reviewNumber, CancellationToken cancellationToken = default) =>
        await db.AnnualReviews.Where(r => r.AssessmentCaseId == assessment.Id && r.Number == reviewNumber && r.Decision == ReviewDecision.Cease)
            .Select(r => r.DecisionReasons).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Records the proposal and tells the family that the council is considering ceasing and wants their views (Reg 31(1)(a),
    /// (b)), and the professionals on the case, the school among them (Reg 31(1)(c)). False when a proposal for the same day
    /// was saved a moment ago by another post.
    /// </summary>
    public async Task<bool> ProposeAsync(CeasedCase ceased, CessationGround ground, DateOnly proposedOn, string reasons, DateOnly? schoolConsultedOn, int? reviewNumber,
        ClaimsPrincipal caseworker, DateOnly? leftEducationOn = null, CancellationToken cancellationToken = default)
    {
        var childId = ceased.Case.ChildId!.Value;
        db.PlanCessations.Add(new PlanCessation
        {
            AssessmentCaseId = ceased.Case.Id,
            AnnualReviewNumber = reviewNumber,
            Ground = ground,
            ProposedOn = proposedOn,
            ProposalReasons = reasons.Trim(),
            ProposedById = caseworker.UserId() ?? "",
            ProposedAt = clock.GetUtcNow(),
            SchoolConsultedOn = schoolConsultedOn,
            LeftEducationOn = leftEducationOn,
        });
        await notifications.AddAsync(childId, Audience.Family, NotificationKind.CessationProposed, NotificationWording.CessationProposed(ceased.GivenName),
            $"/children/{childId}/plan/cease", caseworker.UserId(), cancellationToken);
        await notifications.AddAsync(childId, Audience.Professionals, NotificationKind.CessationProposed, NotificationWording.CessationProposedToSchool(ceased.GivenName),
            $"/children/{childId}/plan/cease", caseworker.UserId(), cancellationToken);
        audit.Add(AuditKind.RecordChanged, leftEducationOn is { } left
            ? $"Proposed to cease maintaining the EHC plan (SEND Regulations 2014, regulation 31(1)); the young person stopped attending on {left.ToUkDate()} and the plan was reviewed on {ceased.Case.LastAnnualReviewOn?.ToUkDate()} (regulation 30)"
            : "Proposed to cease maintaining the EHC plan (SEND Regulations 2014, regulation 31(1))", caseworker, childId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // One proposal a day: the same form posted twice at once saves once.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Records the views the consultation gathered, and when the school was consulted; changed as they arrive.</summary>
    public async Task RecordViewsAsync(CeasedCase ceased, PlanCessation cessation, string? familyViews, DateOnly? familyViewsOn, DateOnly? schoolConsultedOn,
        string? schoolViews, DateOnly? schoolViewsOn, bool mayRecordSchool, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var childId = ceased.Case.ChildId!.Value;
        cessation.FamilyViews = Clean(familyViews);
        cessation.FamilyViewsOn = cessation.FamilyViews is null ? null : familyViewsOn;
        if (mayRecordSchool)
        {
            cessation.SchoolConsultedOn = schoolConsultedOn;
            cessation.SchoolViews = Clean(schoolViews);
            cessation.SchoolViewsOn = cessation.SchoolViews is null ? null : schoolViewsOn;
        }

        audit.Add(AuditKind.RecordChanged, "Views on ceasing to maintain the EHC plan recorded", user, childId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Records the decision after the consultation (Reg 31(2)). To cease: the family, the school and health and social care
    /// are told, the family with their right to appeal, mediation and advice (Reg 31(3)); the plan ceases the day after the
    /// last day to appeal. To keep: the proposal ends and the family is told. False when another post decided first.
    /// </summary>
    public async Task<bool> DecideAsync(CeasedCase ceased, PlanCessation cessation, CessationDecision decision, DateOnly decidedOn, string reasons, DateOnly? noticeSentOn,
        bool? outcomesAchieved, ClaimsPrincipal caseworker, CancellationToken cancellationToken = default)
    {
        var childId = ceased.Case.ChildId!.Value;
        var ceasing = decision == CessationDecision.Cease;
        cessation.Decision = decision;
        cessation.DecidedOn = decidedOn;
        cessation.DecisionReasons = reasons.Trim();
        cessation.DecidedById = caseworker.UserId();
        cessation.OutcomesAchieved = outcomesAchieved;
        cessation.NoticeSentOn = ceasing ? noticeSentOn : null;
        cessation.CeasesOn = ceasing ? PlanCessation.CeasingDay(noticeSentOn!.Value, null) : null;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // One decision a proposal: of two posts at once, the first to claim it wins and the other changes nothing.
            var claimed = await db.PlanCessations.Where(x => x.Id == cessation.Id && x.DecidedOn == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.DecidedOn, decidedOn), cancellationToken);
            if (claimed == 0)
            {
                db.ChangeTracker.Clear();
                return false;
            }

            var link = $"/children/{childId}/plan/cease";
            if (ceasing)
            {
                var appealBy = StatutoryClock.AppealDue(noticeSentOn!.Value, null);
                await notifications.AddAsync(childId, Audience.Family, NotificationKind.CessationDecided,
                    NotificationWording.CessationDecided(ceased.GivenName, appealBy, cessation.CeasesOn!.Value), link, caseworker.UserId(), cancellationToken);
                await notifications.AddAsync(childId, Audience.Professionals, NotificationKind.CessationDecided,
                    NotificationWording.CessationDecidedToProfessionals(ceased.GivenName, appealBy, cessation.CeasesOn!.Value), link, caseworker.UserId(), cancellationToken);
            }
            else
            {
                await notifications.AddAsync(childId, Audience.Family | Audience.Professionals, NotificationKind.CessationDecided,
                    NotificationWording.CessationWithdrawn(ceased.GivenName), link, caseworker.UserId(), cancellationToken);
            }

            audit.Add(AuditKind.RecordChanged, ceasing
                ? "Decided to cease maintaining the EHC plan (Children and Families Act 2014, section 45; SEND Regulations 2014, regulation 31(2))"
                : "Decided to keep maintaining the EHC plan after proposing to cease it", caseworker, childId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Ceasing to maintain a plan.</summary>
public static class CeaseServices
{
    public static IServiceCollection AddPlanCessations(this IServiceCollection services) => services.AddScoped<PlanCessations>();
}
