namespace Devon.Send.Portal.Web.Domain;

public enum CaseStage
{
    RequestReceived,
    Assessment,
    DraftPlan,
    FinalPlan,
    NotAssessed,
    Closed,
}

/// <summary>Where a case stands on a given day, in brief for lists: the stage, the week, what is owed next and how much advice is late.</summary>
public sealed record CaseStatus(CaseStage Stage, int WeekOfAssessment, Deadline? NextDeadline, int OverdueAdviceCount)
{
    public static CaseStatus Of(AssessmentCase c, DateOnly dateOfBirth, DateOnly today) => Of(CaseTimeline.Of(c, dateOfBirth, today));

    public static CaseStatus Of(CaseTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return timeline.Stage is CaseStage.Closed or CaseStage.NotAssessed
            ? new(timeline.Stage, 0, null, 0)
            : new(timeline.Stage, timeline.WeekOfAssessment, timeline.Next, timeline.Overdue.Count(d => d.Kind == DeadlineKind.Advice));
    }
}
