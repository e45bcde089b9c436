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

/// <summary>A statutory deadline of a case: what must happen, by when, and where it stands today.</summary>
public sealed record Deadline(string What, DateOnly Due, DeadlineState State, DateOnly Today)
{
    public int DaysOverdue => State == DeadlineState.Overdue ? Today.DayNumber - Due.DayNumber : 0;

    public int DaysLeft => State is DeadlineState.Due or DeadlineState.DueSoon ? Due.DayNumber - Today.DayNumber : 0;
}

/// <summary>Where a case stands on a given day, derived from its dates alone.</summary>
public sealed record CaseStatus(CaseStage Stage, int WeekOfAssessment, Deadline? NextDeadline, int OverdueAdviceCount)
{
    public static CaseStatus Of(AssessmentCase c, DateOnly dateOfBirth, DateOnly today)
    {
        var overdueAdvice = c.AdviceRequests.Count(a =>
            StatutoryClock.StateOf(a.DueOn, a.SubmittedOn, today) == DeadlineState.Overdue);

        if (c.ClosedOn is not null)
        {
            return new(CaseStage.Closed, 0, null, 0);
        }

        if (c.RefusedOn is not null)
        {
            return new(CaseStage.NotAssessed, 0, null, 0);
        }

        if (c.FinalPlanIssuedOn is { } final)
        {
            var reviewDue = StatutoryClock.AnnualReviewDue(c.LastAnnualReviewOn ?? final, dateOfBirth);
            return new(CaseStage.FinalPlan, 0, Make("Annual review", reviewDue, null, today), 0);
        }

        var week = StatutoryClock.WeekOfAssessment(c.RequestReceivedOn, today);
        var finalDue = StatutoryClock.FinalPlanDue(c.RequestReceivedOn);

        if (c.DraftPlanIssuedOn is { } draft)
        {
            var responseDue = StatutoryClock.DraftResponseDue(draft);
            var next = today <= responseDue
                ? Make("Family's response to the draft plan", responseDue, null, today)
                : Make("Final plan issued", finalDue, null, today);
            return new(CaseStage.DraftPlan, week, next, overdueAdvice);
        }

        if (c.DecisionToAssessOn is not null)
        {
            var pendingAdvice = c.AdviceRequests.Where(a => a.SubmittedOn is null).Select(a => a.DueOn).ToList();
            var next = pendingAdvice.Count > 0
                ? Make("Advice from professionals", pendingAdvice.Min(), null, today)
                : Make("Final plan issued", finalDue, null, today);
            return new(CaseStage.Assessment, week, next, overdueAdvice);
        }

        var decisionDue = StatutoryClock.DecisionToAssessDue(c.RequestReceivedOn);
        return new(CaseStage.RequestReceived, week, Make("Decision whether to assess", decisionDue, null, today), 0);
    }

    private static Deadline Make(string what, DateOnly due, DateOnly? met, DateOnly today) =>
        new(what, due, StatutoryClock.StateOf(due, met, today), today);
}
