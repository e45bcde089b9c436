namespace Devon.Send.Portal.Web.Domain;

/// <summary>A request for advice from one contributor, due six weeks after it was made (Reg 8).</summary>
public sealed class AdviceRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AssessmentCaseId { get; init; }
    public AdviceType Type { get; init; }
    public Guid? InvitationId { get; init; }
    public DateOnly RequestedOn { get; init; }
    public DateOnly? SubmittedOn { get; set; }

    /// <summary>Who asked, and when they recorded it; null for requests made before the portal recorded them.</summary>
    public string? RequestedById { get; init; }

    public DateTimeOffset? RequestedAt { get; init; }

    /// <summary>Who submitted the advice and when; once set the advice is final.</summary>
    public string? SubmittedById { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The last day the caseworker reminded the contributor, which the family is shown.</summary>
    public DateOnly? ChasedOn { get; set; }

    /// <summary>When the contributor last saved their draft.</summary>
    public DateTimeOffset? DraftSavedAt { get; set; }

    public List<AdviceSection> Sections { get; } = [];
    public List<AdviceAttachment> Attachments { get; } = [];

    public DateOnly DueOn => StatutoryClock.AdviceDue(RequestedOn);

    public bool IsSubmitted => SubmittedOn is not null;
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
