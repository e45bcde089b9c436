namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// The statutory time limits of the SEND Regulations 2014, counted in calendar days from the day the
/// request or event happened. Pure functions of dates, so they can be tested without a host.
/// </summary>
public static class StatutoryClock
{
    public const int DecisionToAssessDays = 42;     // Reg 5(1): 6 weeks
    public const int AdviceDays = 42;               // Reg 8(1): 6 weeks
    public const int DecisionNotToIssueDays = 112;  // Reg 10(1): 16 weeks
    public const int FinalPlanDays = 140;           // Reg 13(2): 20 weeks
    public const int DraftResponseDays = 15;        // Reg 13(1)(b): at least 15 days
    public const int DueSoonDays = 14;

    public static DateOnly DecisionToAssessDue(DateOnly requestReceived) => requestReceived.AddDays(DecisionToAssessDays);

    public static DateOnly AdviceDue(DateOnly requested) => requested.AddDays(AdviceDays);

    public static DateOnly DecisionNotToIssueDue(DateOnly requestReceived) => requestReceived.AddDays(DecisionNotToIssueDays);

    public static DateOnly FinalPlanDue(DateOnly requestReceived) => requestReceived.AddDays(FinalPlanDays);

    public static DateOnly DraftResponseDue(DateOnly draftIssued) => draftIssued.AddDays(DraftResponseDays);

    /// <summary>
    /// Within 12 months of the plan or the last review (s44); for a child under 5 the Code of Practice (9.178)
    /// says to consider every 3 to 6 months, and the portal uses 6.
    /// </summary>
    public static DateOnly AnnualReviewDue(DateOnly planOrLastReview, DateOnly dateOfBirth)
    {
        var under5 = planOrLastReview < dateOfBirth.AddYears(5);
        return planOrLastReview.AddMonths(under5 ? 6 : 12);
    }

    /// <summary>Whole weeks since the request, counting the week it arrived as week 1.</summary>
    public static int WeekOfAssessment(DateOnly requestReceived, DateOnly today) =>
        today < requestReceived ? 0 : ((today.DayNumber - requestReceived.DayNumber) / 7) + 1;

    public static DeadlineState StateOf(DateOnly due, DateOnly? metOn, DateOnly today)
    {
        if (metOn is { } met)
        {
            return met <= due ? DeadlineState.Met : DeadlineState.MetLate;
        }

        if (today > due)
        {
            return DeadlineState.Overdue;
        }

        return due.DayNumber - today.DayNumber <= DueSoonDays ? DeadlineState.DueSoon : DeadlineState.Due;
    }
}

public enum DeadlineState
{
    Due,
    DueSoon,
    Overdue,
    Met,
    MetLate,
}
