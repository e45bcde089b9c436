namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// One journey from a request for an EHC needs assessment to a final plan (or a refusal or closure),
/// and the plan's reviews after that. The dates are the facts; everything else is derived from them.
/// </summary>
public sealed class AssessmentCase
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChildId { get; init; }
    public Child? Child { get; init; }
    public DateOnly RequestReceivedOn { get; init; }
    public DateOnly? DecisionToAssessOn { get; set; }
    public DateOnly? RefusedOn { get; set; }
    public DateOnly? DraftPlanIssuedOn { get; set; }
    public DateOnly? FinalPlanIssuedOn { get; set; }
    public DateOnly? LastAnnualReviewOn { get; set; }
    public DateOnly? ClosedOn { get; set; }

    public List<AdviceRequest> AdviceRequests { get; } = [];
}

/// <summary>A request for advice from one contributor, due six weeks after it was made (Reg 8).</summary>
public sealed class AdviceRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AssessmentCaseId { get; init; }
    public AdviceType Type { get; init; }
    public Guid? InvitationId { get; init; }
    public DateOnly RequestedOn { get; init; }
    public DateOnly? SubmittedOn { get; set; }

    public DateOnly DueOn => StatutoryClock.AdviceDue(RequestedOn);
}

public enum AdviceType
{
    ParentOrYoungPerson,
    Education,
    Health,
    SocialCare,
    EducationalPsychology,
    PreparationForAdulthood,
}
