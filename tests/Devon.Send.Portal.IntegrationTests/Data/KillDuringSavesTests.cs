using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.Demo;
using Microsoft.Data.Sqlite;

namespace Devon.Send.Portal.IntegrationTests.Data;

/// <summary>
/// The portal killed (SIGKILL) while caseworkers' section saves are arriving, then started again on the same
/// SQLite file: every save it said was done is there, and every plan's history still checks out.
/// </summary>
public sealed class KillDuringSavesTests : IDisposable
{
    private const int Writers = 8;
    private const int AcknowledgedBeforeKill = 40;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-kill-" + Guid.NewGuid().ToString("N"));

    private sealed record Save(Guid ChildId, string Section, int Number, string Marker);

    [Fact]
    public async Task Killing_the_portal_during_concurrent_section_saves_loses_no_acknowledged_save_and_leaves_every_hash_chain_valid()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "local-offer"));
        var cookies = new CookieContainer();
        var acknowledged = new ConcurrentBag<Save>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Exception?[] endings;

        await using (var portal = await PortalProcess.StartAsync(_folder))
        {
            using var client = Client(portal, cookies);
            await client.SignInAsync(DemoData.Caseworker);

            // Each writer keeps saving one section of one plan, so the saves never conflict with each other.
            var targets = await WritableSectionsAsync(client);
            Assert.True(targets.Count >= Writers, $"The caseworker can write only {targets.Count} sections.");
            var writers = targets.Take(Writers).Select(async target =>
            {
                for (var n = 1; ; n++)
                {
                    var marker = $"save{n}x{Guid.NewGuid():N}";
                    try
                    {
                        var (_, form) = await client.GetAsync($"/children/{target.ChildId}/plan/sections/{target.Section.ToLowerInvariant()}/edit");
                        var (response, page) = await client.SubmitAsync(form, new Dictionary<string, string>
                        {
                            ["Form.Text"] = $"Advice received {marker}",
                            ["Form.NoneIdentified"] = "false",
                            ["Reason"] = "Advice received",
                        }, "main form[method=post]");
                        if (response.StatusCode != HttpStatusCode.Redirect)
                        {
                            throw new InvalidOperationException($"Save {n} of section {target.Section} was not accepted ({(int)response.StatusCode}): {page.QuerySelector(".govuk-error-summary")?.TextContent.Trim()}");
                        }

                        acknowledged.Add(target with { Number = n, Marker = marker });
                        if (acknowledged.Count >= AcknowledgedBeforeKill)
                        {
                            enough.TrySetResult();
                        }
                    }
                    catch (HttpRequestException e)
                    {
                        // The portal has gone: this writer's last save may or may not have been made, and was never acknowledged.
                        return (Exception?)e;
                    }
                    catch (InvalidOperationException e)
                    {
                        enough.TrySetException(e);
                        return e;
                    }
                }
            }).ToList();

            await enough.Task.WaitAsync(TimeSpan.FromMinutes(2));
            await portal.KillAsync();
            endings = await Task.WhenAll(writers);
        }

        // Every writer was still saving when the portal was killed.
        Assert.All(endings, e => Assert.IsType<HttpRequestException>(e));
        var saves = acknowledged.ToList();
        Assert.True(saves.Count >= AcknowledgedBeforeKill);

        await using (var restarted = await PortalProcess.StartAsync(_folder))
        {
            using var client = Client(restarted, cookies);
            // Still signed in (the key ring is in the database too), the caseworker finds each section showing its last
            // acknowledged save, or a later one whose answer the kill cut off.
            foreach (var last in saves.GroupBy(s => (s.ChildId, s.Section)).Select(g => g.MaxBy(s => s.Number)!))
            {
                var (response, plan) = await client.GetAsync($"/children/{last.ChildId}/plan");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var shown = Regex.Match(plan.QuerySelector($"#section-{last.Section.ToLowerInvariant()}")?.TextContent ?? "", @"Advice received save(\d+)x");
                Assert.True(shown.Success && int.Parse(shown.Groups[1].Value, CultureInfo.InvariantCulture) >= last.Number, $"Section {last.Section} of {last.ChildId} shows \"{shown.Value}\", not save {last.Number}.");
            }

            var missing = saves.Where(s => !SavedInDatabase(s)).Select(s => $"{s.Section} of {s.ChildId}: {s.Marker}").ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} of {saves.Count} acknowledged saves are missing:\n{string.Join('\n', missing)}");
        }

        var verified = await PortalCommand.RunAsync(PortalProcess.ConnectionString(_folder), "verify-plans");
        Assert.True(verified.ExitCode == 0, verified.Output + verified.Errors);
        Assert.Contains("plans are intact", verified.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static PortalClient Client(PortalProcess portal, CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = portal.Address });

    /// <summary>The free-text sections (J and K) of every plan whose edit page the caseworker may open.</summary>
    private async Task<List<Save>> WritableSectionsAsync(PortalClient client)
    {
        var children = new List<Guid>();
        await using (var connection = new SqliteConnection($"{PortalProcess.ConnectionString(_folder)};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT DISTINCT ChildId FROM Plans ORDER BY ChildId";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                children.Add(Guid.Parse(reader.GetString(0)));
            }
        }

        var sections = new List<Save>();
        foreach (var child in children)
        {
            foreach (var section in new[] { "K", "J" })
            {
                var (response, _) = await client.GetAsync($"/children/{child}/plan/sections/{section.ToLowerInvariant()}/edit");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    sections.Add(new Save(child, section, 0, ""));
                }
            }
        }

        return sections;
    }

    private bool SavedInDatabase(Save save)
    {
        using var connection = new SqliteConnection($"{PortalProcess.ConnectionString(_folder)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*) FROM SectionRevisions r JOIN Plans p ON p.Id = r.PlanId
            WHERE p.ChildId = $child AND r.SectionCode = $section AND r.Content LIKE '%' || $marker || '%'
            """;
        command.Parameters.AddWithValue("$child", save.ChildId.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$section", save.Section);
        command.Parameters.AddWithValue("$marker", save.Marker);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }
}
