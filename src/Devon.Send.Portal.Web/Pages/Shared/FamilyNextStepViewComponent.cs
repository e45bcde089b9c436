using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Pages.Shared;

/// <summary>
/// The banner at the top of every page a parent or young person reads about a case: their next step, decided by
/// <see cref="FamilyNextSteps"/> from the case as it stands. Anyone else (staff, professionals) gets nothing.
/// </summary>
public sealed class FamilyNextStepViewComponent(PortalDbContext db, ChildAccess access, DraftFeedback feedback, TimeProvider clock, IOptions<CouncilTargets> targets)
    : ViewComponent
{
    /// <param name="childIds">The children the page is about: one on a child's pages, each of the family's on the home page.</param>
    public async Task<IViewComponentResult> InvokeAsync(IReadOnlyList<Guid> childIds)
    {
        ArgumentNullException.ThrowIfNull(childIds);
        var steps = new List<(string Name, FamilyNextStep Step)>();
        if (PortalRoles.Families.Any(UserClaimsPrincipal.IsInRole))
        {
            foreach (var childId in childIds)
            {
                if (await StepAsync(childId) is { Step.Kind: not FamilyStepKind.None } step)
                {
                    steps.Add(step);
                }
            }
        }

        return View("/Pages/Shared/_FamilyNextStep.cshtml", steps);
    }

    private async Task<(string Name, FamilyNextStep Step)?> StepAsync(Guid childId)
    {
        var userId = UserClaimsPrincipal.UserId();
        var cancellationToken = HttpContext.RequestAborted;
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId && c.Family.Any(f => f.UserId == userId && f.AccessEndedAt == null))
            .Select(c => new { c.GivenName, c.DateOfBirth }).SingleOrDefaultAsync(cancellationToken);
        if (child is null)
        {
            return null;
        }

        var c = await db.AssessmentCases.AsNoTracking()
            .Include(x => x.AdviceRequests).Include(x => x.TimescaleExceptions).Include(x => x.AnnualReviews).ThenInclude(r => r.Contributions)
            .Include(x => x.Mediations).Include(x => x.Appeals).Include(x => x.Cessations).AsSplitQuery()
            .Where(x => x.ChildId == childId).OrderByDescending(x => x.RequestReceivedOn).FirstOrDefaultAsync(cancellationToken);
        if (c is null)
        {
            return null;
        }

        // On a child's page the filter has already worked out the reader's permissions for that child.
        var permissions = HttpContext.Features.Get<ChildPermissions>() is { } known && HttpContext.GetRouteValue("childId") is { } routeChild
            && string.Equals(routeChild.ToString(), childId.ToString(), StringComparison.OrdinalIgnoreCase)
                ? known
                : await access.PermissionsAsync(UserClaimsPrincipal, childId, cancellationToken);
        var today = clock.UkToday();
        var latest = await feedback.LatestAsync(childId, cancellationToken);
        var open = latest is { OpenForResponses: true } ? latest : null;
        var firstResponse = open is null ? null : await db.DraftResponses.Where(r => r.VersionId == open.Id)
            .OrderBy(r => r.Number).Select(r => (DateTimeOffset?)r.SubmittedAt).FirstOrDefaultAsync(cancellationToken);
        var draftResponseOn = open is { Kind: PlanVersionKind.Draft } && firstResponse is { } at ? DateOnly.FromDateTime(at.ToUkTime().DateTime) : (DateOnly?)null;
        var timeline = CaseTimeline.Of(c, child.DateOfBirth, today, draftResponseOn, underFiveReviewTargetMonths: targets.Value.UnderFiveReviewMonths);
        var review = CaseTimeline.OpenReview(c);
        var facts = new FamilyCaseFacts(childId, child.GivenName, permissions.ReaderIsTheChild, timeline, today)
        {
            OpenDraftNumber = open?.Number,
            OpenDraftKind = open?.Kind,
            OpenDraftDue = open?.ResponseDue,
            Responded = firstResponse is not null,
            MayRespond = permissions.CanRespondToDraft,
            OpenReview = review,
            GaveReviewViews = review?.Contributions.Any(x => x.AuthorId == userId) == true,
            CeaseViewsWanted = c.CurrentCessation is { IsOpen: true, FamilyViewsOn: null } && permissions.Has(ChildAction.GiveViewsOnCeasing),
        };
        return (child.GivenName, FamilyNextSteps.For(facts));
    }
}
