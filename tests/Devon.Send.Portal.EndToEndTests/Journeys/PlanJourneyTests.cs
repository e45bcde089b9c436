using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.Demo;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public sealed class PlanJourneyTests(PortalBrowser portal)
{
    [Fact]
    public async Task A_caseworker_writes_provision_a_manager_issues_the_draft_and_the_family_reads_compares_and_prints_it()
    {
        var caseworker = await portal.NewPageAsync();
        await SignIn.AsAsync(caseworker, DemoData.Caseworker);
        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Plan for Noah Osei" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator("h1")).ToHaveTextAsync("Noah Osei's EHC plan");
        await Assertions.Expect(caseworker.Locator("#section-f .govuk-tag--grey")).ToHaveTextAsync("Not started");
        await caseworker.AssertNoAxeViolationsAsync();

        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Change section F" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator("h1")).ToHaveTextAsync("Section F: Special educational provision");
        await caseworker.GetByLabel("What the provision is").FillAsync("A structured multi-sensory literacy programme, one to one.");
        await caseworker.GetByLabel("Who provides it").FillAsync("A specialist dyslexia teacher from the council's learning support service");
        await caseworker.GetByLabel("How often").FillAsync("3 sessions of 30 minutes each week in term time");
        await caseworker.GetByLabel("For how long").FillAsync("Until the first annual review");
        await caseworker.GetByRole(AriaRole.Group, new() { Name = "Which needs does provision number 1 meet?" }).GetByLabel(new System.Text.RegularExpressions.Regex("^B1:")).CheckAsync();
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Save section F" }).ClickAsync();
        var summary = caseworker.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Say why you are making this change");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(caseworker.GetByLabel("Who provides it")).ToHaveValueAsync("A specialist dyslexia teacher from the council's learning support service");
        await caseworker.AssertNoAxeViolationsAsync();

        await caseworker.GetByLabel("Why are you making this change?").FillAsync("Provision from the educational psychology advice");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Save section F" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Section F has been saved");
        await Assertions.Expect(caseworker.Locator("#section-f .app-plan-item__id")).ToHaveTextAsync(["F1"]);
        await caseworker.AssertNoAxeViolationsAsync();

        await caseworker.GetByRole(AriaRole.Link, new() { Name = "History of section F" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".app-revision-list__item h3")).ToHaveTextAsync(["Revision 1"]);
        await caseworker.GetByText("What changed in revision 1").ClickAsync();
        await Assertions.Expect(caseworker.Locator(".app-diff ins").First).ToContainTextAsync("multi-sensory literacy programme");
        await caseworker.AssertNoAxeViolationsAsync();

        await caseworker.GotoAsync(caseworker.Url.Replace("/sections/f", "/issue", StringComparison.Ordinal));
        await Assertions.Expect(caseworker.Locator(".govuk-warning-text")).ToContainTextAsync("attention before this plan is issued");
        await caseworker.AssertNoAxeViolationsAsync();
        var planUrl = caseworker.Url.Replace("/issue", "", StringComparison.Ordinal);

        var manager = await portal.NewPageAsync();
        await SignIn.AsAsync(manager, DemoData.TeamManager);
        await manager.GotoAsync(planUrl + "/issue");
        await manager.GetByLabel(new System.Text.RegularExpressions.Regex("^Draft 1:")).CheckAsync();
        await manager.GetByLabel("Why should it be issued with these findings open?").FillAsync("Issued on time; the school's late advice will be added to Draft 2");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Issue the plan" }).ClickAsync();
        await Assertions.Expect(manager.Locator("h1")).ToHaveTextAsync("Noah Osei: Draft 1");
        await manager.AssertNoAxeViolationsAsync();

        var father = await portal.NewPageAsync();
        await SignIn.AsAsync(father, DemoData.SecondParent);
        await father.GetByRole(AriaRole.Link, new() { Name = "See Noah Osei's EHC plan" }).ClickAsync();
        await Assertions.Expect(father.Locator(".govuk-inset-text")).ToContainTextAsync("Draft 1 was issued on");
        await father.AssertNoAxeViolationsAsync();
        await father.GetByRole(AriaRole.Link, new() { Name = "History of every change" }).ClickAsync();
        await Assertions.Expect(father.Locator("table").First.Locator("tbody th")).ToHaveTextAsync(["Draft 1"]);
        await father.AssertNoAxeViolationsAsync();
        await father.GotoAsync(planUrl + "/compare");
        await Assertions.Expect(father.Locator("h1")).ToHaveTextAsync("Compare versions");
        await father.AssertNoAxeViolationsAsync();
        await father.GotoAsync(planUrl + "/versions/1/print");
        await Assertions.Expect(father.Locator(".app-version-stamp")).ToContainTextAsync("Draft 1 · issued");
        await father.AssertNoAxeViolationsAsync();

        Assert.Empty(portal.ErrorsIn(caseworker));
        Assert.Empty(portal.ErrorsIn(manager));
        Assert.Empty(portal.ErrorsIn(father));
    }

    [Fact]
    public async Task Two_people_changing_the_same_section_see_each_others_text_and_nothing_is_lost()
    {
        var first = await portal.NewPageAsync();
        await SignIn.AsAsync(first, DemoData.Caseworker);
        var second = await portal.NewPageAsync();
        await SignIn.AsAsync(second, DemoData.TeamManager);
        await first.GetByRole(AriaRole.Link, new() { Name = "Plan for Mia Hughes" }).ClickAsync();
        var editUrl = first.Url + "/sections/j/edit";
        await first.GotoAsync(editUrl);
        await second.GotoAsync(editUrl);

        await first.GetByLabel(NoneText).UncheckAsync();
        await first.GetByLabel("Section J: Personal budget", new() { Exact = true }).FillAsync("Mia's mum has asked for a personal budget for transport.");
        await first.GetByLabel("Why are you making this change?").FillAsync("Family asked at the draft meeting");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save section J" }).ClickAsync();
        await Assertions.Expect(first.Locator(".govuk-notification-banner--success")).ToBeVisibleAsync();

        await second.GetByLabel(NoneText).UncheckAsync();
        await second.GetByLabel("Section J: Personal budget", new() { Exact = true }).FillAsync("A personal budget for short breaks.");
        await second.GetByLabel("Why are you making this change?").FillAsync("From the social care advice");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save section J" }).ClickAsync();
        await Assertions.Expect(second.Locator(".govuk-notification-banner")).ToContainTextAsync("Priya Shah changed this section while you were editing it");
        await Assertions.Expect(second.Locator(".app-plan-conflict")).ToContainTextAsync("personal budget for transport");
        await Assertions.Expect(second.GetByLabel("Section J: Personal budget", new() { Exact = true })).ToHaveValueAsync("A personal budget for short breaks.");
        await second.AssertNoAxeViolationsAsync();

        await second.GetByLabel("Section J: Personal budget", new() { Exact = true }).FillAsync("A personal budget for transport and for short breaks.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save section J" }).ClickAsync();
        await Assertions.Expect(second.Locator("#section-j")).ToContainTextAsync("A personal budget for transport and for short breaks.");
        Assert.Empty(portal.ErrorsIn(first));
        Assert.Empty(portal.ErrorsIn(second));
    }

    [Fact]
    public async Task A_parent_reads_the_plan_its_history_and_a_comparison_on_a_phone_and_a_laptop_and_prints_it_on_A4()
    {
        var parent = await portal.NewPageAsync();
        await SignIn.AsAsync(parent, DemoData.Parent);
        await parent.Locator("a[href$='/plan']", new() { HasTextString = "Leo Carter" }).First.ClickAsync();
        await Assertions.Expect(parent.Locator("h1")).ToHaveTextAsync("Leo Carter's EHC plan");
        var planUrl = parent.Url;

        await parent.SetViewportSizeAsync(375, 900);
        // On a phone the contents and the links to the history, comparison and print come before the first section.
        Assert.True(await parent.EvaluateAsync<bool>("() => document.querySelector('#plan-contents').getBoundingClientRect().bottom < document.querySelector('#section-a').getBoundingClientRect().top"));
        await CheckOnAPhoneAndALaptopAsync(parent, "plan-parent");
        await parent.SetViewportSizeAsync(1280, 900);
        // On a laptop they sit in the right-hand column, and stay in view while the family reads on.
        Assert.True(await parent.EvaluateAsync<bool>("() => document.querySelector('#plan-contents').getBoundingClientRect().left > document.querySelector('#section-a').getBoundingClientRect().right"));
        await parent.Locator("#section-k").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(parent.Locator("#plan-contents")).ToBeInViewportAsync();
        await parent.Locator("#section-k .app-back-to-contents a").ClickAsync();
        await Assertions.Expect(parent).ToHaveURLAsync(new Regex("#plan-contents$"));

        await parent.GetByRole(AriaRole.Link, new() { Name = "History of every change" }).ClickAsync();
        await Assertions.Expect(parent.Locator("h1")).ToHaveTextAsync("History of the plan");
        await CheckOnAPhoneAndALaptopAsync(parent, "plan-history-parent");
        await parent.SetViewportSizeAsync(375, 900);
        // The reason for a change is on screen on a phone, not cut off by the table's edge.
        var why = parent.Locator("table").Nth(1).Locator("tbody tr").First.Locator("td").Nth(3);
        Assert.True(await why.EvaluateAsync<bool>("e => e.getBoundingClientRect().right <= document.documentElement.clientWidth"));
        await parent.SetViewportSizeAsync(1280, 720);

        await parent.GotoAsync(planUrl);
        await parent.GetByRole(AriaRole.Link, new() { Name = "Compare versions" }).ClickAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await Assertions.Expect(parent.Locator("h2").First).ToContainTextAsync("Changes from");
        await CheckOnAPhoneAndALaptopAsync(parent, "plan-compare-parent");

        // Printed on A4: several pages, numbered in the margin, with the stamp at the top and none of the screen's navigation.
        await parent.GotoAsync(planUrl + "/print");
        await parent.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(parent.Locator(".app-print-stamp")).ToBeVisibleAsync();
        await Assertions.Expect(parent.Locator(".app-print-stamp")).ToContainTextAsync("Education, Health and Care plan for Leo Carter");
        await Assertions.Expect(parent.Locator(".app-print-hint")).ToBeHiddenAsync();
        var pageRule = await parent.EvaluateAsync<string>(
            """
            () => [...document.styleSheets].flatMap(s => { try { return [...s.cssRules]; } catch { return []; } })
                .filter(r => r instanceof CSSPageRule)
                .map(r => r.cssText + [...(r.cssRules ?? [])].map(m => m.cssText).join(' ')).join(' ')
            """);
        Assert.Contains("size: A4", pageRule, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("counter(page)", pageRule, StringComparison.Ordinal);
        Assert.Contains("counter(pages)", pageRule, StringComparison.Ordinal);
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var pdf = await parent.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true, Path = Path.Combine(folder, "plan-print-a4.pdf") });
        Assert.StartsWith("%PDF", System.Text.Encoding.Latin1.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.True(Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?![a-zA-Z])") > 1, "The printed plan fits on one page: the demo plan should take several.");
        await parent.EmulateMediaAsync(new() { Media = Media.Screen });

        await parent.GotoAsync(planUrl);
        await parent.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(parent.Locator("#plan-contents")).ToBeHiddenAsync();
        await Assertions.Expect(parent.Locator(".govuk-service-navigation")).ToBeHiddenAsync();
        await parent.EmulateMediaAsync(new() { Media = Media.Screen });
        Assert.Empty(portal.ErrorsIn(parent));
    }

    [Fact]
    public async Task Every_page_a_parent_or_young_person_reads_fits_a_phone_in_the_GOVUK_font_with_their_next_step_first()
    {
        var checkedPages = 0;
        foreach (var account in new[] { DemoData.Parent, DemoData.YoungPerson })
        {
            var page = await portal.NewPageAsync();
            await SignIn.AsAsync(page, account);
            var children = (await page.Locator("main a[href^='/children/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
                .Select(href => Regex.Match(href, "^/children/[0-9a-f-]{36}").Value).Where(id => id.Length > 0).Distinct().ToList();
            Assert.NotEmpty(children);
            var urls = new List<string> { "/home", "/notifications" };
            urls.AddRange(children.SelectMany(child => FamilyPages.Select(p => child + p)));

            foreach (var url in urls)
            {
                var response = await page.GotoAsync(url);
                // A page the family may not open for this child (no plan yet, say) is not one they read.
                if (response is null || response.Status != 200)
                {
                    continue;
                }

                // When the family has something to do, or something happens next, that comes before everything else.
                var banner = await page.EvaluateAsync<string>(
                    """
                    () => {
                        const first = document.querySelector('main .govuk-notification-banner:not(.govuk-notification-banner--success)');
                        if (!first) return 'none';
                        if (first.id !== 'family-next-step') return 'first banner is ' + (first.id || first.className);
                        const h1 = document.querySelector('main h1');
                        return h1 && (first.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING) ? 'first' : 'after the heading';
                    }
                    """);
                Assert.True(banner is "none" or "first", $"{account.Role} {url}: the family's next step is not the first thing on the page ({banner})");
                var child = children.FindIndex(c => url.StartsWith(c + "/", StringComparison.Ordinal));
                var name = $"family-{account.Role.ToLowerInvariant()}-{(child < 0 ? "" : $"child{child}-")}{Regex.Replace(url[(child < 0 ? 0 : children[child].Length)..], "[^a-z0-9]+", "-").Trim('-')}";
                await CheckOnAPhoneAndALaptopAsync(page, name);
                checkedPages++;
            }

            Assert.Empty(portal.ErrorsIn(page));
        }

        Assert.True(checkedPages >= 10, $"only {checkedPages} family pages were checked");
    }

    /// <summary>At 375 px and 1280 px: nothing wider than the screen, every text in the GOV.UK font, axe clean; screenshots of both kept.</summary>
    private static async Task CheckOnAPhoneAndALaptopAsync(IPage page, string name)
    {
        Assert.Equal(0, await Screenshots.OverflowOnAPhoneAsync(page));
        foreach (var width in new[] { 375, 1280 })
        {
            await page.SetViewportSizeAsync(width, 900);
            var otherFonts = await page.EvaluateAsync<string[]>(
                """
                () => [...document.body.querySelectorAll('*')]
                    .filter(e => !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION'].includes(e.tagName))
                    .filter(e => [...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim()))
                    .map(e => ({ e, font: getComputedStyle(e).fontFamily }))
                    .filter(x => !/^"?GDS Transport"?, arial, sans-serif$/i.test(x.font))
                    .map(x => `${x.e.tagName.toLowerCase()}.${x.e.className}: ${x.font}`)
                """);
            Assert.True(otherFonts.Length == 0, $"{name} at {width} px has text outside the GOV.UK font stack:\n{string.Join('\n', otherFonts)}");
            await page.AssertNoAxeViolationsAsync();
        }

        await Screenshots.SaveAsync(page, name);
    }

    private static readonly string[] FamilyPages = ["/case", "/plan", "/reviews", "/advice", "/access/who-has-looked", "/your-data"];

    private const string NoneText = "No personal budget has been requested.";
}
