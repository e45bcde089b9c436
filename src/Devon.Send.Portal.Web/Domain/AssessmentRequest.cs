namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// A request for an EHC needs assessment (Children and Families Act 2014, s36): made online by a parent, a young
/// person or a school, saved as it is written so it can be finished later, or recorded by a caseworker from a
/// request that came another way. Submitting it opens the child's record and case; the 6 weeks start that day.
/// </summary>
public sealed class AssessmentRequest
{
    public const int NameMaxLength = 100;
    public const int SettingMaxLength = 200;
    public const int TextMaxLength = 4000;

    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The account that wrote it: the parent, young person or school, or the caseworker who recorded it.</summary>
    public required string AuthorId { get; init; }

    public RequesterKind MadeBy { get; set; }
    public string? ChildGivenName { get; set; }
    public string? ChildFamilyName { get; set; }
    public DateOnly? ChildDateOfBirth { get; set; }

    /// <summary>For a request from the family: the relationship of the author to the child (<c>Self</c> for the young person).</summary>
    public string? Relationship { get; set; }

    /// <summary>The nursery, school or college the child attends, if any.</summary>
    public string? SettingName { get; set; }

    public string? Needs { get; set; }
    public string? SupportSoFar { get; set; }
    public string? HopedDifference { get; set; }
    public string? ChildViews { get; set; }

    /// <summary>For a request from a school: that the family knows about it (CoP 9.9).</summary>
    public bool FamilyKnows { get; set; }

    public bool Declaration { get; set; }

    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The day the council received it: the day it was submitted online, or the day a caseworker records.</summary>
    public DateOnly? ReceivedOn { get; set; }

    public Guid? ChildId { get; set; }
    public Guid? AssessmentCaseId { get; set; }

    public string ChildName => $"{ChildGivenName} {ChildFamilyName}".Trim();
}

public enum RequesterKind
{
    Parent,
    YoungPerson,
    SchoolOrSetting,
    Other,
}
