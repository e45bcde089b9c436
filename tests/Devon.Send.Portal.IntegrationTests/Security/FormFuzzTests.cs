using System.Net;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Devon.Send.Portal.IntegrationTests.Security;

/// <summary>
/// Every form a person can reach, posted with what no form sends: very long text with control and direction
/// characters, a 23-digit number in every field, missing fields, every field twice, a
/// NUL byte. As every role and as nobody. No answer may be a server error, and afterwards the database must be
/// whole: no broken references, no NUL stored, every plan's history intact.
/// </summary>
public sealed class FormFuzzTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const int MaxPagesPerCaller = 120;

    private static readonly string Hostile = new string('Ʃ', 5_000) + "\u0001\u0007\u001b[31m\u202Egnp.exe\u200B\u200B<script>alert(1)</script>' OR '1'='1 --";

    private sealed record Variant(string Name, Func<string, string, IEnumerable<KeyValuePair<string, string>>> Fields, bool OnlyProtected = false);

    private static readonly Variant[] Variants =
    [
        new("long text with control and direction characters", (name, _) => [new(name, Hostile)]),
        new("a huge negative number", (name, _) => [new(name, "-99999999999999999999999")]),
        new("every field twice", (name, value) => [new(name, value), new(name, "x")]),
        new("only the anti-forgery token", (_, _) => [], OnlyProtected: true),
        new("a NUL byte in every field", (name, value) => [new(name, value + "\0")]),
    ];

    private sealed record Target(string PageUrl, int FormIndex, string? Submitter, string Action);

    [Fact]
    public async Task Every_form_posted_with_hostile_values_by_every_role_never_fails_and_leaves_the_database_whole()
    {
        // Nobody first, the administrator last: an administrator's form may turn off another account.
        var callers = DemoData.Accounts.OrderBy(a => a == DemoData.Administrator).Select(a => (DemoData.Account?)a).Prepend(null).ToList();
        var failures = new List<string>();
        int targets = 0, posts = 0;

        foreach (var caller in callers)
        {
            var who = caller?.Role ?? "Anonymous";
            using var client = factory.CreatePortalClient();
            if (caller is not null)
            {
                await client.SignInAsync(caller);
            }

            var found = await TargetsAsync(client, caller is null ? "/" : "/home", failures, who);
            targets += found.Count;
            foreach (var target in found)
            {
                foreach (var variant in Variants)
                {
                    // Each post starts from a freshly rendered form, as a person's would.
                    var (_, page) = await client.GetAsync(target.PageUrl);
                    var form = ReachablePages.PostForms(page).ElementAtOrDefault(target.FormIndex);
                    if (form is null)
                    {
                        break;
                    }

                    var (response, sentNul) = await PostAsync(client, page, form, target, variant);
                    posts++;
                    var status = (int)response.StatusCode;
                    if (status >= 500)
                    {
                        failures.Add($"{who} POST {target.Action} ({variant.Name}): {status}");
                    }
                    else if (sentNul && response.StatusCode != HttpStatusCode.BadRequest)
                    {
                        failures.Add($"{who} POST {target.Action} ({variant.Name}): {status}, not 400");
                    }

                    if (caller is not null && (await client.Http.GetAsync(new Uri("/home", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
                    {
                        // A form may end the session (sign out everywhere); carry on as the same person.
                        await client.SignInAsync(caller);
                    }
                }
            }

            output.WriteLine($"{who}: {found.Count} forms and buttons");
        }

        output.WriteLine($"{targets} forms and buttons, {posts} hostile posts");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Distinct().Take(60)));
        Assert.True(targets > 100, $"only {targets} forms were found: the crawl is not reaching the pages");
        await AssertDatabaseIsWholeAsync();
    }

    /// <summary>Every form and every button with its own action on the pages the person reaches, each kind once.</summary>
    private static async Task<List<Target>> TargetsAsync(PortalClient client, string start, List<string> failures, string who)
    {
        var problems = new List<string>();
        var pages = await ReachablePages.WithFormsAsync(client, start, MaxPagesPerCaller, problems);
        failures.AddRange(problems.Select(p => $"{who} {p}"));
        var seenForms = new HashSet<string>();
        var targets = new List<Target>();
        foreach (var url in pages)
        {
            var (_, page) = await client.GetAsync(url);
            var forms = ReachablePages.PostForms(page).ToList();
            for (var i = 0; i < forms.Count; i++)
            {
                var submitters = forms[i].QuerySelectorAll("button[formaction], input[type=submit][formaction]").Select(b => b.GetAttribute("formaction")).ToList();
                foreach (var submitter in submitters.Prepend(null))
                {
                    var action = new Uri(new Uri(page.Url), submitter ?? forms[i].GetAttribute("action") ?? "").PathAndQuery;
                    var fields = string.Join(',', Fields(forms[i]).Select(f => f.Key).Distinct().Order(StringComparer.Ordinal));
                    if (seenForms.Add(ReachablePages.Pattern(action) + "|" + fields))
                    {
                        targets.Add(new Target(url, i, submitter, action));
                    }
                }
            }
        }

        return targets;
    }

    private static async Task<(HttpResponseMessage Response, bool SentNul)> PostAsync(PortalClient client, IHtmlDocument page, IHtmlFormElement form, Target target, Variant variant)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in Fields(form))
        {
            if (IsProtected(name))
            {
                fields.Add(new(name, value));
            }
            else if (!variant.OnlyProtected)
            {
                fields.AddRange(variant.Fields(name, value));
            }
        }

        var action = new Uri(new Uri(page.Url), target.Submitter ?? form.GetAttribute("action") ?? "").PathAndQuery;
        using var content = new FormUrlEncodedContent(fields);
        return (await client.Http.PostAsync(new Uri(action, UriKind.Relative), content), fields.Any(f => f.Value.Contains('\0', StringComparison.Ordinal)));
    }

    /// <summary>Every named field of the form once (a radio group or a checkbox list once per name), as it was rendered.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        var seen = new HashSet<string>();
        foreach (var element in form.Elements)
        {
            var (name, value) = element switch
            {
                IHtmlInputElement { Name.Length: > 0 } input when input.Type is not ("submit" or "file" or "button") => (input.Name!, input.Value),
                IHtmlTextAreaElement { Name.Length: > 0 } textArea => (textArea.Name!, textArea.Value),
                IHtmlSelectElement { Name.Length: > 0 } select => (select.Name!, select.Value),
                IHtmlButtonElement { Name.Length: > 0 } button => (button.Name!, button.Value),
                _ => (null, null),
            };
            if (name is not null && seen.Add(name))
            {
                yield return new(name, value ?? "");
            }
        }
    }

    /// <summary>The fields the portal itself puts in a form to check where it came from; the fuzz leaves them alone.</summary>
    private static bool IsProtected(string name) => name.StartsWith("__", StringComparison.Ordinal);

    private async Task AssertDatabaseIsWholeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", await check.ExecuteScalarAsync());
            check.CommandText = "PRAGMA foreign_key_check";
            await using var broken = await check.ExecuteReaderAsync();
            Assert.False(await broken.ReadAsync(), "a row refers to one that does not exist");
        }

        var textColumns = new List<(string Table, string Column)>();
        await using (var tables = connection.CreateCommand())
        {
            tables.CommandText = "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND upper(p.type) = 'TEXT'";
            await using var reader = await tables.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                textColumns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in textColumns)
        {
            await using var nul = connection.CreateCommand();
            nul.CommandText = $"SELECT count(*) FROM \"{table}\" WHERE instr(\"{column}\", char(0)) > 0";
            Assert.True((long)(await nul.ExecuteScalarAsync())! == 0, $"{table}.{column} holds a NUL character");
        }

        using var verification = new StringWriter();
        var result = await scope.ServiceProvider.GetRequiredService<PlanVerification>().RunAsync(verification);
        Assert.True(result == 0, verification.ToString());
    }

}
