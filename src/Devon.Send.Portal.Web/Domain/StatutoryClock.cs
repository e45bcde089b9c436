namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// The statutory time limits of the Children and Families Act 2014 and the SEND Regulations 2014 as dates, each the
/// last day on which the thing may be done. Calendar days throughout, read as the words of each limit say:
/// "within 6 weeks of" a day ends 42 days after it; a period "beginning with" or "starting with" a day counts that day
/// as its first (15 days beginning with the 1st end on the 15th; 12 months starting with 10 March end on 9 March);
/// "before" a date ends the day before it. Months follow the corresponding-date rule: a month after 31 January is the
/// last day of February, and a month after the last day of a month is the last day of the next. Pure functions of
/// dates, so they can be tested without a host; <c>today</c> is always a parameter.
/// </summary>
public static class StatutoryClock
{
    public const int DecisionToAssessDays = 42;     // Reg 5(1): 6 weeks
    public const int AdviceDays = 42;               // Reg 8(1): 6 weeks
    public const int DecisionNotToIssueDays = 112;  // Reg 10(1): 16 weeks
    public const int FinalPlanDays = 140;           // Reg 13(2): 20 weeks
    public const int DraftResponseDays = 15;        // s38, Reg 13(1)(a): at least 15 days beginning with the day served
    public const int AssessmentWeeks = 20;
    public const int DueSoonDays = 14;

    public const int ReviewMonths = 12;             // s44(1)
    public const int ReviewNoticeDays = 14;         // Reg 20(3), 20(4): notice and papers 2 weeks before the meeting
    public const int ReviewReportDays = 14;         // Reg 20(7): report within 2 weeks of the meeting
    public const int ReviewDecisionDays = 28;       // Reg 20(10): decision within 4 weeks of the meeting
    public const int AmendmentResponseDays = 15;    // Reg 22(2)(c): at least 15 days beginning with the day served
    public const int AmendedPlanAfterNoticeDays = 56;   // Reg 22(3): 8 weeks from the notice
    public const int AmendedPlanAfterMeetingDays = 84;  // 4 weeks to the notice + 8 weeks: 12 weeks from the meeting

    public const int AppealMonths = 2;
    public const int AppealAfterMediationMonths = 1;
    public const int PostSixteenTransferMonths = 5; // Reg 18(2)
    public const int PlanTransferWorkingDays = 15;  // Reg 15(2): 15 working days
    public const int TransferNoticeDays = 42;       // Reg 15(4): within 6 weeks of the date of the transfer
    public const int TransferReviewMonths = 3;      // Reg 15(5)(b): 3 months beginning with the date of the transfer
    public const int HealthBodyRequestWorkingDays = 15; // Reg 16: 15 working days beginning with the day the new body became aware

    public static DateOnly DecisionToAssessDue(DateOnly requestReceived) => requestReceived.AddDays(DecisionToAssessDays);

    public static DateOnly AdviceDue(DateOnly requested) => requested.AddDays(AdviceDays);

    public static DateOnly DecisionNotToIssueDue(DateOnly requestReceived) => requestReceived.AddDays(DecisionNotToIssueDays);

    public static DateOnly FinalPlanDue(DateOnly requestReceived) => requestReceived.AddDays(FinalPlanDays);

    /// <summary>The last of the family's "at least 15 days beginning with the day on which it was served" (Reg 13(1)(a)).</summary>
    public static DateOnly DraftResponseDue(DateOnly served) => served.AddDays(DraftResponseDays - 1);

