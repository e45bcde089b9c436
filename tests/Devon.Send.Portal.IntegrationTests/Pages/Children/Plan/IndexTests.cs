using System.Net;
using Devon.Send.Portal.Web.Demo;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Plan;

public sealed class IndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_Parent_SeesEverySectionOfTheirChildsIssuedPlanAndNoStaffQualityCheck()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        var (response, page) = await parent.GetAsync($"/children/{leo}/plan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Leo Carter's EHC plan", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"], page.QuerySelectorAll(".app-plan-section").Select(s => s.GetAttribute("data-section")).ToList());
        Assert.Contains("Final plan was issued on 10 December 2025 by Priya Shah", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#quality-check"));
        Assert.Null(page.QuerySelector("#still-completing"));
        Assert.Contains("Exe Valley Academy", page.QuerySelector("#section-i")!.TextContent, StringComparison.Ordinal);
        // A parent may write section A and nothing else.
        Assert.Equal(["/children/" + leo + "/plan/sections/a/edit"], page.QuerySelectorAll("a[href$='/edit']").Select(a => a.GetAttribute("href")).ToList());
    }

    [Fact]
    public async Task Get_Home_LinksEachFamilysChildrenToTheirPlans()
    {
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        var (_, home) = await parent.GetAsync("/home");

        Assert.Equal(["See Ava Carter's EHC plan", "See Leo Carter's EHC plan"], home.QuerySelectorAll("a[href$='/plan']").Select(a => a.TextContent).ToList());
    }

    [Theory]
    [InlineData("kwame.osei@example.com")]
    [InlineData("senco@example.org")]
    [InlineData("editor@example.org")]
    [InlineData("admin@example.org")]
    public async Task Get_AnotherFamilyOrAnUninvitedProfessional_ReturnsNotFoundWithNothingOfThePlan(string email)
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        foreach (var url in new[] { "/plan", "/plan/history", "/plan/versions/1", "/plan/versions/1/print", "/plan/print", "/plan/compare?from=1&to=2", "/plan/sections/f", "/plan/sections/a/edit", "/plan/issue" })
        {
            var (response, page) = await client.GetAsync($"/children/{leo}{url}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Leo", page.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_InvitedProfessional_MayChangeOnlyTheSectionsOfTheirInvitation()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var paediatrician = factory.CreatePortalClient();
        await paediatrician.SignInAsync(DemoData.Paediatrician);

        var (response, page) = await paediatrician.GetAsync($"/children/{noah}/plan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["c", "g", "k"], page.QuerySelectorAll("a[href$='/edit']").Select(a => a.GetAttribute("href")!.Split('/')[^2]).ToList());
        Assert.Contains("Not started", page.QuerySelector("#section-d")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AfterSomeoneElseChangesASection_MarksItChangedSinceYouLastLooked()
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.ThirdParent);
        var (_, first) = await mother.GetAsync($"/children/{mia}/plan");
        Assert.Empty(first.QuerySelectorAll(".govuk-tag--yellow"));

        using var paediatrician = factory.CreatePortalClient();
        await paediatrician.SignInAsync(DemoData.Paediatrician);
        var (_, form) = await paediatrician.GetAsync($"/children/{mia}/plan/sections/c/edit");
        await paediatrician.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Form.Needs[0].Text"] = "Mia has a global developmental delay and low muscle tone, which makes her tire quickly and affects her balance and fine motor skills.",
            ["Reason"] = "Added fine motor skills after the physiotherapy assessment",
        });

        var (_, second) = await mother.GetAsync($"/children/{mia}/plan");
        Assert.Equal(["Changed since you last looked"], second.QuerySelectorAll(".govuk-tag--yellow").Select(t => t.TextContent).ToList());
        Assert.NotNull(second.QuerySelector("#section-c .govuk-tag--yellow"));
        Assert.Contains("Changed since Draft 1", second.QuerySelector("#section-c")!.TextContent, StringComparison.Ordinal);

        var (_, third) = await mother.GetAsync($"/children/{mia}/plan");
        Assert.Empty(third.QuerySelectorAll(".govuk-tag--yellow"));
    }

    [Fact]
    public async Task Get_DraftWithVagueProvision_ShowsTheQualityFindingAgainstTheItem()
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        var (_, page) = await caseworker.GetAsync($"/children/{mia}/plan");

        var finding = page.QuerySelectorAll("#quality-check li a").Single(a => a.GetAttribute("href") == "#item-f2");
        Assert.Equal("Provision F2 uses vague wording (“opportunities for”, “as required”, “regular” and “ongoing”): say exactly what, who, how often and for how long", finding.TextContent);
        Assert.NotNull(page.QuerySelector("#item-f2"));
        Assert.Equal("1 thing to check", page.QuerySelector("#section-f .govuk-tag--orange")!.TextContent);
    }

    [Fact]
    public async Task Get_ParentOfADraft_ReadsWhichSectionsTheCouncilIsStillCompleting_NeverTheStaffQualityCheck()
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.ThirdParent);

        var (_, page) = await parent.GetAsync($"/children/{mia}/plan");
        var (_, statusPart) = await parent.GetAsync($"/children/{mia}/plan?handler=Part&part=status");

        Assert.Contains("The council is still completing section F (the support for learning).", page.QuerySelector("#still-completing")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#quality-check"));
        Assert.Empty(page.QuerySelectorAll(".app-plan-section .govuk-tag--orange"));
        Assert.DoesNotContain("needs attention", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("vague wording", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(statusPart.QuerySelector("#still-completing"));
        Assert.Null(statusPart.QuerySelector("#quality-check"));
    }

    [Fact]
    public async Task Get_ProfessionalOnADraft_ReadsTheFamilysWordingToo()
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var paediatrician = factory.CreatePortalClient();
        await paediatrician.SignInAsync(DemoData.Paediatrician);

        var (_, page) = await paediatrician.GetAsync($"/children/{mia}/plan");

        Assert.NotNull(page.QuerySelector("#still-completing"));
        Assert.Null(page.QuerySelector("#quality-check"));
    }

    [Fact]
    public async Task Get_YoungPerson_ReadsTheirOwnPlanAndCaseInTheSecondPerson_TheirMotherReadsTheirName()
    {
        var jacob = await factory.ChildIdAsync("Jacob");
        using var youngPerson = factory.CreatePortalClient();
        await youngPerson.SignInAsync(DemoData.YoungPerson);
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.ThirdParent);

        var (_, plan) = await youngPerson.GetAsync($"/children/{jacob}/plan");
        var (_, casePage) = await youngPerson.GetAsync($"/children/{jacob}/case");
        var (_, people) = await youngPerson.GetAsync($"/children/{jacob}/access");
        var (_, mothersPlan) = await mother.GetAsync($"/children/{jacob}/plan");

        Assert.Equal("Your EHC plan", plan.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Your EHC plan", plan.Title, StringComparison.Ordinal);
        Assert.StartsWith("Your case", casePage.Title, StringComparison.Ordinal);
        Assert.Contains(casePage.QuerySelectorAll("h2"), h => h.TextContent == "Your record");
        Assert.Equal("People involved in your case", people.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Jacob Hughes's", plan.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Jacob Hughes's EHC plan", mothersPlan.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Get_ChildWithoutAPlan_SaysSoAndLetsTheCaseworkerStartOne()
    {
        var ava = await factory.ChildIdAsync("Ava");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);
        var (_, parentView) = await parent.GetAsync($"/children/{ava}/plan");
        Assert.Contains("There is no EHC plan for Ava Carter yet", parentView.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(parentView.QuerySelector("main form"));

        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, page) = await caseworker.GetAsync($"/children/{ava}/plan");
        var (started, _) = await caseworker.SubmitAsync(page, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);

        var (_, plan) = await caseworker.GetAsync($"/children/{ava}/plan");
        Assert.Equal(12, plan.QuerySelectorAll(".app-plan-section .govuk-tag--grey").Length);
    }
}
