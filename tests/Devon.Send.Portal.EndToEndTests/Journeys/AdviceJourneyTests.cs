using System.Text;
using Devon.Send.Portal.Web.Demo;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public sealed class AdviceJourneyTests(PortalBrowser portal)
{
    [Fact]
    public async Task A_caseworker_asks_for_advice_and_the_social_worker_drafts_it_submits_it_with_a_pdf_and_the_caseworker_reads_it()
    {
        var caseworker = await portal.NewPageAsync();
        await SignIn.AsAsync(caseworker, DemoData.Caseworker);
        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Advice for Noah Osei's assessment" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator("h1")).ToHaveTextAsync("Advice for Noah Osei's assessment");
        await caseworker.AssertNoAxeViolationsAsync();
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Ask for advice" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator("h1")).ToHaveTextAsync("Ask for advice about Noah Osei");
        await caseworker.AssertNoAxeViolationsAsync();
        await caseworker.GetByLabel("Social care professional, Devon Children's Social Care (usually social care advice)").CheckAsync();
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Ask for advice" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Social care advice has been asked for");
        await caseworker.AssertNoAxeViolationsAsync();
        var adviceUrl = caseworker.Url;

        var socialWorker = await portal.NewPageAsync();
        await SignIn.AsAsync(socialWorker, DemoData.SocialWorker);
        await socialWorker.GetByRole(AriaRole.Link, new() { Name = "See all the advice asked of you, the soonest due first" }).ClickAsync();
        await Assertions.Expect(socialWorker.Locator("h1")).ToHaveTextAsync("Advice asked of you");
        await socialWorker.AssertNoAxeViolationsAsync();
        await socialWorker.GetByRole(AriaRole.Link, new() { Name = "Write your social care advice for Noah Osei" }).ClickAsync();
        await Assertions.Expect(socialWorker.Locator("h1")).ToHaveTextAsync("Your social care advice");
        await socialWorker.AssertNoAxeViolationsAsync();

        await socialWorker.GetByLabel("Section D: Social care needs").FillAsync("Noah's family would benefit from short breaks in the school holidays.");
        await socialWorker.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        await Assertions.Expect(socialWorker.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your draft has been saved");
        await Assertions.Expect(socialWorker.GetByLabel("Section D: Social care needs")).ToHaveValueAsync("Noah's family would benefit from short breaks in the school holidays.");
        await socialWorker.AssertNoAxeViolationsAsync();

        // Leaving a changed box saves the draft by itself, and says so.
        await socialWorker.GetByLabel("Section H2: Other social care provision").FillAsync("Two overnight short breaks a month at a local centre.");
        await socialWorker.GetByLabel("Section H2: Other social care provision").BlurAsync();
        await Assertions.Expect(socialWorker.Locator("#advice-autosave-status")).ToContainTextAsync("Draft saved at");

        await socialWorker.GetByLabel("Attach a file (optional)").SetInputFilesAsync(new FilePayload
        {
            Name = "social-care-assessment.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
        });
        await socialWorker.GetByRole(AriaRole.Button, new() { Name = "Submit advice" }).ClickAsync();
        await Assertions.Expect(socialWorker.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your advice has been submitted");
        await socialWorker.AssertNoAxeViolationsAsync();

        await caseworker.GotoAsync(adviceUrl);
        var given = caseworker.Locator(".app-advice").Filter(new() { HasText = "short breaks in the school holidays" });
        await Assertions.Expect(given).ToContainTextAsync("Two overnight short breaks a month");
        await Assertions.Expect(given.GetByRole(AriaRole.Link, new() { Name = "social-care-assessment.pdf" })).ToBeVisibleAsync();
        await caseworker.AssertNoAxeViolationsAsync();

        Assert.Empty(portal.ErrorsIn(caseworker));
        Assert.Empty(portal.ErrorsIn(socialWorker));
    }
}
