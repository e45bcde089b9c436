namespace Devon.Send.Portal.Web.Domain;

/// <summary>The steps of an annual review (s44, Regs 20 and 22), in order.</summary>
public enum ReviewStep
{
    /// <summary>The review falls due soon and no meeting is arranged yet.</summary>
    Arranging,

    /// <summary>The meeting is arranged: views and advice are gathered, and the papers go out 2 weeks before it (Reg 20(3), (4)).</summary>
    Views,

    /// <summary>The papers are out and the meeting is next.</summary>
    Meeting,

    /// <summary>The meeting was held: the council decides to keep, amend or stop the plan within 4 weeks (Reg 20(10)).</summary>
    Decision,

    /// <summary>The council is amending the plan: proposed changes, the family's response, the amended plan (Reg 22).</summary>
    Amending,
}

/// <summary>Where an annual review is, for the progress tracker: "Annual review: meeting on 3 February 2027", and its step.</summary>
public sealed record ReviewProgress(ReviewStep Step, DateOnly? MeetingOn, DateOnly DueBy, DateOnly Today)
{
    /// <summary>How long before the review's last day the tracker shows it as being arranged.</summary>
    public const int ArrangingDays = 70;

    public static readonly IReadOnlyList<(ReviewStep Step, string Label)> Steps =
    [
        (ReviewStep.Arranging, "Arranging the meeting"),
        (ReviewStep.Views, "Views and advice"),
        (ReviewStep.Meeting, "The review meeting"),
        (ReviewStep.Decision, "The council's decision"),
        (ReviewStep.Amending, "Amending the plan"),
    ];

    public string Label => MeetingOn switch
    {
        { } meeting when meeting < Today => $"Annual review: meeting held on {meeting.ToUkDate()}",
        { } meeting => $"Annual review: meeting on {meeting.ToUkDate()}",
        _ => $"Annual review: due by {DueBy.ToUkDate()}",
    };

    /// <summary>The review under way, or about to be; null when none is (no final plan, or the next review is far off).</summary>
    public static ReviewProgress? Of(AssessmentCase c, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (CaseTimeline.StageOf(c) != CaseStage.FinalPlan || c.FinalPlanIssuedOn is not { } final)
        {
            return null;
        }

        if (CaseTimeline.OpenReview(c) is { } review)
        {
            var step = review switch
            {
                { Decision: ReviewDecision.Amend } or { AmendmentNoticeOn: not null } => ReviewStep.Amending,
                _ when review.MeetingRecorded || review.MeetingOn < today => ReviewStep.Decision,
                { PapersSentOn: not null } => ReviewStep.Meeting,
                _ when review.MeetingOn == today => ReviewStep.Meeting,
                _ => ReviewStep.Views,
            };
            return new(step, review.MeetingOn, StatutoryClock.AnnualReviewDue(review.PlanOrLastReviewOn), today);
        }

        var due = StatutoryClock.AnnualReviewDue(c.LastAnnualReviewOn ?? final);
        return due.DayNumber - today.DayNumber <= ArrangingDays ? new(ReviewStep.Arranging, null, due, today) : null;
    }
}
