namespace Devon.Send.Portal.Web.Domain;

/// <summary>The council's decision after an annual review meeting (Reg 20(10)).</summary>
public enum ReviewDecision
{
    Keep,
    Amend,
    Cease,
}

/// <summary>
/// The dates of one annual review: from the plan's issue or the last review (and the child's date of birth) to the
/// amended plan. Dates not yet known are null; a meeting date may be in the future (arranged, not yet held).
/// </summary>
public sealed record AnnualReviewDates(DateOnly PlanOrLastReviewOn, DateOnly DateOfBirth)
{
    public DateOnly? MeetingOn { get; init; }

    /// <summary>When the notice of the meeting and the papers went out.</summary>
    public DateOnly? PapersSentOn { get; init; }

    public DateOnly? ReportSentOn { get; init; }
    public DateOnly? DecisionOn { get; init; }
    public ReviewDecision? Decision { get; init; }

    /// <summary>When the notice of proposed amendments (with the evidence for them) was sent.</summary>
    public DateOnly? AmendmentNoticeOn { get; init; }

    /// <summary>The last day the family has to respond to the proposed amendments; counted from the notice when not recorded.</summary>
    public DateOnly? AmendmentResponseDueOn { get; init; }

    public DateOnly? FamilyResponseOn { get; init; }
    public DateOnly? AmendedPlanOn { get; init; }

    /// <summary>When the family was told the council decided not to amend the plan after all (Reg 22(4)).</summary>
    public DateOnly? NoAmendmentOn { get; init; }

    /// <summary>The day the plan arrived from another council, if it did: its first review here may be later (Reg 15(5)).</summary>
    public DateOnly? TransferredInOn { get; init; }

    /// <summary>Whether the review is due under Reg 15(5) rather than s44(1) alone: the plan came from another council and has not been reviewed here.</summary>
    public bool FirstAfterTransfer => StatutoryClock.IsFirstReviewAfterTransfer(PlanOrLastReviewOn, TransferredInOn);
}

/// <summary>The deadlines of an annual review (s44, Reg 20, Reg 22) and of a phase transfer (Reg 18).</summary>
public static class ReviewDeadlines
{
    private const string Regulations = "SEND Regulations 2014";
    private const string DevonCase = "R (L, M, P) v Devon County Council [2022] EWHC 493 (Admin)";