    /// <summary>
    /// The day a draft plan or a notice was served on the family, sent on <paramref name="sent"/>: an email or a
    /// letter handed over is served that day; a letter sent first class, on the second working day after posting,
    /// when it would be delivered in the ordinary course of post (Interpretation Act 1978, section 7, as the courts
    /// count it in Civil Procedure Rules 6.26).
    /// </summary>
    public static DateOnly ServedOn(ServiceMethod method, DateOnly sent) => method switch
    {
        ServiceMethod.Post => WorkingDaysAfter(sent, 2),
        ServiceMethod.Email or ServiceMethod.ByHand => sent,
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>The last day of "the period of 12 months starting with" the day the plan was made or last reviewed (s44(1)).</summary>
    public static DateOnly AnnualReviewDue(DateOnly planOrLastReview) => LastDayOfMonthsStartingWith(planOrLastReview, ReviewMonths);

    /// <summary>
    /// The council's own target for reviewing the plan of a child under 5 (CoP 9.178: it "should consider" every 3 to
    /// 6 months): guidance, so a target, never a breach of s44. Null when the council sets none, or the child was 5 or
    /// older on the day the plan was made or last reviewed.
    /// </summary>
    public static DateOnly? UnderFiveReviewTarget(DateOnly planOrLastReview, DateOnly dateOfBirth, int targetMonths)
    {
        if (targetMonths is not (0 or 3 or 6))
        {
            throw new ArgumentOutOfRangeException(nameof(targetMonths), "The council's target for under-5 reviews is none (0), 3 or 6 months.");
        }

        return targetMonths > 0 && IsUnderFive(dateOfBirth, planOrLastReview) ? LastDayOfMonthsStartingWith(planOrLastReview, targetMonths) : null;
    }

    /// <summary>
    /// The last day of a period of <paramref name="months"/> months starting with <paramref name="first"/>: the
    /// period ends the day before the corresponding day, so one starting with 1 March 2023 ends on 29 February 2024.
    /// </summary>
    public static DateOnly LastDayOfMonthsStartingWith(DateOnly first, int months)
    {
        var before = first.AddDays(-1);
        var end = before.AddMonths(months);
        return IsLastDayOfMonth(before) ? LastDayOfMonth(end) : end;
    }

    private static bool IsLastDayOfMonth(DateOnly day) => day.Day == DateTime.DaysInMonth(day.Year, day.Month);

    private static DateOnly LastDayOfMonth(DateOnly day) => new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));

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

    /// <summary>The last of the family's "at least 15 days beginning with the day on which it was served" (Reg 22(2)(c)).</summary>
    public static DateOnly AmendmentResponseDue(DateOnly served) => served.AddDays(AmendmentResponseDays - 1);

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

    /// <summary>The <paramref name="count"/>th working day after <paramref name="day"/>.</summary>
    public static DateOnly WorkingDaysAfter(DateOnly day, int count)
    {
        for (var i = 0; i < count; i++)
        {
            day = NextWorkingDayAfter(day);
        }

        return day;
    }

    private static DateOnly NextWorkingDayAfter(DateOnly day)
    {
        var next = day.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>The last of <paramref name="count"/> working days beginning with <paramref name="first"/>: that day is the first when it is a working day.</summary>
    public static DateOnly LastOfWorkingDaysBeginningWith(DateOnly first, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return IsWorkingDay(first) ? WorkingDaysAfter(first, count - 1) : WorkingDaysAfter(first, count);
    }

    /// <summary>How many working days there are from <paramref name="first"/> (counted) to <paramref name="before"/> (not counted).</summary>
    public static int WorkingDaysFromUntil(DateOnly first, DateOnly before)
    {
        var count = 0;
        for (var day = first; day < before; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Reg 15(2): the old council transfers the plan on the day of the move; when it did not know of the move at least 15
    /// working days before it (counting the day it learned of it), within 15 working days beginning with the day it learned.
    /// </summary>
    public static DateOnly PlanTransferDue(DateOnly moveOn, DateOnly learnedOn) =>
        learnedOn < moveOn && WorkingDaysFromUntil(learnedOn, moveOn) >= PlanTransferWorkingDays
            ? moveOn
            : LastOfWorkingDaysBeginningWith(learnedOn, PlanTransferWorkingDays);

    /// <summary>Reg 15(4): the new council tells the family within 6 weeks of the date of the transfer.</summary>
    public static DateOnly TransferNoticeDue(DateOnly transferredOn) => transferredOn.AddDays(TransferNoticeDays);

    /// <summary>
    /// Reg 16: where the child's health commissioning body changes and the new one cannot arrange the health provision the
    /// plan specifies, it asks the council to assess or review the plan within 15 working days beginning with the day it
    /// became aware of the change.
    /// </summary>
    public static DateOnly HealthBodyRequestDue(DateOnly toldOn) => LastOfWorkingDaysBeginningWith(toldOn, HealthBodyRequestWorkingDays);

    /// <summary>
    /// The last day to hold the plan's next review meeting: the end of 12 months starting with the day the plan was made
    /// or last reviewed (s44(1)); for a plan taken in from another council and not reviewed here since, the later of that
    /// and the end of 3 months beginning with the date of the transfer (Reg 15(5)).
    /// </summary>
    public static DateOnly ReviewDue(DateOnly planOrLastReview, DateOnly? transferredInOn) =>
        IsFirstReviewAfterTransfer(planOrLastReview, transferredInOn)
            ? TransferredPlanReviewDue(planOrLastReview, transferredInOn!.Value)
            : AnnualReviewDue(planOrLastReview);

    /// <summary>Whether the next review is the first since the plan arrived from another council, so Reg 15(5) sets its date.</summary>
    public static bool IsFirstReviewAfterTransfer(DateOnly planOrLastReview, DateOnly? transferredInOn) =>
        transferredInOn is { } transferred && planOrLastReview <= transferred;

    /// <summary>
    /// Reg 15(5): the new council reviews the plan before the later of the end of 12 months beginning with the day it was
    /// made or last reviewed and the end of 3 months beginning with the date of the transfer.
    /// </summary>
    public static DateOnly TransferredPlanReviewDue(DateOnly planOrLastReview, DateOnly transferredOn)
    {
        var annual = AnnualReviewDue(planOrLastReview);
        var afterTransfer = LastDayOfMonthsStartingWith(transferredOn, TransferReviewMonths);
        return annual > afterTransfer ? annual : afterTransfer;
    }

    /// <summary>
    /// Reg 18: before 31 March (so by 30 March) of the calendar year of a move from secondary school to a post-16
    /// institution, before 15 February (so by 14 February) of the calendar year of any other move between phases,
    /// and at least 5 months before a move between post-16 institutions at any other time: the last day from which
    /// the move is still 5 months or more away, so 30 September for a move on 28 February.
    /// </summary>
    public static DateOnly PhaseTransferDue(PhaseTransferKind kind, DateOnly transferOn) => kind switch
    {
        PhaseTransferKind.SecondaryToPostSixteen => new DateOnly(transferOn.Year, 3, 30),
        PhaseTransferKind.BetweenPostSixteenInstitutions when IsLastDayOfMonth(transferOn) => LastDayOfMonth(transferOn.AddMonths(-PostSixteenTransferMonths)),
        PhaseTransferKind.BetweenPostSixteenInstitutions => transferOn.AddMonths(-PostSixteenTransferMonths),
        _ => new DateOnly(transferOn.Year, 2, 14),
    };

    /// <summary>
    /// The week of the 20 that <paramref name="today"/> falls in: week 1 is the day the request arrived and the 7 days
    /// after it, and week 20 ends on the final plan's last day (day 140), so a plan issued that day was issued in week 20.
    /// </summary>
    public static int WeekOfAssessment(DateOnly requestReceived, DateOnly today) =>
        today < requestReceived ? 0 : Math.Max(1, (today.DayNumber - requestReceived.DayNumber + 6) / 7);

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

/// <summary>How a draft plan or a notice of proposed amendments reached the family.</summary>
public enum ServiceMethod
{
    Email,

    /// <summary>First class post.</summary>
    Post,

    ByHand,
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
