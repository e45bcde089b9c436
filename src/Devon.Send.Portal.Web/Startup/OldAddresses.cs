using System.Text.RegularExpressions;

namespace Devon.Send.Portal.Web.Startup;

/// <summary>
/// Addresses that moved when pages were grouped by what they are about rather than by who uses them. Emails and
/// notifications already sent carry the old ones, so each answers with a permanent redirect to where the page is
/// now (308 for a form post, so the post is not lost). One naming a child first checks that the person may see it,
/// like the page itself, so an old address gives nothing away.
/// </summary>
public static partial class OldAddresses
{
    public static IReadOnlyList<(string Old, string New)> Moves { get; } =
    [
        ("cases/new-requests", "requests/incoming"),
        ("cases/record-request", "requests/incoming/record"),
        ("cases/{childId:guid}/decision", "children/{childId}/case/decision"),
        ("cases/{childId:guid}/exception", "children/{childId}/case/exception"),
        ("cases/{childId:guid}/ask-for-advice", "children/{childId}/advice/ask"),
        ("cases/{childId:guid}/review/arrange", "children/{childId}/reviews/arrange"),
        ("cases/{childId:guid}/review/meeting", "children/{childId}/reviews/meeting"),
        ("cases/{childId:guid}/review/decision", "children/{childId}/reviews/decision"),
        ("cases/{childId:guid}/invite-family", "children/{childId}/access/invite-family"),
        ("cases/{childId:guid}/invite-professional", "children/{childId}/access/invite-professional"),
        ("cases/{childId:guid}/invitation-sent", "children/{childId}/access/invitation-sent"),
        ("children/{childId:guid}/people", "children/{childId}/access"),
        ("children/{childId:guid}/family-access", "children/{childId}/access/family-access"),
        ("children/{childId:guid}/who-has-looked", "children/{childId}/access/who-has-looked"),
        ("children/{childId:guid}/remove-access/{invitationId:guid}", "children/{childId}/access/remove/{invitationId}"),
    ];

    public static IEndpointRouteBuilder MapOldAddresses(this IEndpointRouteBuilder app)
    {
        foreach (var (old, now) in Moves)
        {
            app.MapMethods(old, [HttpMethods.Get, HttpMethods.Post], (HttpContext context, ChildAccess access) => RedirectAsync(context, access, now))
                .RequireAuthorization(PortalPolicies.SignedIn)
                .WithDisplayName($"Moved: /{old}");
        }

        return app;
    }

    private static async Task<IResult> RedirectAsync(HttpContext context, ChildAccess access, string now)
    {
        var route = context.Request.RouteValues;
        if (route.TryGetValue("childId", out var raw)
            && !(Guid.TryParse(raw?.ToString(), out var childId) && (await access.PermissionsAsync(context.User, childId, context.RequestAborted)).CanView))
        {
            return Results.NotFound();
        }

        var target = "/" + RouteParameter().Replace(now, m => Uri.EscapeDataString(route[m.Groups[1].Value]?.ToString() ?? "")) + context.Request.QueryString;
        return Results.Redirect(target, permanent: true, preserveMethod: HttpMethods.IsPost(context.Request.Method));
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex RouteParameter();
}
