namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// A case in plain English, the same facts for the family, the professionals and the caseworker: where it is
/// ("Week 12 of 20"), what happens next and when, who is waiting on whom, what is overdue, and which time limits an
/// exception lifts. Each list is of <see cref="Deadline"/>s, whose sentences the page shows.
/// </summary>
public sealed record CaseTimeline(CaseStage Stage, int WeekOfAssessment, string WhereNow, IReadOnlyList<Deadline> Deadlines)
{
    /// <summary>The annual review under way or about to be, for the progress tracker.</summary>
    public ReviewProgress? Review { get; init; }

    /// <summary>The earliest thing someone still owes, late or not; null when nothing is owed.</summary>
    public Deadline? Next => WaitingOn is [var first, ..] ? first : null;

    /// <summary>Still to come and not yet late, earliest first, including the family's right to appeal.</summary>
    public IReadOnlyList<Deadline> Upcoming => Deadlines.Where(d => d.State is DeadlineState.Due or DeadlineState.DueSoon).OrderBy(d => d.Due).ToList();

    /// <summary>What someone owes, earliest first: each has a <see cref="Deadline.WaitingSentence"/>.</summary>
    public IReadOnlyList<Deadline> WaitingOn => Deadlines.Where(d => d.IsOpen && !d.IsRight && !d.IsTarget).OrderBy(d => d.Due).ToList();

    /// <summary>Late, most overdue first: each has an <see cref="Deadline.OverdueSentence"/>.</summary>
    public IReadOnlyList<Deadline> Overdue => Deadlines.Where(d => d.State == DeadlineState.Overdue && !d.IsTarget).OrderBy(d => d.Due).ToList();

    /// <summary>The council's own targets (not the law's limits) that have passed, shown apart from what is overdue.</summary>
    public IReadOnlyList<Deadline> TargetsMissed => Deadlines.Where(d => d.State == DeadlineState.Overdue && d.IsTarget).ToList();

    /// <summary>Time limits lifted by a recorded exception, with its legal basis; the family is told of each (CoP 9.43).</summary>
    public IReadOnlyList<Deadline> Exceptions => Deadlines.Where(d => d.State == DeadlineState.ExceptionApplies).ToList();

    /// <param name="draftResponseOn">When the family responded to the draft plan, if they have.</param>
    /// <param name="mediationCertificateOn">When a mediation certificate was issued for the latest appealable decision, if one was.</param>
    /// <param name="underFiveReviewTargetMonths">The council's target for reviewing the plan of a child under 5: none (0), 3 or 6 months.</param>
    public static CaseTimeline Of(AssessmentCase c, DateOnly dateOfBirth, DateOnly today, DateOnly? draftResponseOn = null,
        DateOnly? mediationCertificateOn = null, int underFiveReviewTargetMonths = 0)
    {
        ArgumentNullException.ThrowIfNull(c);
        var stage = StageOf(c) is CaseStage.FinalPlan && c.CurrentCessation?.HasCeased(today, c.CurrentAppeal) == true ? CaseStage.PlanCeased : StageOf(c);
        var deadlines = AssessmentDeadlines.For(c, today, draftResponseOn, mediationCertificateOn).ToList();
        if (stage == CaseStage.FinalPlan && c.FinalPlanIssuedOn is { } final)
        {
            var review = OpenReview(c)?.Dates(dateOfBirth, c.TransferredInOn) ?? new AnnualReviewDates(c.LastAnnualReviewOn ?? final, dateOfBirth) { TransferredInOn = c.TransferredInOn };
            deadlines.AddRange(ReviewDeadlines.For(review, today, underFiveReviewTargetMonths));
        }

        if (c.TransferOutDue is { } transferDue)
        {
            var subject = $"the transfer of the plan to {c.TransferToCouncil}";
            deadlines.Add(new Deadline($"Plan transferred to {c.TransferToCouncil}", transferDue, StatutoryClock.StateOf(transferDue, c.TransferredOutOn, today), today)
            {
                Kind = DeadlineKind.PlanTransfer,
                Who = Party.Council,
                LegalBasis = "SEND Regulations 2014, regulation 15(2)",
                MetOn = c.TransferredOutOn,
                Subject = subject,
            });
        }

        if (c.TransferNoticeDue is { } noticeDue)
        {
            deadlines.Add(new Deadline("Family told about the transferred plan", noticeDue, StatutoryClock.StateOf(noticeDue, c.TransferNoticeOn, today), today)
            {
                Kind = DeadlineKind.TransferNotice,
                Who = Party.Council,
                LegalBasis = "SEND Regulations 2014, regulation 15(4)",
                MetOn = c.TransferNoticeOn,
                Subject = "the notice about the transferred plan",
            });
        }

        var assessing = stage is CaseStage.RequestReceived or CaseStage.Assessment or CaseStage.DraftPlan;
        var week = assessing ? StatutoryClock.WeekOfAssessment(c.RequestReceivedOn, today) : 0;
        return new(stage, week, WhereNowOf(c, stage, week, deadlines, today), deadlines) { Review = ReviewProgress.Of(c, today) };
    }

