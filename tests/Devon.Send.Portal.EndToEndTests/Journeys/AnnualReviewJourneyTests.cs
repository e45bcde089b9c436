using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

/// <summary>
/// The annual review pages in a browser, with axe on each: the mother reads Leo's arranged review and changes her views;
/// the caseworker's arrange, meeting, decision and exception forms show the GOV.UK error summary.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class AnnualReviewJourneyTests(PortalBrowser portal)
{
    [Fact]
    public async Task A_parent_gives_views_for_the_review_and_the_caseworkers_forms_show_their_errors()
    {
        var mother = await portal.NewPageAsync();
        await SignIn.AsAsync(mother, DemoData.Parent);
        await mother.GetByRole(AriaRole.Link, new() { Name = "See where Leo Carter's case is and what happens next" }).ClickAsync();
        await mother.GetByRole(AriaRole.Link, new() { Name = "Annual reviews" }).ClickAsync();
        await Assertions.Expect(mother.Locator("h1")).ToHaveTextAsync("Annual reviews");
        await Assertions.Expect(mother.Locator("#open-review")).ToContainTextAsync("Parent");
        await mother.AssertNoAxeViolationsAsync();
        var reviews = mother.Url;

        await mother.GetByRole(AriaRole.Link, new() { Name = "Give your views for the review" }).ClickAsync();
        await Assertions.Expect(mother.GetByLabel("What is working well?")).ToContainTextAsync("quiet room at lunchtime");
        await mother.AssertNoAxeViolationsAsync();
        await mother.GetByLabel("What is working well?").FillAsync("");
        await mother.GetByLabel("What is not working, or has changed?").FillAsync("");
        await mother.GetByLabel("What should change in the plan?").FillAsync("");
        await mother.GetByRole(AriaRole.Button, new() { Name = "Save your views" }).ClickAsync();
        await Assertions.Expect(mother.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your views in at least one of the boxes");
        await mother.AssertNoAxeViolationsAsync();
        await mother.GetByLabel("What is working well?").FillAsync("Leo reads to his sister every night now.");
        await mother.GetByRole(AriaRole.Button, new() { Name = "Save your views" }).ClickAsync();
        await Assertions.Expect(mother.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your views for Leo's annual review have been saved");
        await Assertions.Expect(mother.Locator("#review-views")).ToContainTextAsync("Leo reads to his sister every night now.");

        var caseworker = await portal.NewPageAsync();
        await SignIn.AsAsync(caseworker, DemoData.Caseworker);
        await caseworker.GotoAsync(reviews);
        await Assertions.Expect(caseworker.Locator("#review-views")).ToContainTextAsync("Leo reads to his sister every night now.");
        await caseworker.AssertNoAxeViolationsAsync();

        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Change the meeting date or record the papers sent" }).ClickAsync();
        await caseworker.Locator("#MeetingOn").FillAsync("");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Save and tell everyone on the case" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-error-summary")).ToContainTextAsync("The date of the meeting must include a day");
        await caseworker.AssertNoAxeViolationsAsync();

        await caseworker.GotoAsync(reviews);
        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Record the meeting" }).ClickAsync();
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Save the record and tell everyone on the case" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-error-summary")).ToContainTextAsync("Enter who came to the meeting");
        await caseworker.AssertNoAxeViolationsAsync();

        var childPath = new Uri(reviews).AbsolutePath.Replace("/reviews", "", StringComparison.Ordinal);
        await caseworker.GotoAsync(childPath + "/reviews/decision");
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("There is no recorded review meeting waiting for a decision");
        await caseworker.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task A_caseworker_records_an_exception_to_the_time_limits_and_the_case_page_shows_it()
    {
        var caseworker = await portal.NewPageAsync();
        await SignIn.AsAsync(caseworker, DemoData.Caseworker);
        await caseworker.GotoAsync("/home");
        await caseworker.Locator("main a", new() { HasText = "Isla Osei" }).First.ClickAsync();
        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Record an exception to the time limits" }).ClickAsync();
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the exception and tell the family" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-error-summary")).ToContainTextAsync("Select why the time limit does not apply");
        await caseworker.AssertNoAxeViolationsAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-error-summary")).ToContainTextAsync("Select which time limits it made impractical to meet");
        await caseworker.GetByLabel("Exceptional personal circumstances").CheckAsync();
        await caseworker.GetByLabel(new System.Text.RegularExpressions.Regex("^Advice \\(6 weeks from being asked\\)")).CheckAsync();
        // Isla's request arrived 40 days ago: the circumstances began 35 days ago and ended 5 days ago.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(portal.Clock.GetUtcNow(), UkTime.Zone).DateTime);
        var (from, to) = (today.AddDays(-35), today.AddDays(-5));
        foreach (var (legend, day) in new[] { ("When did the circumstances begin?", from), ("When did they end? (optional)", to) })
        {
            var group = caseworker.GetByRole(AriaRole.Group, new() { Name = legend });
            await group.GetByLabel("Day").FillAsync(day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await group.GetByLabel("Month").FillAsync(day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await group.GetByLabel("Year").FillAsync(day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await caseworker.GetByLabel("What the family is told").FillAsync("Isla was in hospital for five weeks in October.");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the exception and tell the family" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-notification-banner--success")).ToContainTextAsync("The exception has been recorded");
        await Assertions.Expect(caseworker.Locator("#exceptions")).ToContainTextAsync("Isla was in hospital for five weeks in October.");
        await Assertions.Expect(caseworker.Locator("#exceptions")).ToContainTextAsync($"from {from.ToUkDate()} to {to.ToUkDate()}");
        await Assertions.Expect(caseworker.Locator("#exceptions")).ToContainTextAsync("It affects advice (6 weeks from being asked).");
        await caseworker.AssertNoAxeViolationsAsync();
    }
}
