using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Plans;
using Devon.Send.Portal.Web.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public sealed class LivePlanJourneyTests(PortalBrowser portal)
{
    [Fact]
    public async Task A_parent_with_the_plan_open_sees_a_professional_start_editing_and_their_change_arrive_without_reloading()
    {
        var mia = await MiaAsync();
        var parent = await portal.NewPageAsync();
        await SignIn.AsAsync(parent, DemoData.ThirdParent);
        await parent.GotoAsync($"/children/{mia}/plan");
        await Assertions.Expect(parent.Locator("#plan-live[data-live-ready=true]")).ToHaveCountAsync(1);
        // Set on this document only: still there at the end means the page was never reloaded.
        await parent.EvaluateAsync("() => { window.stillTheSamePage = true }");

        var paediatrician = await portal.NewPageAsync();
        await SignIn.AsAsync(paediatrician, DemoData.Paediatrician);
        await paediatrician.GotoAsync($"/children/{mia}/plan");
        await Assertions.Expect(paediatrician.Locator("#plan-presence-list")).ToContainTextAsync("Jo Hughes (Parent or carer)");
        await Assertions.Expect(parent.Locator("#plan-presence-list")).ToContainTextAsync("Dr Amir Khan (Health professional)");
        await paediatrician.AssertNoAxeViolationsAsync();

        await paediatrician.GetByRole(AriaRole.Link, new() { Name = "Change section G" }).ClickAsync();
        await Assertions.Expect(paediatrician.Locator("#plan-live[data-live-ready=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(parent.Locator("#section-g .app-plan-section__editing")).ToHaveTextAsync("Dr Amir Khan is editing this section");
        await Assertions.Expect(parent.Locator("#plan-presence-list")).ToContainTextAsync("Dr Amir Khan (Health professional), editing section G");
        await parent.AssertNoAxeViolationsAsync();
        await paediatrician.AssertNoAxeViolationsAsync();

        var what = $"Hydrotherapy once a week at the children's centre pool ({Guid.NewGuid():N}).";
        await paediatrician.GetByLabel("What the provision is").First.FillAsync(what);
        await paediatrician.GetByLabel("Why are you making this change?").FillAsync("Added after the physiotherapy review");
        await paediatrician.GetByRole(AriaRole.Button, new() { Name = "Save section G" }).ClickAsync();
        await Assertions.Expect(paediatrician.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Section G has been saved");

        await Assertions.Expect(parent.Locator("#section-g")).ToContainTextAsync(what);
        await Assertions.Expect(parent.Locator("#section-g")).ToContainTextAsync("Last changed by Dr Amir Khan (Health professional)");
        await Assertions.Expect(parent.Locator("#plan-live-announcer")).ToHaveTextAsync("Section G, Health provision, was changed by Dr Amir Khan.");
        await Assertions.Expect(parent.Locator("#section-g .app-plan-section__editing")).ToHaveCountAsync(0);
        Assert.True(await parent.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "the parent's page was reloaded");
        await parent.AssertNoAxeViolationsAsync();
        await paediatrician.AssertNoAxeViolationsAsync();

        Assert.Empty(portal.ErrorsIn(parent));
        Assert.Empty(portal.ErrorsIn(paediatrician));
    }

    [Fact]
    public async Task A_page_that_lost_its_connection_catches_up_on_the_change_it_missed_when_it_reconnects()
    {
        var mia = await MiaAsync();
        var parent = await portal.NewPageAsync();
        await SignIn.AsAsync(parent, DemoData.ThirdParent);
        await parent.GotoAsync($"/children/{mia}/plan");
        await Assertions.Expect(parent.Locator("#plan-live[data-live-ready=true]")).ToHaveCountAsync(1);

        // The network goes: the connection drops and every attempt to reconnect fails until it is back.
        await parent.RouteAsync("**/hubs/plan/negotiate**", route => route.AbortAsync());
        var presence = portal.Services.GetRequiredService<PlanPresence>();
        foreach (var watcher in presence.Watching(mia))
        {
            watcher.Context.Abort();
        }

        await Assertions.Expect(parent.Locator("#plan-live-status")).ToHaveTextAsync("The connection was lost. The plan will update again when it is back.");
        var missed = $"- Occupational therapy advice, received {Guid.NewGuid():N}";
        await SaveSectionKAsync(mia, missed);
        await Assertions.Expect(parent.Locator("#section-k")).Not.ToContainTextAsync("Occupational therapy advice");

        await parent.UnrouteAsync("**/hubs/plan/negotiate**");
        var reconnected = new LocatorAssertionsToContainTextOptions { Timeout = 30_000 };
        await Assertions.Expect(parent.Locator("#section-k")).ToContainTextAsync("Occupational therapy advice", reconnected);
        await Assertions.Expect(parent.Locator("#plan-live-announcer")).ToHaveTextAsync("While you were away, the plan changed: section K.");
        await Assertions.Expect(parent.Locator("#plan-live-status")).ToBeHiddenAsync();
        await parent.AssertNoAxeViolationsAsync();
    }

    private async Task SaveSectionKAsync(Guid childId, string text)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var plans = scope.ServiceProvider.GetRequiredService<PlanStore>();
        var plan = (await plans.PlanOfAsync(childId))!;
        var current = (await plans.RevisionsAsync(childId)).Sections.GetValueOrDefault("K");
        var saved = await plans.SaveAsync(plan, "K", current, new SectionContent { Text = text }, "Advice received", new Author(null, "Priya Shah", PortalRoles.Caseworker));
        Assert.IsType<SaveResult.Saved>(saved);
    }

    private async Task<Guid> MiaAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Children.Where(c => c.GivenName == "Mia").Select(c => c.Id).SingleAsync();
    }
}
