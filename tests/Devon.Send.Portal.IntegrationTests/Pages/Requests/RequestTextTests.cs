using Devon.Send.Portal.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.IntegrationTests.Pages.Requests;

/// <summary>What is typed into a form is kept as it will be read: in one Unicode form, with no invisible characters that change how it displays.</summary>
public sealed class RequestTextTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Post_NameOfZeroWidthCharactersOnly_AsksForTheName()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Parent);
        var id = await RequestTests.StartAsync(client);

        var (_, page) = await client.SubmitAsync((await client.GetAsync($"/requests/{id}/child")).Document, new Dictionary<string, string>
        {
            ["ChildGivenName"] = "\u200B\u200B",
            ["ChildFamilyName"] = "\u2060\u200D\u202E",
        });

        var errors = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#ChildGivenName", errors);
        Assert.Contains("#ChildFamilyName", errors);
        Assert.Null(await factory.WithDbAsync(db => db.AssessmentRequests.Where(r => r.Id == id).Select(r => r.ChildGivenName).SingleAsync()));
    }

    [Fact]
    public async Task Post_NameAndTextWithDirectionOverrides_AreStoredWithoutThemInComposedForm()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Parent);
        var id = await RequestTests.StartAsync(client);

        await client.SubmitAsync((await client.GetAsync($"/requests/{id}/child")).Document, new Dictionary<string, string>
        {
            ["ChildGivenName"] = "\u202EZoe\u0308\u200F",
            ["ChildFamilyName"] = "O\u2019Bri\u0301en",
        }, submitter: "button[formaction$='handler=Save']");
        await client.SubmitAsync((await client.GetAsync($"/requests/{id}/needs")).Document, new Dictionary<string, string>
        {
            ["Needs"] = "Reads \u2066slowly\u2069.\r\nLoves \U0001F469\u200D\U0001F467 stories.\u200B",
        }, submitter: "button[formaction$='handler=Save']");

        var request = await factory.WithDbAsync(db => db.AssessmentRequests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal("Zo\u00EB", request.ChildGivenName);
        Assert.Equal("O\u2019Br\u00EDen", request.ChildFamilyName);
        Assert.Equal("Reads slowly.\r\nLoves \U0001F469\u200D\U0001F467 stories.", request.Needs);
    }
}
