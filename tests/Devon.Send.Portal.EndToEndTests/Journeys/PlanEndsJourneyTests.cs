using System.Globalization;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

/// <summary>The journey's own portal: it stops one plan and moves another child away, which the other browser tests must not see.</summary>
public sealed class PlanEndsJourneyPortal : PortalBrowser;

/// <summary>
/// The ways a plan ends or moves on, in the browser: the council proposes to stop Leo's plan, his mother gives her
/// views, the council consults the school and decides, the family appeals and the Tribunal orders the plan kept; and
/// Jacob moves to another council's area, and his package is refused by a council it is not addressed to. Every page is scanned with axe, on its errors too, and photographed at 375 and
/// 1280 px.
/// </summary>
public sealed class PlanEndsJourneyTests(PlanEndsJourneyPortal portal) : IClassFixture<PlanEndsJourneyPortal>
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task A_plan_is_proposed_to_stop_the_family_appeals_and_another_child_moves_away()
    {
        var leo = await ChildIdAsync("Leo");
        var today = Today();

        // The caseworker proposes to stop Leo's plan; the form's errors come first.
        var caseworker = await SignedInAsync(DemoData.Caseworker);
        await caseworker.GotoAsync($"/children/{leo}/plan/cease/propose");
        await Assertions.Expect(caseworker.Locator("h1")).ToHaveTextAsync("Propose stopping the plan");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the proposal and tell the family" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await caseworker.AssertNoAxeViolationsAsync();
        await Screenshots.SaveAsync(caseworker, "cease-propose");
        await caseworker.GetByLabel("The plan is no longer necessary: the special educational provision can be made without it").CheckAsync();
        await caseworker.GetByLabel("Why the council is considering stopping the plan").FillAsync("Leo's school now meets his needs from its own resources, as this year's advice shows.");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the proposal and tell the family" }).ClickAsync();
        await Assertions.Expect(caseworker).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/children/{leo}/plan/cease$"));
        await caseworker.AssertNoAxeViolationsAsync();

        // His mother reads it and gives her views.
        var mother = await SignedInAsync(DemoData.Parent);
        await mother.GotoAsync($"/children/{leo}/plan/cease");
        await mother.AssertNoAxeViolationsAsync();
        await Screenshots.SaveAsync(mother, "cease-status");
        await mother.GotoAsync($"/children/{leo}/plan/cease/views");
        await Assertions.Expect(mother.Locator("h1")).ToHaveTextAsync("Tell us what you think");
        await mother.AssertNoAxeViolationsAsync();
        await Screenshots.SaveAsync(mother, "cease-views");
        await mother.GetByLabel("Your views").FillAsync("Leo still needs his key adult. Please keep the plan until he moves school.");
        await mother.GetByRole(AriaRole.Button, new() { Name = "Send your views" }).ClickAsync();
        await Assertions.Expect(mother).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/children/{leo}/plan/cease$"));

        // The caseworker records the school's consultation and views, then decides.
        await caseworker.GotoAsync($"/children/{leo}/plan/cease/views");
        await FillDateAsync(caseworker, "When was the school or college consulted?", today);
        await caseworker.GetByLabel("The school or college's views").FillAsync("We can meet Leo's needs from our own resources.");
        await FillDateAsync(caseworker, "When did the school or college give its views?", today);
        await caseworker.AssertNoAxeViolationsAsync();
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Save the views" }).ClickAsync();
        await caseworker.GotoAsync($"/children/{leo}/plan/cease/decide");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the decision and tell the family" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await caseworker.AssertNoAxeViolationsAsync();
        await Screenshots.SaveAsync(caseworker, "cease-decide");
        await caseworker.GetByLabel("Stop maintaining the plan").CheckAsync();
        await caseworker.GetByLabel("Reasons for the decision").FillAsync("The school's evidence shows Leo's needs can be met without the plan.");
        await FillDateAsync(caseworker, "When was the decision sent to the family?", today);
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the decision and tell the family" }).ClickAsync();
        var appealBy = StatutoryClock.AppealDue(today, null);
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync(UkDate(appealBy));
        await caseworker.AssertNoAxeViolationsAsync();

        // The family appeals; the caseworker records it, then the Tribunal's order to keep the plan.
        await caseworker.GotoAsync($"/children/{leo}/case/appeal");
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("the decision to stop maintaining the EHC plan");
        await caseworker.AssertNoAxeViolationsAsync();
        await Screenshots.SaveAsync(caseworker, "appeal");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the appeal" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator("#where-now")).ToContainTextAsync("The family appealed, so the plan stays in place until the Tribunal decides");
        await caseworker.AssertNoAxeViolationsAsync();
        await caseworker.GotoAsync($"/children/{leo}/case/appeal");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the outcome and tell the family" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await caseworker.AssertNoAxeViolationsAsync();
        await Screenshots.SaveAsync(caseworker, "appeal-outcome");
        await caseworker.GetByLabel("The Tribunal made an order requiring the council to act").CheckAsync();
        await caseworker.GetByLabel("Continue to maintain the plan (regulation 44(2)(g) and (h))").CheckAsync();
        await FillDateAsync(caseworker, "Date of the outcome", today);
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the outcome and tell the family" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator("#where-now")).ToContainTextAsync("After the family's appeal, the plan continues");
        await caseworker.AssertNoAxeViolationsAsync();
        await Screenshots.SaveAsync(caseworker, "case-after-appeal");
        await caseworker.GotoAsync($"/children/{leo}/case/tribunal-step");
        await Assertions.Expect(caseworker.Locator("h1")).ToHaveTextAsync("Record a step after the Tribunal appeal");
        await caseworker.AssertNoAxeViolationsAsync();
        await Screenshots.SaveAsync(caseworker, "tribunal-step");
        await mother.GotoAsync($"/children/{leo}/plan");
        await Assertions.Expect(mother.Locator("#plan-cease")).ToContainTextAsync("The family appealed, so the plan stays in place");
        await mother.AssertNoAxeViolationsAsync();

        // Jacob moves to another council's area: the caseworker records the move.
        var jacob = await ChildIdAsync("Jacob");
        await caseworker.GotoAsync($"/children/{jacob}/transfer/out");
        await Assertions.Expect(caseworker.Locator("h1")).ToHaveTextAsync("Transfer the plan to another council");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the move" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await caseworker.AssertNoAxeViolationsAsync();
        await Screenshots.SaveAsync(caseworker, "transfer-out");
        await FillDateAsync(caseworker, "Date of the move", today.AddDays(30));
        await FillDateAsync(caseworker, "Date the council learned of the move", today);
        await caseworker.GetByLabel("The council the child is moving to").FillAsync("Somerset Council");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the move" }).ClickAsync();
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Button, new() { Name = "Download the package and record the transfer" })).ToBeVisibleAsync();
        await caseworker.AssertNoAxeViolationsAsync();
        await Screenshots.SaveAsync(caseworker, "transfer-out-recorded");
        var download = await caseworker.RunAndWaitForDownloadAsync(() => caseworker.GetByRole(AriaRole.Button, new() { Name = "Download the package and record the transfer" }).ClickAsync());
        Assert.Null(await download.FailureAsync());

        // Another council's caseworker would take it in; here, addressed to Somerset, it is refused and says why.
        await caseworker.GotoAsync("/requests/transfer-in");
        await Assertions.Expect(caseworker.Locator("h1")).ToHaveTextAsync("Take in a plan from another council");
        await caseworker.AssertNoAxeViolationsAsync();
        var package = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(package);
        Assert.EndsWith(".json", package, StringComparison.Ordinal);
        await caseworker.GetByLabel("Upload the plan transfer package").SetInputFilesAsync(package);
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
        File.Delete(package);
        await Assertions.Expect(caseworker.Locator(".govuk-error-summary")).ToContainTextAsync("Somerset Council");
        await caseworker.AssertNoAxeViolationsAsync();
        await Screenshots.SaveAsync(caseworker, "transfer-in-refused");

        foreach (var page in new[] { caseworker, mother })
        {
            Assert.Equal(0, await Screenshots.OverflowOnAPhoneAsync(page));
            Assert.Empty(portal.ErrorsIn(page));
        }
    }

    private static async Task FillDateAsync(IPage page, string legend, DateOnly day)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day").FillAsync(day.Day.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Month").FillAsync(day.Month.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(day.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static string UkDate(DateOnly day) => day.ToString("d MMMM yyyy", Uk);

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(portal.Clock.GetUtcNow(), UkTime.Zone).DateTime);

    private async Task<IPage> SignedInAsync(DemoData.Account account)
    {
        var page = await portal.NewPageAsync();
        await SignIn.AsAsync(page, account);
        return page;
    }

    private async Task<Guid> ChildIdAsync(string givenName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Children.Where(c => c.GivenName == givenName).Select(c => c.Id).SingleAsync();
    }
}
