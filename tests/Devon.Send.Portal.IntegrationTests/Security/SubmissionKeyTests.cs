using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Demo;
using Xunit.Abstractions;

namespace Devon.Send.Portal.IntegrationTests.Security;

/// <summary>
/// Every form a person can reach from their home page, sent ten times at once as it is drawn: with its one-time key
/// every copy gets the first's answer, without it the page's own checks answer; never a 500.
/// </summary>
public sealed class SubmissionKeyTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const int PagesPerPerson = 40;

    public static TheoryData<string?> People => new() { DemoData.Caseworker.Email, DemoData.ThirdParent.Email, DemoData.Senco.Email, DemoData.Administrator.Email, DemoData.Editor.Email, null };

    [Theory]
    [MemberData(nameof(People))]
    public async Task EveryFormTheyCanReach_SentTenTimesAtOnce_WithOrWithoutItsKey_NeverGivesA500(string? email)
    {
        using var client = factory.CreatePortalClient();
        if (email is not null)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);
        }

        var failures = new List<string>();
        var forms = 0;
        // Someone signed in starts at home and leaves the public pages (the Local Offer but its editor, help) to the visitor.
        var pages = email is null
            ? await ReachablePages.WithFormsAsync(client, "/account/sign-in", PagesPerPerson, failures)
            : await ReachablePages.WithFormsAsync(client, "/home", PagesPerPerson, failures, "/local-offer", "/help");
        foreach (var url in pages)
        {
            for (var index = 0; ; index++)
            {
                if (await PostFormAtOnceAsync(client, url, index, withKey: true, failures) is not true)
                {
                    break;
                }

                await PostFormAtOnceAsync(client, url, index, withKey: false, failures);
                forms++;
            }
        }

        output.WriteLine($"{forms} forms sent as {email ?? "nobody"} from {string.Join(" ", pages)}");
        Assert.True(forms > 0);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Sends the page's form number <paramref name="index"/> ten times at once; null when the page has no such form.</summary>
    private static async Task<bool?> PostFormAtOnceAsync(PortalClient client, string url, int index, bool withKey, List<string> failures)
    {
        var (response, page) = await client.GetAsync(url);
        var form = response.StatusCode == HttpStatusCode.OK ? ReachablePages.PostForms(page).ElementAtOrDefault(index) : null;
        if (form is null)
        {
            return null;
        }

        var key = form.QuerySelector<IHtmlInputElement>("input[name=__SubmissionKey]")?.Value;
        if (!Guid.TryParse(key, out _))
        {
            failures.Add($"{url}: form {index} ({form.GetAttribute("action")}) has no one-time key");
        }

        var (target, fields) = PortalClient.FormOf(page, form, []);
        if (!withKey)
        {
            fields.RemoveAll(f => f.Key == "__SubmissionKey");
        }

        var answers = await client.PostAtOnceAsync(target, fields);
        var what = $"{target} from {url} {(withKey ? "with" : "without")} its key";
        if (answers.Any(a => (int)a.StatusCode >= 500))
        {
            failures.Add($"{what}: {string.Join(", ", answers.Select(a => (int)a.StatusCode))}");
        }
        else if (withKey && answers.Select(a => $"{(int)a.StatusCode} {a.Headers.Location}").Distinct().Count() > 1)
        {
            failures.Add($"{what}: the copies were answered differently: {string.Join(", ", answers.Select(a => $"{(int)a.StatusCode} {a.Headers.Location}"))}");
        }

        return true;
    }
}
