using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Advice;

public sealed class AskForAdviceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<PortalClient> CaseworkerAsync()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);
        return client;
    }

    private async Task<string> InvitationIdAsync(string child, DemoData.Account professional)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.ProfessionalInvitations.Where(i => i.Child!.GivenName == child && i.Email == professional.Email).Select(i => i.Id).SingleAsync()).ToString();
    }

    private async Task<int> RequestCountAsync(string child)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.AdviceRequests.CountAsync(a => db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && c.Child!.GivenName == child));
    }

    private static Dictionary<string, string> Asked(string contributor, DateOnly on, string type = "usual") => new()
    {
        ["Contributor"] = contributor,
        ["Type"] = type,
        ["RequestedOn.Day"] = on.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RequestedOn.Month"] = on.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RequestedOn.Year"] = on.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Post_CaseworkerAsksASocialWorker_RecordsSocialCareAdviceDueSixWeeksOn_AndShowsItOnTheAdvicePage()
    {
        using var caseworker = await CaseworkerAsync();
        var noah = await factory.ChildIdAsync("Noah");
        var (_, form) = await caseworker.GetAsync($"/children/{noah}/advice/ask");
        Assert.Equal("22", form.QuerySelector("input[name='RequestedOn.Day']")!.GetAttribute("value"));

        var (response, _) = await caseworker.SubmitAsync(form, Asked(await InvitationIdAsync("Noah", DemoData.SocialWorker), new DateOnly(2026, 11, 20)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{noah}/advice", response.Headers.Location!.OriginalString);
        var (_, advice) = await caseworker.GetAsync($"/children/{noah}/advice");
        var row = advice.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("20 November 2026", StringComparison.Ordinal));
        Assert.Contains("Social care", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Social care professional, Devon Children's Social Care", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 January 2027", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DateInTheFuture_ShowsAnErrorAndAsksNothing()
    {
        using var caseworker = await CaseworkerAsync();
        var noah = await factory.ChildIdAsync("Noah");
        var before = await RequestCountAsync("Noah");
        var (_, form) = await caseworker.GetAsync($"/children/{noah}/advice/ask");

        var (response, page) = await caseworker.SubmitAsync(form, Asked("family", new DateOnly(2026, 11, 23)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The date you asked must be today or in the past", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await RequestCountAsync("Noah"));
    }

    [Fact]
    public async Task Post_DateBeforeTheAssessmentWasRequested_ShowsAnErrorAndAsksNothing()
    {
        using var caseworker = await CaseworkerAsync();
        var noah = await factory.ChildIdAsync("Noah");
        var before = await RequestCountAsync("Noah");
        var (_, form) = await caseworker.GetAsync($"/children/{noah}/advice/ask");

        // Noah's request was received 80 days before 22 November 2026, on 3 September.
        var (response, page) = await caseworker.SubmitAsync(form, Asked("family", new DateOnly(2026, 9, 2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("on or after the day the assessment was requested, 3 September 2026", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await RequestCountAsync("Noah"));
    }

    [Fact]
    public async Task Post_TheSameAdviceStillOpenFromTheSameContributor_IsRefusedAsADuplicate()
    {
        using var caseworker = await CaseworkerAsync();
        var noah = await factory.ChildIdAsync("Noah");
        var before = await RequestCountAsync("Noah");
        var (_, form) = await caseworker.GetAsync($"/children/{noah}/advice/ask");

        var (response, page) = await caseworker.SubmitAsync(form, Asked(await InvitationIdAsync("Noah", DemoData.Senco), new DateOnly(2026, 11, 22)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You already asked them for education advice on 8 October 2026", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await RequestCountAsync("Noah"));
    }

    [Fact]
    public async Task Get_CaseWithoutADecisionToAssess_SaysSoAndOffersNoForm()
    {
        using var caseworker = await CaseworkerAsync();

        var (response, page) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync("Ava")}/advice/ask");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("has not yet decided to assess", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Theory]
    [InlineData("SocialCare", "SocialCare", null)]
    [InlineData("preparationforadulthood", "PreparationForAdulthood", null)]
    [InlineData("ParentOrYoungPerson", "ParentOrYoungPerson", "family")]
    [InlineData("1", "usual", null)]
    [InlineData("Nonsense", "usual", null)]
    public async Task Get_TypeInTheQuery_ChoosesThatKindOfAdvice_AndAnythingElseIsIgnored(string type, string chosen, string? contributor)
    {
        using var caseworker = await CaseworkerAsync();

        var (response, form) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/advice/ask?type={type}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([chosen], form.QuerySelectorAll("input[name='Type'][checked]").Select(i => i.GetAttribute("value")).ToList());
        Assert.Equal(contributor, form.QuerySelector("input[name='Contributor'][checked]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_Professional_IsForbidden()
    {
        using var psychologist = factory.CreatePortalClient();
        await psychologist.SignInAsync(DemoData.Psychologist);

        var (response, _) = await psychologist.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/advice/ask");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
