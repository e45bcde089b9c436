namespace Devon.Send.Portal.Web.Domain;

public enum CaseStage
{
    RequestReceived,
    Assessment,
    DraftPlan,
    FinalPlan,
    NotAssessed,
    Closed,

    /// <summary>The council decided to stop maintaining the plan and the time to appeal has ended (s45).</summary>
    PlanCeased,
}

/// <summary>Where a case stands on a given day, in brief for lists: the stage, the week, what is owed next and how much advice is late.</summary>
public sealed record CaseStatus(CaseStage Stage, int WeekOfAssessment, Deadline? NextDeadline, int OverdueAdviceCount)
{
    /// <summary>The annual review under way or about to be, shown as a stage after the final plan.</summary>
    public ReviewProgress? Review { get; init; }

    public static CaseStatus Of(AssessmentCase c, DateOnly dateOfBirth, DateOnly today) => Of(CaseTimeline.Of(c, dateOfBirth, today));

    public static CaseStatus Of(CaseTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return timeline.Stage is CaseStage.Closed or CaseStage.NotAssessed or CaseStage.PlanCeased
            ? new(timeline.Stage, 0, null, 0)
            : new(timeline.Stage, timeline.WeekOfAssessment, timeline.Next, timeline.Overdue.Count(d => d.Kind == DeadlineKind.Advice)) { Review = timeline.Review };
    }
}
