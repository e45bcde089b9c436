using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace Devon.Send.Portal.IntegrationTests.Security;

/// <summary>
/// The pages a person reaches by following links from where they start, breadth first, and the forms on them that
/// post. Pages named by an id are visited once per kind (one child's plan, not every child's); other pages (the Local
/// Offer, help) a few per area. Downloads, attachments and signing out are not followed.
/// </summary>
public static partial class ReachablePages
{
    private static readonly string[] EndsTheSession = ["sign-out", "keep-alive", "SignOutEverywhere"];

    /// <summary>The pages with at least one form that posts, in the order they were found; any page that answered 5xx is added to <paramref name="failures"/>.</summary>
    public static async Task<List<string>> WithFormsAsync(PortalClient client, string start, int maxPages, List<string> failures, params string[] leave)
    {
        var queue = new Queue<string>([start]);
        var seenPatterns = new HashSet<string> { Pattern(start) };
        var perArea = new Dictionary<string, int>();
        var withForms = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < maxPages)
        {
            var url = queue.Dequeue();
            var (response, page) = await client.GetAsync(url);
            visited++;
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"GET {url}: {(int)response.StatusCode}");
            }

            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            if (PostForms(page).Any())
            {
                withForms.Add(url);
            }

            foreach (var href in page.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!.Split('#')[0]))
            {
                if (href.StartsWith("//", StringComparison.Ordinal) || href.Length < 2 || NotFollowed(href, leave))
                {
                    continue;
                }

                var pattern = Pattern(href.Split('?')[0]);
                var area = string.Join('/', pattern.Split('/').Take(2)) + "|" + pattern.Count(c => c == '/');
                if (seenPatterns.Add(pattern) && (pattern.Contains("{id}", StringComparison.Ordinal) || (perArea[area] = perArea.GetValueOrDefault(area) + 1) <= 4))
                {
                    queue.Enqueue(href);
                }
            }
        }

        return withForms;
    }

    /// <summary>The forms of the page that post, but those that would end the session the rest of a test runs in.</summary>
    public static IEnumerable<IHtmlFormElement> PostForms(IHtmlDocument page) =>
        page.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
            .Where(f => f.GetAttribute("action") is not { } action || !EndsTheSession.Any(a => action.Contains(a, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The path with every id and number replaced, so that pages of one kind count once.</summary>
    public static string Pattern(string path) => Identifier().Replace(path, "{id}");

    private static bool NotFollowed(string href, string[] leave) =>
        (leave.Any(l => href.StartsWith(l, StringComparison.Ordinal)) && !href.StartsWith("/local-offer/editor", StringComparison.Ordinal))
        || href.Contains("sign-out", StringComparison.Ordinal) || href.Contains("/attachments/", StringComparison.Ordinal)
        || href.Contains("download", StringComparison.Ordinal) || href.Contains("export", StringComparison.Ordinal);

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<=/)\d+(?=/|$)")]
    private static partial Regex Identifier();
}
