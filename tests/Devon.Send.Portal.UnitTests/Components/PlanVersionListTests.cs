using Bunit;
using Devon.Send.Portal.Web.Components;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Plans;

namespace Devon.Send.Portal.UnitTests.Components;

public sealed class PlanVersionListTests : BunitContext
{
    private static VersionSummary Version(int number, PlanVersionKind kind, int kindNumber, int day) =>
        new(number, kind, kindNumber, new DateTimeOffset(2026, 11, day, 10, 0, 0, TimeSpan.Zero), "Priya Shah", PortalRoles.Caseworker, 0, null, "hash");

    [Fact]
    public void Issued_versions_are_listed_newest_first_with_their_UK_dates_and_a_way_to_compare_them()
    {
        var cut = Render<PlanVersionList>(p => p
            .Add(x => x.Versions, [Version(1, PlanVersionKind.Draft, 1, 2), Version(2, PlanVersionKind.Draft, 2, 20)])
            .Add(x => x.BaseUrl, "/children/1/plan"));

        Assert.Equal("2", cut.Find("#plan-versions").GetAttribute("data-versions"));
        Assert.Equal(["Draft 2, 20 November 2026", "Draft 1, 2 November 2026", "Compare versions"], cut.FindAll("li").Select(li => li.TextContent).ToList());
        Assert.Equal("/children/1/plan/versions/2", cut.Find("li a").GetAttribute("href"));
    }

    [Fact]
    public void A_plan_never_issued_has_an_empty_list_a_live_update_can_fill()
    {
        var cut = Render<PlanVersionList>(p => p.Add(x => x.Versions, []).Add(x => x.BaseUrl, "/children/1/plan"));

        Assert.Equal("0", cut.Find("#plan-versions").GetAttribute("data-versions"));
        Assert.Empty(cut.FindAll("h2"));
    }
}