    /// <param name="underFiveTargetMonths">
    /// The council's target for reviewing the plan of a child under 5: none (0), 3 or 6 months (CoP 9.178). It is shown
    /// as a target beside the statutory 12 months, which still apply, and is never counted as overdue.
    /// </param>
    public static IReadOnlyList<Deadline> For(AnnualReviewDates review, DateOnly today, int underFiveTargetMonths = 0)
    {
        ArgumentNullException.ThrowIfNull(review);
        var held = review.MeetingOn is { } m && m <= today ? m : (DateOnly?)null;
        var deadlines = new List<Deadline>
        {
            AssessmentDeadlines.Make(DeadlineKind.AnnualReview, "Annual review meeting", "the annual review meeting", Party.Council,
                review.FirstAfterTransfer ? $"Children and Families Act 2014, section 44(1); {Regulations}, regulation 15(5)" : "Children and Families Act 2014, section 44(1)",
                StatutoryClock.ReviewDue(review.PlanOrLastReviewOn, review.TransferredInOn), held, today),
        };

        if (StatutoryClock.UnderFiveReviewTarget(review.PlanOrLastReviewOn, review.DateOfBirth, underFiveTargetMonths) is { } target)
        {
            deadlines.Add(AssessmentDeadlines.Make(DeadlineKind.UnderFiveReviewTarget, $"Review within {underFiveTargetMonths} months (the council's target for children under 5)",
                "the council's target for reviewing the plan of a child under 5", Party.Council, "SEND Code of Practice 2015, paragraph 9.178 (guidance)", target, held, today));
        }

        if (review.MeetingOn is { } meeting)
        {
            deadlines.Add(Reviewer(DeadlineKind.ReviewPapers, "Review meeting notice and papers sent", "the notice of the review meeting (with its papers)",
                $"{Regulations}, regulation 20(3) and (4)", StatutoryClock.ReviewPapersDue(meeting), review.PapersSentOn, today));
            if (held is not null)
            {
                deadlines.Add(Reviewer(DeadlineKind.ReviewReport, "Review meeting report sent", "the report of the review meeting",
                    $"{Regulations}, regulation 20(7)", StatutoryClock.ReviewReportDue(meeting), review.ReportSentOn, today));
                deadlines.Add(AssessmentDeadlines.Make(DeadlineKind.ReviewDecision, "Decision to keep, amend or end the plan", "the council's decision after the review",
                    Party.Council, $"{Regulations}, regulation 20(10)", StatutoryClock.ReviewDecisionDue(meeting), review.DecisionOn, today));
            }
        }

        var amending = review.Decision == ReviewDecision.Amend || review.AmendmentNoticeOn is not null;
        if (!amending)
        {
            return deadlines;
        }

        if (held is { } reviewed)
        {
            deadlines.Add(AssessmentDeadlines.Make(DeadlineKind.AmendmentNotice, "Notice of proposed amendments sent", "the notice of proposed amendments",
                Party.Council, $"{Regulations}, regulation 22(2); {DevonCase}", StatutoryClock.ReviewDecisionDue(reviewed), review.AmendmentNoticeOn, today));
        }

        if (review.AmendmentNoticeOn is { } notice)
        {
            var due = review.AmendmentResponseDueOn ?? StatutoryClock.AmendmentResponseDue(notice);
            deadlines.Add(new Deadline("Family's response to the proposed amendments", due, StatutoryClock.WindowStateOf(due, review.FamilyResponseOn, today), today)
            {
                Kind = DeadlineKind.AmendmentResponse,
                Subject = "the family's response to the proposed amendments",
                Who = Party.Family,
                LegalBasis = $"{Regulations}, regulation 22(2)(c)",
                MetOn = review.FamilyResponseOn,
            });
        }

        if (held is not null || review.AmendmentNoticeOn is not null)
        {
            // Reg 22(3) and (4) set the same 8 weeks for either outcome: the amended plan, or the decision not to amend with reasons.
            deadlines.Add(AssessmentDeadlines.Make(DeadlineKind.AmendedPlan, "Amended plan issued, or decision not to amend", "the amended plan or the decision not to amend", Party.Council,
                $"{Regulations}, regulation 22(3) and (4); {DevonCase}", StatutoryClock.AmendedPlanDue(held, review.AmendmentNoticeOn), review.AmendedPlanOn ?? review.NoAmendmentOn, today));
        }

        if (review.NoAmendmentOn is { } notAmended)
        {
            deadlines.Add(AssessmentDeadlines.Appeal(DeadlineKind.AppealAgainstNoAmendment, notAmended, null, today) with
            {
                LegalBasis = "Children and Families Act 2014, section 51(2)(e); Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, rule 20",
            });
        }

        return deadlines;
    }

    /// <summary>The plan amended to name the next school or college (Reg 18), met on the day the amended plan was issued.</summary>
    public static Deadline PhaseTransfer(PhaseTransferKind kind, DateOnly transferOn, DateOnly? planAmendedOn, DateOnly today) =>
        AssessmentDeadlines.Make(DeadlineKind.PhaseTransfer, "Plan amended to name the next school or college", "the plan naming the next school or college",
            Party.Council,
            kind switch
            {
                PhaseTransferKind.SecondaryToPostSixteen => $"{Regulations}, regulation 18(1)(a)",
                PhaseTransferKind.BetweenPostSixteenInstitutions => $"{Regulations}, regulation 18(2)",
                _ => $"{Regulations}, regulation 18(1)(b)",
            },
            StatutoryClock.PhaseTransferDue(kind, transferOn), planAmendedOn, today);

    /// <summary>The papers and the report come from whoever arranges the meeting: the school or setting the child attends (Reg 20(1)).</summary>
    private static Deadline Reviewer(DeadlineKind kind, string what, string subject, string legalBasis, DateOnly due, DateOnly? metOn, DateOnly today) =>
        AssessmentDeadlines.Make(kind, what, subject, Party.Contributor, legalBasis, due, metOn, today) with { Contributor = AdviceType.Education };
}
