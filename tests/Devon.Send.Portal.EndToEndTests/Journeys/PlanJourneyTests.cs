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

    private const string NoneText = "No personal budget has been requested.";
}
