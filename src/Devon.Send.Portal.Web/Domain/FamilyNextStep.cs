namespace Devon.Send.Portal.Web.Domain;

/// <summary>What the family is asked to do, if anything; <see cref="Waiting"/> when the next move is someone else's.</summary>
public enum FamilyStepKind
{
    None,
    Waiting,
    RespondToDraft,
    RespondToAmendments,
    GiveAdvice,
    GiveReviewViews,
    GiveCeaseViews,
}

/// <summary>
/// The one thing a parent or young person should read first on a page about their case: what they must do next and
/// by when, with the link to do it; or, when nothing is theirs to do, what happens next and when.
/// </summary>
public sealed record FamilyNextStep(FamilyStepKind Kind, string Heading, string? Detail = null, string? LinkText = null, string? LinkUrl = null)
{
    public static FamilyNextStep None { get; } = new(FamilyStepKind.None, "");

    /// <summary>The family has something to do, rather than something to wait for.</summary>
    public bool MustAct => Kind is not (FamilyStepKind.None or FamilyStepKind.Waiting);
}

/// <summary>The facts about one child's case that decide the family's next step.</summary>
/// <param name="GivenName">The child's given name, as the family calls them.</param>
/// <param name="ReaderIsTheChild">The young person reading about themselves: "your draft plan".</param>
public sealed record FamilyCaseFacts(Guid ChildId, string GivenName, bool ReaderIsTheChild, CaseTimeline Timeline, DateOnly Today)
{
    /// <summary>The number of the latest draft, or proposed amendments, while it takes the family's response.</summary>
    public int? OpenDraftNumber { get; init; }

    public PlanVersionKind? OpenDraftKind { get; init; }

    /// <summary>The last day of the family's time to respond (at least 15 days beginning with the day it was served: s38, Reg 13(1), Reg 22(2)(c)).</summary>
    public DateOnly? OpenDraftDue { get; init; }

    /// <summary>The family has already responded to that version.</summary>
    public bool Responded { get; init; }

    /// <summary>This reader responds for the family (a parent, or the young person once the rights are theirs: CoP 8.13).</summary>
    public bool MayRespond { get; init; }

    /// <summary>The annual review under way, if one is arranged and not finished.</summary>
    public AnnualReview? OpenReview { get; init; }

    /// <summary>This reader has given their views for that review.</summary>
    public bool GaveReviewViews { get; init; }

    /// <summary>The council is considering stopping the plan and has not had the family's views (Reg 31(1)).</summary>
    public bool CeaseViewsWanted { get; init; }
}

/// <summary>
/// Decides the family's next step from the case's state. Of the things the family is asked to do, the one due soonest
/// comes first; when there is none, the page says calmly what happens next and when.
/// </summary>
public static class FamilyNextSteps
{
    public static FamilyNextStep For(FamilyCaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var whose = ChildName.Whose(facts.GivenName, facts.ReaderIsTheChild);
        var baseUrl = $"/children/{facts.ChildId}";
        var asked = new List<(DateOnly Due, FamilyNextStep Step)>();

        if (facts is { OpenDraftNumber: { } number, OpenDraftDue: { } due, MayRespond: true, Responded: false } && due >= facts.Today)
        {
            asked.Add((due, facts.OpenDraftKind == PlanVersionKind.AmendmentDraft
                ? new(FamilyStepKind.RespondToAmendments, $"Tell us what you think of the proposed changes to {whose} plan by {due.ToUkDate()}",
                    "You can also ask for a meeting with your caseworker, and say which school or college you would like.",
                    "Respond to the proposed changes", $"{baseUrl}/plan/versions/{number}/response")
                : new(FamilyStepKind.RespondToDraft, $"Tell us what you think of {whose} draft plan by {due.ToUkDate()}",
                    "You can also name the school or college you would like, ask for a meeting with your caseworker, and ask for a personal budget.",
                    "Respond to the draft plan", $"{baseUrl}/plan/versions/{number}/response")));
        }

        if (facts.Timeline.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Advice && d.Who == Party.Family && d.IsOpen) is { } advice)
        {
            asked.Add((advice.Due, new(FamilyStepKind.GiveAdvice, $"Give your advice for {whose} assessment by {advice.Due.ToUkDate()}",
                $"Tell the council what {(facts.ReaderIsTheChild ? "you" : facts.GivenName)} finds hard, what helps, and what you hope for.",
                "Give your advice", "/advice")));
        }

        if (facts.OpenReview is { } review && review.MeetingOn >= facts.Today && !review.MeetingRecorded && !facts.GaveReviewViews)
        {
            var papers = StatutoryClock.ReviewPapersDue(review.MeetingOn);
            var by = papers >= facts.Today ? papers : review.MeetingOn;
            asked.Add((by, new(FamilyStepKind.GiveReviewViews, $"Give your views for {whose} annual review by {by.ToUkDate()}",
                $"The review meeting is on {review.MeetingOn.ToUkDate()}. Your views go to everyone invited, with the other papers.",
                "Give your views", $"{baseUrl}/reviews/views")));
        }

        if (facts.CeaseViewsWanted)
        {
            asked.Add((DateOnly.MaxValue, new(FamilyStepKind.GiveCeaseViews, $"Tell us what you think about stopping {whose} EHC plan",
                "The council asks for your views before it decides. Nothing changes until then.",
                "Give your views", $"{baseUrl}/plan/cease/views")));
        }

        if (asked.Count > 0)
        {
            return asked.OrderBy(a => a.Due).First().Step;
        }

        // A right to appeal the family still has is told beside whatever they are waiting for, so it is never hidden by it.
        var right = facts.Timeline.Upcoming.FirstOrDefault(d => d.IsRight);
        if (facts.Timeline.Next is { } next)
        {
            return new(FamilyStepKind.Waiting, "There is nothing you need to do now", right is null ? next.Sentence : $"{next.Sentence} {right.Sentence}");
        }

        return right is not null
            ? new(FamilyStepKind.Waiting, "There is nothing you need to do now", right.Sentence)
            : FamilyNextStep.None;
    }
}
