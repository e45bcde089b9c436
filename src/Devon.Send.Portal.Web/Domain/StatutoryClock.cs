namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// The statutory time limits of the Children and Families Act 2014 and the SEND Regulations 2014 as dates.
/// Calendar days throughout. Months follow <see cref="DateOnly.AddMonths"/>: a month after 31 January is the last
/// day of February (28th, or 29th in a leap year), and a year after 29 February is 28 February. Pure functions of
/// dates, so they can be tested without a host; <c>today</c> is always a parameter.
/// </summary>
public static class StatutoryClock
{
    public const int DecisionToAssessDays = 42;     // Reg 5(1): 6 weeks
    public const int AdviceDays = 42;               // Reg 8(1): 6 weeks
    public const int DecisionNotToIssueDays = 112;  // Reg 10(1): 16 weeks
    public const int FinalPlanDays = 140;           // Reg 13(2): 20 weeks
    public const int DraftResponseDays = 15;        // s38, Reg 13(1): at least 15 days
    public const int AssessmentWeeks = 20;
    public const int DueSoonDays = 14;

    public const int ReviewMonths = 12;             // s44(1)
    public const int UnderFiveReviewMonthsDefault = 6; // CoP 9.178: consider every 3 to 6 months
    public const int ReviewNoticeDays = 14;         // Reg 20(3), 20(4): notice and papers 2 weeks before the meeting
    public const int ReviewReportDays = 14;         // Reg 20(7): report within 2 weeks of the meeting
    public const int ReviewDecisionDays = 28;       // Reg 20(10): decision within 4 weeks of the meeting
    public const int AmendmentResponseDays = 15;    // Reg 22(2)(c)
    public const int AmendedPlanAfterNoticeDays = 56;   // Reg 22(3): 8 weeks from the notice
    public const int AmendedPlanAfterMeetingDays = 84;  // 4 weeks to the notice + 8 weeks: 12 weeks from the meeting

    public const int AppealMonths = 2;
    public const int AppealAfterMediationMonths = 1;
    public const int PostSixteenTransferMonths = 5; // Reg 18(2)

    public static DateOnly DecisionToAssessDue(DateOnly requestReceived) => requestReceived.AddDays(DecisionToAssessDays);

    public static DateOnly AdviceDue(DateOnly requested) => requested.AddDays(AdviceDays);

    public static DateOnly DecisionNotToIssueDue(DateOnly requestReceived) => requestReceived.AddDays(DecisionNotToIssueDays);

    public static DateOnly FinalPlanDue(DateOnly requestReceived) => requestReceived.AddDays(FinalPlanDays);

    public static DateOnly DraftResponseDue(DateOnly draftIssued) => draftIssued.AddDays(DraftResponseDays);

    /// <summary>
    /// Within 12 months of the plan or the last review (s44(1)); for a child under 5 on the day the plan was made or
    /// last reviewed, the council's setting of 3 to 6 months (CoP 9.178).
    /// </summary>
    public static DateOnly AnnualReviewDue(DateOnly planOrLastReview, DateOnly dateOfBirth, int underFiveMonths = UnderFiveReviewMonthsDefault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(underFiveMonths, 3);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(underFiveMonths, 6);
        return planOrLastReview.AddMonths(IsUnderFive(dateOfBirth, planOrLastReview) ? underFiveMonths : ReviewMonths);
    }

