using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Case;

/// <summary>The advice regulation 6 requires that nobody has been asked for, on the case page, for those who manage the case.</summary>
public sealed class AdviceStillToAskForTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<PortalClient> SignedInAsync(DemoData.Account account)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(account);
        return client;
    }

    [Fact]
    public async Task Get_CaseworkerDuringAnAssessment_SeesTheAdviceNotAskedFor_UntilItIsAsked()
    {
        // Isla's father, school, paediatrician and educational psychologist were asked a month ago; nobody for social care.
        var isla = await factory.ChildIdAsync("Isla");
        using var caseworker = await SignedInAsync(DemoData.Caseworker);

        var (_, before) = await caseworker.GetAsync($"/children/{isla}/case");
        var link = Assert.Single(before.QuerySelectorAll("#advice-to-ask a"));
        Assert.Equal("Social care advice", link.TextContent);
        Assert.Equal($"/children/{isla}/advice/ask?type=SocialCare", link.GetAttribute("href"));
        Assert.Contains("SEND Regulations 2014, regulation 6(1)(e)", before.QuerySelector("#advice-to-ask")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("If Isla has a hearing or vision impairment, the education advice must be given after consulting a qualified specialist teacher",
            before.QuerySelector("#advice-reminders")!.TextContent, StringComparison.Ordinal);
        Assert.Null(before.QuerySelector("#all-asked"));

        var (invite, _) = await caseworker.SubmitAsync((await caseworker.GetAsync($"/children/{isla}/access/invite-professional")).Document, new Dictionary<string, string>
        {
            ["Email"] = DemoData.SocialWorker.Email, ["Organisation"] = DemoData.SocialWorker.Organisation!, ["Role"] = PortalRoles.SocialCareProfessional,
            ["Sections"] = "D", ["EndsOn.Day"] = "31", ["EndsOn.Month"] = "5", ["EndsOn.Year"] = "2027",
        });
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        var (_, form) = await caseworker.GetAsync(link.GetAttribute("href")!);
        Assert.True(form.QuerySelector("input[name='Type'][value='SocialCare']")!.HasAttribute("checked"));
        var (asked, _) = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Contributor"] = await InvitationIdAsync("Isla", DemoData.SocialWorker) });
        Assert.Equal($"/children/{isla}/advice", asked.Headers.Location!.OriginalString);

        var (_, after) = await caseworker.GetAsync($"/children/{isla}/case");
        Assert.Null(after.QuerySelector("#advice-to-ask"));
        Assert.Equal("Everyone the law requires has been asked.", after.QuerySelector("#all-asked")!.TextContent);
        Assert.NotNull(after.QuerySelector("#advice-reminders"));
    }

    [Theory]
    [InlineData("kwame.osei@example.com")]
    [InlineData("psychologist@example.org")]
    public async Task Get_FamilyOrInvitedProfessional_DoesNotSeeTheAdviceStillToAskFor(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var (response, page) = await client.GetAsync($"/children/{await factory.ChildIdAsync("Isla")}/case");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Advice still to ask for", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#advice-to-ask"));
        Assert.Null(page.QuerySelector("#advice-reminders"));
    }

    [Theory]
    [InlineData("Ava")] // waiting for the decision whether to assess
    [InlineData("Leo")] // a final plan
    public async Task Get_CaseworkerWhenTheChildIsNotBeingAssessed_SeesNoList(string child)
    {
        using var caseworker = await SignedInAsync(DemoData.Caseworker);

        var (_, page) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync(child)}/case");

        Assert.DoesNotContain("Advice still to ask for", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CaseworkerWhileADraftPlanIsOut_StillSeesTheAdviceNotAskedFor()
    {
        // Only Mia's paediatrician and educational psychologist were asked.
        using var caseworker = await SignedInAsync(DemoData.Caseworker);

        var (_, page) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync("Mia")}/case");

        Assert.Equal(["ParentOrYoungPerson", "Education", "SocialCare"],
            page.QuerySelectorAll("#advice-to-ask a").Select(a => a.GetAttribute("href")!.Split("?type=")[1]).ToList());
    }

    private async Task<string> InvitationIdAsync(string child, DemoData.Account professional)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.ProfessionalInvitations.Where(i => i.Child!.GivenName == child && i.Email == professional.Email).Select(i => i.Id).SingleAsync()).ToString();
    }
}
