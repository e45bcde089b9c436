using Devon.Send.Portal.Web.Demo;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public sealed class LocalOfferTests(PortalBrowser portal)
{
    /// <summary>
    /// Visits every Local Offer page a reader can reach by following links from its front page, and from a search
    /// and a filtered topic: each must open, pass axe, and have no link that leads nowhere, on the page or off it.
    /// </summary>
    [Fact]
    public async Task Every_Local_Offer_page_opens_passes_axe_and_has_no_broken_internal_links()
    {
        var page = await portal.NewPageAsync();
        var queue = new Queue<string>(["/local-offer", "/local-offer/search?q=annual+review", "/local-offer/category/health?Age=0-4&Area=Exeter"]);
        var visited = new HashSet<string>(queue, StringComparer.Ordinal);
        var checkedElsewhere = new Dictionary<string, int>(StringComparer.Ordinal);
        var broken = new List<string>();

        while (queue.TryDequeue(out var url))
        {
            var response = await page.GotoAsync(url);
            if (response is null || response.Status != 200)
            {
                broken.Add($"{url}: {response?.Status}");
                continue;
            }

            await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
            await page.AssertNoAxeViolationsAsync();
            var hrefs = await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            foreach (var href in hrefs.Distinct())
            {
                if (href.StartsWith('#'))
                {
                    if (href.Length > 1 && await page.Locator($"[id='{href[1..]}']").CountAsync() == 0)
                    {
                        broken.Add($"{url}: {href} is not on the page");
                    }

                    continue;
                }

                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = href.Split('#')[0];
                if (target.StartsWith("/local-offer", StringComparison.Ordinal) && !target.StartsWith("/local-offer/editor", StringComparison.Ordinal))
                {
                    if (visited.Add(target))
                    {
                        queue.Enqueue(target);
                    }
                }
                else if (!checkedElsewhere.ContainsKey(target))
                {
                    var other = await page.Context.APIRequest.GetAsync(target, new() { MaxRedirects = 0 });
                    checkedElsewhere[target] = other.Status;
                    if (other.Status >= 400)
                    {
                        broken.Add($"{url}: {target} answers {other.Status}");
                    }
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join('\n', broken));
        Assert.True(visited.Count(v => !v.Contains('?', StringComparison.Ordinal) && v.Count(c => c == '/') == 2 && v != "/local-offer/a-z" && v != "/local-offer/search") >= 30,
            $"only {visited.Count} addresses were reached");
        Assert.Empty(portal.ErrorsIn(page));
    }

    [Fact]
    public async Task A_parent_searches_filters_and_says_a_page_was_not_useful()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Local Offer", Exact = true }).First.ClickAsync();
        await page.GetByLabel("Search the Local Offer").FillAsync("school transport");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator(".app-results__item").First).ToContainTextAsync("Transport to school and college");
        await page.GetByLabel("Topic").SelectOptionAsync(new SelectOptionValue { Label = "Travel and transport" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.Locator(".app-results__item a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Transport to school and college");

        await page.GetByRole(AriaRole.Button, new() { Name = "No this page is not useful" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Help us improve this page");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("What was wrong with this page? (optional)").FillAsync("I could not find the deadline for applying.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Thank you for your feedback");
        await page.AssertNoAxeViolationsAsync();
        Assert.Empty(portal.ErrorsIn(page));
    }

    [Fact]
    public async Task A_second_editor_reviews_a_change_word_by_word_publishes_it_and_sees_its_history()
    {
        var page = await portal.NewPageAsync();
        await SignIn.AsAsync(page, DemoData.SecondEditor);

        await page.GetByRole(AriaRole.Link, new() { Name = "Go to Local Offer content" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Local Offer content");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Review changes to ‘Short breaks for disabled children’" }).ClickAsync();
        await Assertions.Expect(page.Locator(".app-diff ins").Last).ToContainTextAsync("Summer holiday short breaks");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("is published");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/local-offer/editor/history/short-breaks");
        await Assertions.Expect(page.Locator(".app-diff")).ToContainTextAsync("Summer holiday short breaks");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/local-offer/editor/feedback");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("What readers say about the Local Offer");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/local-offer/short-breaks");
        await Assertions.Expect(page.Locator(".app-prose")).ToContainTextAsync("Booking for summer holiday activities opens in May");
        Assert.Empty(portal.ErrorsIn(page));
    }

    [Fact]
    public async Task An_editor_writes_a_page_and_previews_it_as_readers_will_see_it()
    {
        var page = await portal.NewPageAsync();
        await SignIn.AsAsync(page, DemoData.Editor);
        await page.GotoAsync("/local-offer/editor/edit");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Page address").FillAsync("sensory-room-sessions");
        await page.GetByLabel("Title").FillAsync("Sensory room sessions");
        await page.GetByLabel("Summary").FillAsync("Quiet sessions in a sensory room for children who find busy places hard.");
        await page.GetByLabel("Topic").SelectOptionAsync(new SelectOptionValue { Label = "Leisure and activities" });
        await page.GetByLabel("Parents and carers").CheckAsync();
        await page.GetByLabel("Text of the page").FillAsync("Sessions run every Sunday.\n\n## Booking\n\nBook at the library desk.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Assertions.Expect(page.Locator(".app-preview h2.govuk-heading-xl")).ToHaveTextAsync("Sensory room sessions");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send for approval" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Say what has changed");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("What has changed?").FillAsync("A new page about sensory room sessions");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send for approval" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("has been sent for approval");
        Assert.Empty(portal.ErrorsIn(page));
    }
}