    /// <summary>Someone born on 29 February turns a year older on 1 March when the year has no 29 February.</summary>
    public static DateOnly Birthday(DateOnly dateOfBirth, int age)
    {
        var year = dateOfBirth.Year + age;
        return dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year) ? new DateOnly(year, 3, 1) : dateOfBirth.AddYears(age);
    }

    public static bool IsUnderFive(DateOnly dateOfBirth, DateOnly on) => on < Birthday(dateOfBirth, 5);

    public static DateOnly ReviewPapersDue(DateOnly meeting) => meeting.AddDays(-ReviewNoticeDays);

    public static DateOnly ReviewReportDue(DateOnly meeting) => meeting.AddDays(ReviewReportDays);

    public static DateOnly ReviewDecisionDue(DateOnly meeting) => meeting.AddDays(ReviewDecisionDays);

    public static DateOnly AmendmentResponseDue(DateOnly notice) => notice.AddDays(AmendmentResponseDays);

    /// <summary>8 weeks from the notice of proposed amendments and at the latest 12 weeks from the review meeting: the earlier.</summary>
    public static DateOnly AmendedPlanDue(DateOnly? meeting, DateOnly? notice)
    {
        if (meeting is null && notice is null)
        {
            throw new ArgumentException("An amended plan is due from a review meeting or a notice of proposed amendments.");
        }

        var fromNotice = notice?.AddDays(AmendedPlanAfterNoticeDays) ?? DateOnly.MaxValue;
        var fromMeeting = meeting?.AddDays(AmendedPlanAfterMeetingDays) ?? DateOnly.MaxValue;
        return fromNotice < fromMeeting ? fromNotice : fromMeeting;
    }

    /// <summary>
    /// The last day to appeal to the SEND Tribunal: 2 months from the decision or 1 month from a mediation certificate,
    /// whichever is later. A last day from 25 December to 1 January moves to the first working day after 1 January, one
    /// in August to the first working day after 31 August (Tribunal Procedure (HESC) Rules 2008, rule 20), and any
    /// other that is not a working day to the next working day (rule 12).
    /// </summary>
    public static DateOnly AppealDue(DateOnly decision, DateOnly? mediationCertificate)
    {
        var due = decision.AddMonths(AppealMonths);
        if (mediationCertificate?.AddMonths(AppealAfterMediationMonths) is { } afterMediation && afterMediation > due)
        {
            due = afterMediation;
        }

        return due switch
        {
            { Month: 8 } => NextWorkingDayAfter(new DateOnly(due.Year, 8, 31)),
            { Month: 12, Day: >= 25 } => NextWorkingDayAfter(new DateOnly(due.Year + 1, 1, 1)),
            { Month: 1, Day: 1 } => NextWorkingDayAfter(due),
            _ when !IsWorkingDay(due) => NextWorkingDayAfter(due),
            _ => due,
        };
    }

    /// <summary>
    /// A weekday that is not a bank holiday in England and Wales (<see cref="BankHolidays"/>): the published list,
    /// with the holidays proclaimed or moved for a particular year, and the regular pattern for years outside it.
    /// </summary>
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !BankHolidays.IsBankHoliday(day);

    private static DateOnly NextWorkingDayAfter(DateOnly day)
    {
        var next = day.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>
    /// Reg 18: by 31 March of the calendar year of a move from secondary school to a post-16 institution, by 15 February
    /// of the calendar year of any other move between phases, and at least 5 months before a move between post-16
    /// institutions at any other time.
    /// </summary>
    public static DateOnly PhaseTransferDue(PhaseTransferKind kind, DateOnly transferOn) => kind switch
    {
        PhaseTransferKind.SecondaryToPostSixteen => new DateOnly(transferOn.Year, 3, 31),
        PhaseTransferKind.BetweenPostSixteenInstitutions => transferOn.AddMonths(-PostSixteenTransferMonths),
        _ => new DateOnly(transferOn.Year, 2, 15),
    };

    /// <summary>Whole weeks since the request, counting the week it arrived as week 1.</summary>
    public static int WeekOfAssessment(DateOnly requestReceived, DateOnly today) =>
        today < requestReceived ? 0 : ((today.DayNumber - requestReceived.DayNumber) / 7) + 1;

    /// <summary>The state of something that must be done by a date: the due day itself is not overdue.</summary>
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

    /// <summary>
    /// The state of a family's window (to comment, to appeal): answered in time or late, or still open; once it has
    /// passed unanswered it has lapsed, which is not anyone being overdue.
    /// </summary>
    public static DeadlineState WindowStateOf(DateOnly due, DateOnly? usedOn, DateOnly today) =>
        usedOn is null && today > due ? DeadlineState.Lapsed : StateOf(due, usedOn, today);
}

/// <summary>The moves between phases of education that Reg 18 sets a date for.</summary>
public enum PhaseTransferKind
{
    /// <summary>Early years to school, infant to junior, primary to middle or secondary, and any other school move.</summary>
    BetweenSchoolPhases,

    /// <summary>From secondary school to a post-16 institution (a sixth form or college).</summary>
    SecondaryToPostSixteen,

    /// <summary>From one post-16 institution to another, at any time of year.</summary>
    BetweenPostSixteenInstitutions,
}
