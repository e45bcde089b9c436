namespace Devon.Send.Portal.Web.Security;

/// <summary>What a page can need on the child its address names, beyond seeing the record.</summary>
public enum ChildAction
{
    View,
    Manage,
    DecideFamilyAccess,
    SeeWhoHasLooked,
    RespondToDraft,
    DownloadData,

    /// <summary>Records what the family did about a decision (mediation): the family member who holds the rights, or the caseworker for them.</summary>
    RecordMediation,

    /// <summary>Gives the family's views on a proposal to cease the plan: the family member who holds the rights, or the caseworker for them.</summary>
    GiveViewsOnCeasing,
}

/// <summary>What the signed-in person may do with one child, from <see cref="ChildAccess.PermissionsAsync"/>.</summary>
public sealed record ChildPermissions(
    bool CanView,
    bool CanManage,
    bool CanDecideFamilyAccess,
    bool CanSeeWhoHasLooked,
    bool CanRespondToDraft,
    bool CanDownloadData,
    bool CanOverrideQualityCheck,
    IReadOnlySet<string> WritableSections)
{
    public static ChildPermissions None { get; } = new(false, false, false, false, false, false, false, new HashSet<string>());

    public bool Has(ChildAction permission) => CanView && permission switch
    {
        ChildAction.View => true,
        ChildAction.Manage => CanManage,
        ChildAction.DecideFamilyAccess => CanDecideFamilyAccess,
        ChildAction.SeeWhoHasLooked => CanSeeWhoHasLooked,
        ChildAction.RespondToDraft => CanRespondToDraft,
        ChildAction.DownloadData => CanDownloadData,
        ChildAction.RecordMediation or ChildAction.GiveViewsOnCeasing => CanRespondToDraft || CanManage,
        _ => false,
    };

    public bool CanWrite(string sectionCode) => WritableSections.Contains(sectionCode);

    /// <summary>The young person reading about themselves: pages say "your plan", not their name in the third person.</summary>
    public bool ReaderIsTheChild { get; init; }

    /// <summary>"your" for the young person themselves, otherwise "Leo Carter's".</summary>
    public string Whose(string childName) => ChildName.Whose(childName, ReaderIsTheChild);

    /// <summary>"Your" for the young person themselves, otherwise "Leo Carter's", to start a heading or sentence.</summary>
    public string WhoseAtStart(string childName) => ChildName.WhoseAtStart(childName, ReaderIsTheChild);

    /// <summary>"you" for the young person themselves, otherwise the name.</summary>
    public string Who(string childName) => ReaderIsTheChild ? "you" : childName;
}

public static class ChildPermissionsHttpContextExtensions
{
    /// <summary>The permissions the child filter worked out for this request's child, before any handler ran.</summary>
    public static ChildPermissions ChildPermissions(this HttpContext context) =>
        context.Features.Get<ChildPermissions>()
        ?? throw new InvalidOperationException("Only a page whose address names a child ({childId}) has child permissions.");
}