    /// <summary>The review under way, if one has been arranged and not finished; the reviews must have been loaded with the case.</summary>
    public static AnnualReview? OpenReview(AssessmentCase c) => c.AnnualReviews.Where(r => r.CompletedOn is null).MaxBy(r => r.Number);

    public static CaseStage StageOf(AssessmentCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c switch
        {
            { ClosedOn: not null } => CaseStage.Closed,
            { RefusedOn: not null } => CaseStage.NotAssessed,
            { FinalPlanIssuedOn: not null } => CaseStage.FinalPlan,
            { DraftPlanIssuedOn: not null } => CaseStage.DraftPlan,
            { DecisionToAssessOn: not null } => CaseStage.Assessment,
            _ => CaseStage.RequestReceived,
        };
    }

    /// <summary>
    /// The 20 weeks run from the day the request arrived (week 1) to the final plan's due day, its last day; past
    /// that, the week is given with the day the limit passed, or the exception that lifts it.
    /// </summary>
    private static string WhereNowOf(AssessmentCase c, CaseStage stage, int week, List<Deadline> deadlines, DateOnly today)
    {
        switch (stage)
        {
            case CaseStage.Closed when c.TransferredOutOn is { } transferred:
                return $"The plan was transferred to {c.TransferToCouncil} on {transferred.ToUkDate()}, which maintains it now";
            case CaseStage.Closed when c.NoPlanDecidedOn is { } noPlan:
                return $"The council decided not to issue an EHC plan on {noPlan.ToUkDate()}";
            case CaseStage.Closed:
                return $"Case closed on {c.ClosedOn!.Value.ToUkDate()}";
            case CaseStage.NotAssessed:
                return $"The council decided not to assess on {c.RefusedOn!.Value.ToUkDate()}";
            case CaseStage.PlanCeased:
                return $"The plan stopped on {c.CurrentCessation!.StopsOn(c.CurrentAppeal)!.Value.ToUkDate()}: the council decided to stop maintaining it";
            case CaseStage.FinalPlan when c.CurrentCessation is { IsCeasing: true } ceasing && c.CurrentAppeal is { Decision: AppealedDecision.Ceasing } appeal && appeal.DecisionOn == ceasing.NoticeSentOn:
                return appeal.OutcomeOn is null
                    ? $"The council decided on {ceasing.DecidedOn!.Value.ToUkDate()} to stop maintaining the plan. The family appealed, so the plan stays in place until the Tribunal decides"
                    : $"The council decided on {ceasing.DecidedOn!.Value.ToUkDate()} to stop maintaining the plan. After the family's appeal, the plan continues";
            case CaseStage.FinalPlan when c.CurrentCessation is { IsCeasing: true } ceasing:
                return $"The council decided on {ceasing.DecidedOn!.Value.ToUkDate()} to stop maintaining the plan. It stops on {ceasing.CeasesOn!.Value.ToUkDate()} unless there is an appeal";
            case CaseStage.FinalPlan when c.CurrentCessation is { IsOpen: true } proposed:
                return $"The council is considering stopping the plan (proposed on {proposed.ProposedOn.ToUkDate()})";
            case CaseStage.FinalPlan when OpenReview(c) is { } review:
                return review.MeetingOn <= today
                    ? $"Annual review: the meeting was held on {review.MeetingOn.ToUkDate()}"
                    : $"Annual review: the meeting is on {review.MeetingOn.ToUkDate()}";
            case CaseStage.FinalPlan when c.TransferredInOn is { } arrived:
                return $"The plan, made by {c.FromCouncil} on {c.FinalPlanIssuedOn!.Value.ToUkDate()}, was transferred to this council on {arrived.ToUkDate()}";
            case CaseStage.FinalPlan:
                var issued = c.FinalPlanIssuedOn!.Value;
                return $"Final plan issued on {issued.ToUkDate()}, in week {StatutoryClock.WeekOfAssessment(c.RequestReceivedOn, issued)}";
        }

        if (c.ReopenedOn is { } reopened)
        {
            var owed = deadlines.Where(d => d.IsTribunal && d.IsOpen).OrderBy(d => d.Due).FirstOrDefault();
            return owed is null
                ? $"Reopened on {reopened.ToUkDate()} after the Tribunal appeal"
                : $"Reopened on {reopened.ToUkDate()} after the Tribunal appeal: {owed.Subject} is due by {owed.Due.ToUkDate()}";
        }

        var finalPlan = deadlines.Single(d => d.Kind == DeadlineKind.FinalPlan);
        if (today <= finalPlan.Due)
        {
            return $"Week {Math.Min(week, StatutoryClock.AssessmentWeeks)} of {StatutoryClock.AssessmentWeeks}";
        }

        return finalPlan.Exception is not null
            ? $"Week {week} — the 20-week limit does not apply: {finalPlan.ExceptionReason}"
            : $"Week {week} — the 20-week limit passed on {finalPlan.Due.ToUkDate()}";
    }
}
