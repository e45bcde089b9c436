using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.Demo;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public sealed partial class DraftFeedbackJourneyTests(PortalBrowser portal)
{
    [Fact]
    public async Task A_parent_comments_on_the_draft_and_names_a_school_and_the_caseworker_sees_both()
    {
        var mother = await portal.NewPageAsync();
        await SignIn.AsAsync(mother, DemoData.ThirdParent);
        await mother.GetByRole(AriaRole.Link, new() { Name = "See Mia Hughes's EHC plan" }).ClickAsync();
        await Assertions.Expect(mother.Locator(".app-draft-feedback")).ToContainTextAsync("Your response is due by");
        await mother.AssertNoAxeViolationsAsync();
        var planUrl = mother.Url;

        await mother.GetByRole(AriaRole.Link, new() { Name = "Read draft 1 and comment on its sections" }).ClickAsync();
        await Assertions.Expect(mother.Locator("h1")).ToHaveTextAsync("Mia Hughes: Draft 1");
        await mother.AssertNoAxeViolationsAsync();

        await mother.GetByRole(AriaRole.Link, new() { NameRegex = CommentOnB() }).ClickAsync();
        await Assertions.Expect(mother.Locator("h1")).ToHaveTextAsync("Section B: Special educational needs");
        await mother.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Assertions.Expect(mother.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your comment");
        await mother.AssertNoAxeViolationsAsync();
        await mother.GetByLabel("Add a comment on section B").FillAsync("Mia now signs more than 40 Makaton signs at home.");
        await mother.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Assertions.Expect(mother.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your comment on section B has been added");
        await Assertions.Expect(mother.Locator(".app-comment-list__item").Last).ToContainTextAsync("Mia now signs more than 40 Makaton signs at home.");
        await mother.AssertNoAxeViolationsAsync();

        await mother.GotoAsync(planUrl);
        await mother.GetByRole(AriaRole.Link, new() { Name = "Respond to draft 1" }).ClickAsync();
        await Assertions.Expect(mother.Locator("h1")).ToHaveTextAsync("Respond to draft 1");
        await Assertions.Expect(mother.Locator("main")).ToContainTextAsync("Your response is due by");
        await mother.AssertNoAxeViolationsAsync();
        await mother.GetByLabel("No, I would like some changes").CheckAsync();
        await mother.GetByLabel("Section F: Special educational provision").FillAsync("Please say how many speech and language therapy sessions Mia will have each week.");
        await mother.GetByLabel("Name of the school or college").FillAsync("Exe Valley Primary School");
        await mother.GetByLabel("Mainstream school or academy").CheckAsync();
        await mother.GetByRole(AriaRole.Group, new() { Name = "Would you like a meeting with your caseworker to talk about the draft plan?" }).GetByLabel("Yes").CheckAsync();
        await mother.GetByRole(AriaRole.Group, new() { Name = "Would you like a personal budget for some of the support?" }).GetByLabel("No").CheckAsync();
        await mother.GetByRole(AriaRole.Button, new() { Name = "Send your response" }).ClickAsync();
        await Assertions.Expect(mother.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your response has been sent to your SEND caseworker");
        await mother.AssertNoAxeViolationsAsync();

        var caseworker = await portal.NewPageAsync();
        await SignIn.AsAsync(caseworker, DemoData.Caseworker);
        await caseworker.GotoAsync(planUrl);
        await caseworker.GetByRole(AriaRole.Link, new() { Name = "The family's response to draft 1" }).ClickAsync();
        var latest = caseworker.Locator("main dl").First;
        await Assertions.Expect(latest).ToContainTextAsync("Exe Valley Primary School (Mainstream school or academy)");
        await Assertions.Expect(latest).ToContainTextAsync("Please say how many speech and language therapy sessions Mia will have each week.");
        await caseworker.AssertNoAxeViolationsAsync();
        await caseworker.GetByRole(AriaRole.Link, new() { NameRegex = EveryComment() }).ClickAsync();
        await Assertions.Expect(caseworker.Locator("#section-b")).ToContainTextAsync("Section B: Special educational needs");
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("Mia now signs more than 40 Makaton signs at home.");
        await caseworker.AssertNoAxeViolationsAsync();

        Assert.Empty(portal.ErrorsIn(mother));
        Assert.Empty(portal.ErrorsIn(caseworker));
    }

    [Fact]
    public async Task A_parents_answers_to_section_A_are_saved_as_a_draft_when_they_leave_a_field_and_come_back_after_a_reload()
    {
        var father = await portal.NewPageAsync();
        await SignIn.AsAsync(father, DemoData.SecondParent);
        await father.GetByRole(AriaRole.Link, new() { Name = "See Noah Osei's EHC plan" }).ClickAsync();
        await father.GotoAsync(father.Url + "/sections/a/edit");
        await Assertions.Expect(father.GetByLabel("What are your hopes for the future?")).ToBeVisibleAsync();
        await father.AssertNoAxeViolationsAsync();

        await father.GetByLabel("What is important to you?").FillAsync("Lego, swimming on Saturdays and my cousin Ama.");
        await father.GetByLabel("Who helped write this?").FocusAsync();
        await Assertions.Expect(father.Locator("#autosave-status")).ToHaveTextAsync(DraftSaved());
        await father.AssertNoAxeViolationsAsync();

        await father.ReloadAsync();
        await Assertions.Expect(father.GetByLabel("What is important to you?")).ToHaveValueAsync("Lego, swimming on Saturdays and my cousin Ama.");
        await Assertions.Expect(father.Locator("#draft-restored")).ToContainTextAsync("We have brought back the answers you saved at");
        await father.AssertNoAxeViolationsAsync();
        Assert.Empty(portal.ErrorsIn(father));
    }

    [GeneratedRegex("^Draft saved at [0-9]{1,2}:[0-9]{2}(am|pm)$")]
    private static partial Regex DraftSaved();

    [GeneratedRegex("^Comment on section B")]
    private static partial Regex CommentOnB();

    [GeneratedRegex("^Every comment on draft 1")]
    private static partial Regex EveryComment();
}
