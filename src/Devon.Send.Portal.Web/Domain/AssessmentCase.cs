namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// One journey from a request for an EHC needs assessment to a final plan (or a refusal or closure),
/// and the plan's reviews after that. The dates are the facts; everything else is derived from them.
/// Cases run in the portal and the history imported from the council's previous system are the same rows,
/// so the performance figures are computed from one set of data.
/// </summary>
public sealed class AssessmentCase
{
    public const int ReferenceMaxLength = 40;
    public const int ClosureReasonMaxLength = 200;

    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The council's reference for the case, unique: the previous system's for imported history, generated for the portal's own.</summary>
    public string CaseReference { get; init; } = NewReference();

    /// <summary>Null for history imported from the previous system, which has no child record in the portal (so no one can open it).</summary>
    public Guid? ChildId { get; init; }

    public Child? Child { get; init; }
    public DateOnly RequestReceivedOn { get; set; }
    public DateOnly? DecisionToAssessOn { get; set; }
    public DateOnly? RefusedOn { get; set; }
    public DateOnly? DraftPlanIssuedOn { get; set; }
    public DateOnly? FinalPlanIssuedOn { get; set; }
    public DateOnly? LastAnnualReviewOn { get; set; }
    public DateOnly? ClosedOn { get; set; }

    /// <summary>Why a case closed without a plan or ended (for example "withdrawn", "moved_away"), as the council records it.</summary>
    public string? ClosureReason { get; set; }

    /// <summary>When the case was last written by an import of case history; null for the portal's own cases.</summary>
    public DateTimeOffset? ImportedAt { get; set; }

    public List<AdviceRequest> AdviceRequests { get; } = [];

    /// <summary>Exceptions to the 16- and 20-week limits relied on for this case; a case with one is left out of the timeliness figure.</summary>
    public List<TimescaleException> TimescaleExceptions { get; } = [];

    /// <summary>The plan's annual reviews, once there is a final plan.</summary>
    public List<AnnualReview> AnnualReviews { get; } = [];

    /// <summary>
    /// Dates the case for a plan version issued on <paramref name="day"/>: the latest draft dates the draft plan; the
    /// first final plan dates the final plan, which a later one never moves. Amendments leave the case's dates alone.
    /// </summary>
    public void RecordPlanIssued(PlanVersionKind kind, DateOnly day)
    {
        if (kind == PlanVersionKind.Draft)
        {
            DraftPlanIssuedOn = day;
        }
        else if (kind == PlanVersionKind.Final)
        {
            FinalPlanIssuedOn ??= day;
        }
    }

    /// <summary>A reference for a case opened in the portal: "DSP-" and eight characters that cannot be misread.</summary>
    public static string NewReference()
    {
        const string alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        return "DSP-" + System.Security.Cryptography.RandomNumberGenerator.GetString(alphabet, 8);
    }
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

    /// <summary>Who asked, and when they recorded it; null for requests made before the portal recorded them.</summary>
    public string? RequestedById { get; init; }

    public DateTimeOffset? RequestedAt { get; init; }

    /// <summary>Who submitted the advice and when; once set the advice is final.</summary>
    public string? SubmittedById { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>When the contributor last saved their draft.</summary>
    public DateTimeOffset? DraftSavedAt { get; set; }

    public List<AdviceSection> Sections { get; } = [];
    public List<AdviceAttachment> Attachments { get; } = [];

    public DateOnly DueOn => StatutoryClock.AdviceDue(RequestedOn);

    public bool IsSubmitted => SubmittedOn is not null;
}

/// <summary>
/// The advice for one plan section it informs. A draft while the request is open; final, never changed again,
/// once the advice is submitted.
/// </summary>
public sealed class AdviceSection
{
    public const int MaxTextLength = 20_000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AdviceRequestId { get; init; }
    public required string SectionCode { get; init; }
    public required string Text { get; set; }
}

/// <summary>A file given with advice (a report, a letter, a photograph), kept outside the web root by an attachment store.</summary>
public sealed class AdviceAttachment
{
    public const int FileNameMaxLength = 120;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AdviceRequestId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Length { get; init; }

    /// <summary>SHA-256 of the content, in lower-case hex, so a file can be shown to be the one given.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Where the attachment store keeps it; never shown.</summary>
    public required string StorageKey { get; init; }

    public required string UploadedById { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
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
