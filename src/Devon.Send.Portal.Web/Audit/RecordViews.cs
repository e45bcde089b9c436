namespace Devon.Send.Portal.Web.Audit;

/// <summary>One logged look at a child's record: the page is the page's path, as the view filter wrote it.</summary>
public sealed record RecordView(DateTimeOffset At, string? PersonId, string? Name, string? Roles, string? Organisation, string Page);

/// <summary>What one person looked at on one day, in the words a family reads.</summary>
public sealed record DayOfViews(DateOnly Day, string? PersonId, string Who, string Role, IReadOnlyList<(string What, int Times)> Looked)
{
    public int Times => Looked.Sum(l => l.Times);

    /// <summary>"Priya Shah, SEND caseworker, Devon County Council, looked at the plan 4 times and the case once on 3 December 2026."</summary>
    public string Sentence => $"{Who}{(Role.Length > 0 ? $", {Role}," : "")} looked at {RecordViews.List(Looked.Select(l => $"{l.What} {RecordViews.TimesText(l.Times)}"))} on {Day.ToUkDate()}.";
}

/// <summary>
/// Who looked at a child's record, grouped by person and day, in plain words: the family's "who has looked" page and
/// their download read it the same way.
/// </summary>
public static class RecordViews
{
    /// <summary>Pages by the part of the record they show; the longest matching path wins. Older addresses are kept, as the log keeps them.</summary>
    private static readonly (string Path, string What)[] Pages =
    [
        ("/Children/Plan/Versions/Comments", "comments on the draft plan"),
        ("/Children/Plan/Versions/SectionComments", "comments on the draft plan"),
        ("/Children/Plan/Versions/Responses", "the family's response to the draft plan"),
        ("/Children/Plan/Versions/Response", "the family's response to the draft plan"),
        ("/Children/Plan/Versions", "an issued version of the plan"),
        ("/Children/Plan/History", "the plan's history"),
        ("/Children/Plan/Compare", "a comparison of versions of the plan"),
        ("/Children/Plan/Issue", "the page for issuing the plan"),
        ("/Children/Plan", "the plan"),
        ("/Children/Advice/Attachment", "a file sent with advice"),
        ("/Children/Advice", "the advice for the assessment"),
        ("/Children/Reviews", "the annual review"),
        ("/Children/Case", "the case"),
        ("/Children/Access/InviteFamily", "the page for inviting a family member"),
        ("/Children/Access/InviteProfessional", "the page for inviting a professional"),
        ("/Children/Access/WhoHasLooked", "this list of who has looked"),
        ("/Children/Access", "who can see the record"),
        ("/Children/YourData", "the page for downloading the record"),
        // The addresses the log kept before the pages moved to one folder per feature.
        ("/Cases/InviteFamily", "the page for inviting a family member"),
        ("/Cases/InviteProfessional", "the page for inviting a professional"),
        ("/Cases/InvitationSent", "who can see the record"),
        ("/Cases/ArrangeReview", "the annual review"),
        ("/Cases/ReviewMeeting", "the annual review"),
        ("/Cases/ReviewDecision", "the annual review"),
        ("/Cases/AskForAdvice", "the advice for the assessment"),
        ("/Cases", "the case"),
        ("/Children/Plan/Comments", "comments on the draft plan"),
        ("/Children/Plan/SectionComments", "comments on the draft plan"),
        ("/Children/Plan/Response", "the family's response to the draft plan"),
        ("/Children/Plan/Responses", "the family's response to the draft plan"),
        ("/Children/Plan/Version", "an issued version of the plan"),
        ("/Children/WhoHasLooked", "this list of who has looked"),
        ("/Children/People", "who can see the record"),
        ("/Children/FamilyAccess", "who can see the record"),
        ("/Children/RemoveAccess", "who can see the record"),
        ("/Children/ReviewViews", "the annual review"),
        ("/Children/Reviews", "the annual review"),
        ("/Children", "the plan"),
    ];

    /// <summary>"the plan": what a logged page showed, never its internal name.</summary>
    public static string WhatWasLookedAt(string page)
    {
        foreach (var (path, what) in Pages.OrderByDescending(p => p.Path.Length))
        {
            if (page.Equals(path, StringComparison.OrdinalIgnoreCase) || page.StartsWith(path + "/", StringComparison.OrdinalIgnoreCase))
            {
                return what;
            }
        }

        return "the record";
    }

    /// <summary>Newest day first; within a day, the person who looked most recently first; what they looked at in the order they first did.</summary>
    public static IReadOnlyList<DayOfViews> ByPersonAndDay(IEnumerable<RecordView> views) =>
        [.. views
            .GroupBy(v => (Day: DateOnly.FromDateTime(v.At.ToUkTime().DateTime), Person: v.PersonId ?? v.Name ?? ""))
            .Select(g =>
            {
                var latest = g.MaxBy(v => v.At)!;
                var looked = g.OrderBy(v => v.At).GroupBy(v => WhatWasLookedAt(v.Page)).Select(w => (w.Key, w.Count())).ToList();
                return (Latest: latest.At, Group: new DayOfViews(g.Key.Day, latest.PersonId, latest.Name ?? "Someone whose name was not recorded", RoleOf(latest), looked));
            })
            .OrderByDescending(x => x.Latest)
            .Select(x => x.Group)];

    /// <summary>"SEND caseworker, Devon County Council".</summary>
    public static string RoleOf(RecordView view) =>
        string.Join(", ", new[] { string.Join(", ", (view.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(PortalRoles.DisplayName)), view.Organisation ?? "" }
            .Where(p => p.Length > 0));

    public static string TimesText(int times) => times switch
    {
        1 => "once",
        2 => "twice",
        _ => $"{times} times",
    };

    /// <summary>"a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} and {all[^1]}";
    }
}
