namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// One annual review of a plan (s44, Reg 20–22): arranged for a date, the views and advice gathered before it, the
/// meeting's record and report, the council's decision, and for an amendment the notice and the amended plan, which
/// the plan store issues. The dates are the facts the statutory clock reads.
/// </summary>
public sealed class AnnualReview
{
    public const int TextMaxLength = 4_000;
    public const int AttendeesMaxLength = 1_000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AssessmentCaseId { get; init; }

    /// <summary>1 for the plan's first review, and so on.</summary>
    public int Number { get; init; }

    /// <summary>The final plan's issue or the last review meeting: the review is due within 12 months of it (6 for under-5s).</summary>
    public DateOnly PlanOrLastReviewOn { get; init; }

    public DateOnly MeetingOn { get; set; }
    public required string ArrangedById { get; init; }
    public DateTimeOffset ArrangedAt { get; init; }

    /// <summary>When the notice of the meeting and the advice and views gathered went to everyone invited (2 weeks before it).</summary>
    public DateOnly? PapersSentOn { get; set; }

    /// <summary>Set once the meeting has been held and its record written.</summary>
    public DateTimeOffset? MeetingRecordedAt { get; set; }

    public string? Attendees { get; set; }
    public string? Discussion { get; set; }
    public ReviewDecision? Recommendation { get; set; }
    public DateOnly? ReportSentOn { get; set; }

    public ReviewDecision? Decision { get; set; }
    public DateOnly? DecisionOn { get; set; }
    public string? DecisionReasons { get; set; }
    public string? DecidedById { get; set; }

    /// <summary>When the proposed amendments were issued: the notice (Reg 22(2)).</summary>
    public DateOnly? AmendmentNoticeOn { get; set; }

    /// <summary>The last day the family has to respond to the proposed amendments, from the day they were served.</summary>
    public DateOnly? AmendmentResponseDueOn { get; set; }

    public DateOnly? FamilyResponseOn { get; set; }
    public DateOnly? AmendedPlanOn { get; set; }

    /// <summary>When the family was told that, after its proposed amendments, the council decided not to amend the plan (Reg 22(4)).</summary>
    public DateOnly? NoAmendmentOn { get; set; }

    /// <summary>The council's reasons for not amending, as the family is told them (Reg 22(4)).</summary>
    public string? NoAmendmentReasons { get; set; }

    /// <summary>Proposed amendments have been sent and neither the amended plan nor a decision not to amend has followed.</summary>
    public bool AwaitsAmendmentOutcome => AmendmentNoticeOn is not null && AmendedPlanOn is null && NoAmendmentOn is null;

    /// <summary>The review is over: kept, ended, or amended and the amended plan issued.</summary>
    public DateOnly? CompletedOn { get; set; }

    public List<ReviewContribution> Contributions { get; } = [];

    public bool MeetingRecorded => MeetingRecordedAt is not null;

    /// <param name="transferredInOn">The day the plan arrived from another council, if it did (Reg 15(5)).</param>
    public AnnualReviewDates Dates(DateOnly dateOfBirth, DateOnly? transferredInOn = null) => new(PlanOrLastReviewOn, dateOfBirth)
    {
        TransferredInOn = transferredInOn,
        MeetingOn = MeetingOn,
        PapersSentOn = PapersSentOn,
        ReportSentOn = ReportSentOn,
        DecisionOn = DecisionOn,
        Decision = Decision,
        AmendmentNoticeOn = AmendmentNoticeOn,
        AmendmentResponseDueOn = AmendmentResponseDueOn,
        FamilyResponseOn = FamilyResponseOn,
        AmendedPlanOn = AmendedPlanOn,
        NoAmendmentOn = NoAmendmentOn,
    };

    /// <summary>Dates the review when its proposed amendments (the notice) or the amended plan are issued.</summary>
    public void RecordVersionIssued(PlanVersionKind kind, DateOnly day, DateOnly? respondBy = null)
    {
        if (kind == PlanVersionKind.AmendmentDraft && AmendmentNoticeOn is null)
        {
            AmendmentNoticeOn = day;
            AmendmentResponseDueOn = respondBy ?? StatutoryClock.AmendmentResponseDue(day);
        }
        else if (kind == PlanVersionKind.AmendedFinal && AmendmentNoticeOn is not null)
        {
            AmendedPlanOn = day;
            CompletedOn = day;
        }
    }

    /// <summary>
    /// Records the decision, after proposing amendments, not to amend the plan, notified with reasons on <paramref name="day"/>
    /// (Reg 22(4)): it ends the review, as the amended plan would have, and the family may appeal it (s51(2)(e)).
    /// </summary>
    public void RecordNoAmendment(DateOnly day, string reasons)
    {
        if (!AwaitsAmendmentOutcome)
        {
            throw new InvalidOperationException("A decision not to amend follows proposed amendments that have not yet led to an amended plan.");
        }

        NoAmendmentOn = day;
        NoAmendmentReasons = reasons.Trim();
        CompletedOn = day;
    }

    /// <summary>The family's first response to proposed amendments meets their 15 days (Reg 22(2)(c)).</summary>
    public void RecordFamilyResponse(DateOnly day) => FamilyResponseOn ??= day;

    public static string Describe(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Keep => "Keep the plan as it is",
        ReviewDecision.Amend => "Amend the plan",
        _ => "Stop maintaining the plan",
    };
}
