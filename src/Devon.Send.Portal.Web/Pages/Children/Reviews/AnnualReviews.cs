using System.Security.Claims;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Notifications;
using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Reviews;

/// <summary>A child's plan and its reviews, as the review pages need them.</summary>
public sealed record ReviewedCase(AssessmentCase Case, DateOnly DateOfBirth, string ChildName, string GivenName)
{
    public AnnualReview? Open => CaseTimeline.OpenReview(Case);

    /// <summary>The base date of the next review: the last meeting held, or the final plan.</summary>
    public DateOnly NextFrom => Case.LastAnnualReviewOn ?? Case.FinalPlanIssuedOn!.Value;
}

/// <summary>
/// Annual reviews from arranging the meeting to the decision (s44, Reg 20–22). Each step is one method, so that telling
/// people about it and auditing it happen in the same save. Proposed amendments and the amended plan are issued
/// through the plan store, which dates the review (<see cref="PlanStore.IssueAsync"/>).
/// </summary>
public sealed class AnnualReviews(PortalDbContext db, AuditLog audit, CaseNotifications notifications, TimeProvider clock)
{
    /// <summary>For the caseworker's review pages: the child's name and reviewed case (null when there is no final plan).</summary>
    public async Task<(string ChildName, ReviewedCase? Reviewed)> ForManagerAsync(Guid childId, CancellationToken cancellationToken = default)
    {
        var reviewed = await CaseOfAsync(childId, cancellationToken);
        return (reviewed?.ChildName ?? await ChildNameAsync(childId, cancellationToken), reviewed);
    }

    /// <summary>The child's case with a final plan still maintained, with its reviews and their contributions; null when there is none.</summary>
    public async Task<ReviewedCase?> CaseOfAsync(Guid childId, CancellationToken cancellationToken = default)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.GivenName, c.FamilyName, c.DateOfBirth }).SingleAsync(cancellationToken);
        var assessment = await db.AssessmentCases
            .Include(c => c.AnnualReviews).ThenInclude(r => r.Contributions)
            .Where(c => c.ChildId == childId && c.FinalPlanIssuedOn != null)
            .OrderByDescending(c => c.RequestReceivedOn)
            .FirstOrDefaultAsync(cancellationToken);
        return assessment is null ? null : new(assessment, child.DateOfBirth, ChildName.Of(child.GivenName, child.FamilyName), child.GivenName);
    }

    public async Task<string> ChildNameAsync(Guid childId, CancellationToken cancellationToken = default) =>
        await db.Children.NameOfAsync(childId, cancellationToken);

    /// <summary>
    /// Arranges the review meeting, or moves it while it has not been recorded; records when the papers went out.
    /// Everyone on the case is told the date and when their views are wanted by (the papers go out 2 weeks before).
    /// </summary>
    public async Task<AnnualReview> ArrangeAsync(ReviewedCase reviewed, DateOnly meetingOn, DateOnly? papersSentOn, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var childId = reviewed.Case.ChildId!.Value;
        var review = reviewed.Open;
        var moved = review is not null && review.MeetingOn != meetingOn;
        var created = review is null;
        if (review is null)
        {
            review = new AnnualReview
            {
                AssessmentCaseId = reviewed.Case.Id,
                Number = reviewed.Case.AnnualReviews.Select(r => r.Number).DefaultIfEmpty().Max() + 1,
                PlanOrLastReviewOn = reviewed.NextFrom,
                MeetingOn = meetingOn,
                ArrangedById = user.UserId()!,
                ArrangedAt = clock.GetUtcNow(),
            };
            db.AnnualReviews.Add(review);
        }

        review.MeetingOn = meetingOn;
        review.PapersSentOn = papersSentOn;
        if (created || moved)
        {
            var viewsBy = StatutoryClock.ReviewPapersDue(meetingOn);
            var message = NotificationWording.ReviewArranged(reviewed.GivenName, meetingOn, viewsBy >= clock.UkToday() ? viewsBy : null);
            await notifications.AddAsync(childId, Audience.Everyone, NotificationKind.ReviewArranged, message, $"/children/{childId}/reviews", user.UserId(), cancellationToken);
        }

        audit.Add(AuditKind.RecordChanged, created ? $"Annual review {review.Number} arranged for {meetingOn.ToUkDate()}"
            : moved ? $"Annual review {review.Number} moved to {meetingOn.ToUkDate()}" : $"Annual review {review.Number} papers recorded", user, childId);
        await db.SaveChangesAsync(cancellationToken);
        return review;
    }

    /// <summary>Adds or changes this person's views for the review; false once the meeting has been recorded.</summary>
    public async Task<bool> GiveViewsAsync(ReviewedCase reviewed, AnnualReview review, Author author, string? workingWell, string? notWorking, string? changes,
        CancellationToken cancellationToken = default)
    {
        if (review.MeetingRecorded || review.CompletedOn is not null)
        {
            return false;
        }

        var mine = review.Contributions.SingleOrDefault(c => c.AuthorId == author.UserId);
        if (mine is null)
        {
            mine = new ReviewContribution { AnnualReviewId = review.Id, AuthorId = author.UserId!, AuthorName = author.Name, AuthorRole = author.Role };
            db.ReviewContributions.Add(mine);
        }

        mine.AuthorName = author.Name;
        mine.AuthorRole = author.Role;
        mine.WorkingWell = Clean(workingWell);
        mine.NotWorking = Clean(notWorking);
        mine.Changes = Clean(changes);
        mine.SubmittedAt = clock.GetUtcNow();
        var childId = reviewed.Case.ChildId!.Value;
        audit.Add(AuditKind.RecordChanged, $"Views given for annual review {review.Number}", childId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person sending twice at once: the unique index keeps one, and the first one's text is theirs too.
            db.ChangeTracker.Clear();
        }

        return true;
    }

    /// <summary>Records the meeting: when it was held, who came, what was said and recommended, and when the report went out.</summary>
    public async Task RecordMeetingAsync(ReviewedCase reviewed, AnnualReview review, DateOnly heldOn, string attendees, string discussion, ReviewDecision recommendation,
        DateOnly? reportSentOn, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var first = !review.MeetingRecorded;
        review.MeetingOn = heldOn;
        review.Attendees = attendees.Trim();
        review.Discussion = discussion.Trim();
        review.Recommendation = recommendation;
        review.ReportSentOn = reportSentOn;
        review.MeetingRecordedAt ??= clock.GetUtcNow();
        reviewed.Case.LastAnnualReviewOn = heldOn;
        var childId = reviewed.Case.ChildId!.Value;
        if (first)
        {
            await notifications.AddAsync(childId, Audience.Everyone, NotificationKind.ReviewRecorded,
                NotificationWording.ReviewRecorded(reviewed.GivenName, heldOn, StatutoryClock.ReviewDecisionDue(heldOn)),
                $"/children/{childId}/reviews", user.UserId(), cancellationToken);
        }

        audit.Add(AuditKind.RecordChanged, first ? $"Annual review {review.Number} meeting recorded" : $"Annual review {review.Number} meeting record changed", user, childId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The council's decision after the meeting (Reg 20(10)). Keeping the plan ends the review; stopping it ends the review
    /// in a proposal to cease, which the cease pages record and tell the family of; amending it waits for the proposed amendments.
    /// </summary>
    public async Task DecideAsync(ReviewedCase reviewed, AnnualReview review, ReviewDecision decision, DateOnly decidedOn, string reasons, ClaimsPrincipal user,
        CancellationToken cancellationToken = default)
    {
        review.Decision = decision;
        review.DecisionOn = decidedOn;
        review.DecisionReasons = reasons.Trim();
        review.DecidedById = user.UserId();
        var childId = reviewed.Case.ChildId!.Value;
        var name = reviewed.GivenName;
        string? message;
        switch (decision)
        {
            case ReviewDecision.Keep:
                review.CompletedOn = decidedOn;
                // Keeping the plan unchanged is a decision not to amend it following a review: the family may appeal it (s51(2)(e)).
                reviewed.Case.RefusedToAmendOn = decidedOn;
                message = NotificationWording.ReviewKeepsPlan(name, decidedOn);
                await notifications.AddAsync(childId, Audience.Family, NotificationKind.ReviewDecided, NotificationWording.ReviewKeepsPlanForFamily(name, StatutoryClock.AppealDue(decidedOn, null)),
                    $"/children/{childId}/case", user.UserId(), cancellationToken);
                break;
            case ReviewDecision.Cease:
                // Not yet a decision to cease: the council must first tell and consult the family and the school (Reg 31(1)),
                // so the review ends in a proposal, made on the cease pages, which tells the family.
                review.CompletedOn = decidedOn;
                message = null;
                break;
            default:
                message = NotificationWording.ReviewAmendsPlan(name, StatutoryClock.ReviewDecisionDue(review.MeetingOn));
                break;
        }

        if (message is not null)
        {
            await notifications.AddAsync(childId, decision == ReviewDecision.Keep ? Audience.Caseworker | Audience.Professionals : Audience.Everyone, NotificationKind.ReviewDecided, message, $"/children/{childId}/reviews", user.UserId(), cancellationToken);
        }

        audit.Add(AuditKind.RecordChanged, $"Annual review {review.Number} decided: {AnnualReview.Describe(decision).ToLowerInvariant()}", user, childId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Records the decision, after proposed amendments, not to amend the plan (Reg 22(4)): the family is told, with the
    /// council's reasons and their right to appeal (s51(2)(e)); the review ends and the proposed amendments close. False
    /// when another post recorded an outcome first.
    /// </summary>
    public async Task<bool> DecideNotToAmendAsync(ReviewedCase reviewed, AnnualReview review, DateOnly day, string reasons, ClaimsPrincipal caseworker,
        CancellationToken cancellationToken = default)
    {
        var childId = reviewed.Case.ChildId!.Value;
        review.RecordNoAmendment(day, reasons);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // One outcome for proposed amendments: of two posts at once, the first to claim the review wins.
            var claimed = await db.AnnualReviews.Where(r => r.Id == review.Id && r.NoAmendmentOn == null && r.AmendedPlanOn == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.NoAmendmentOn, day), cancellationToken);
            if (claimed == 0)
            {
                db.ChangeTracker.Clear();
                return false;
            }

            reviewed.Case.RefusedToAmendOn = day;

            await notifications.AddAsync(childId, Audience.Family, NotificationKind.NoAmendmentDecided,
                NotificationWording.NoAmendmentDecided(reviewed.GivenName, StatutoryClock.AppealDue(day, null)), $"/children/{childId}/reviews", caseworker.UserId(), cancellationToken);
            audit.Add(AuditKind.RecordChanged, $"Annual review {review.Number}: decided not to amend the plan after proposing amendments (SEND Regulations 2014, regulation 22(4))", caseworker, childId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
