using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Requests;

public sealed class RequestTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_parent_asks_online_step_by_step_and_the_council_has_received_it_that_day()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Parent);
        var id = await StartAsync(client);

        var (_, empty) = await client.SubmitAsync(await PageAsync(client, $"/requests/{id}/child"), new Dictionary<string, string>());
        Assert.Equal(["#ChildDateOfBirth", "#ChildFamilyName", "#ChildGivenName", "#Relationship"], Errors(empty).Order().ToList());

        await FillAllAsync(client, id, "Zara", "Whitfield");
        var (_, check) = await client.GetAsync($"/requests/{id}/check");
        Assert.Contains("Zara Whitfield", check.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        var (sent, _) = await client.SubmitAsync(check, new Dictionary<string, string>());

        Assert.Equal($"/requests/{id}/sent", sent.Headers.Location!.OriginalString);
        var (_, confirmation) = await client.GetAsync($"/requests/{id}/sent");
        Assert.Contains("The council received your request on 22 November 2026", confirmation.QuerySelector(".govuk-panel")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 January 2027", confirmation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var child = await db.Children.Include(c => c.Family).Include(c => c.Cases).SingleAsync(c => c.GivenName == "Zara");
        Assert.Equal(new DateOnly(2018, 3, 31), child.DateOfBirth);
        Assert.Null(child.CaseworkerId);
        Assert.Equal("Mother", Assert.Single(child.Family).Relationship);
        Assert.Equal(new DateOnly(2026, 11, 22), Assert.Single(child.Cases).RequestReceivedOn);
        var caseworker = await db.Users.SingleAsync(u => u.Email == DemoData.Caseworker.Email);
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == caseworker.Id && n.ChildId == child.Id && n.Link == "/requests/incoming"));

        // The email says what happened and when the decision is due, without the child's full name.
        var email = await factory.Smtp.WaitForMessageAsync(DemoData.Parent.Email,
            "We received your request for an assessment for Zara. We will decide whether to assess by 3 January 2027");
        Assert.DoesNotContain("Whitfield", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{PortalFactory.PublicBaseUrl}children/{child.Id}/case", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_twice_opens_one_case()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Parent);
        var id = await StartAsync(client);
        await FillAllAsync(client, id, "Idris", "Twice");
        var (_, check) = await client.GetAsync($"/requests/{id}/check");

        await client.SubmitAsync(check, new Dictionary<string, string>());
        var (again, _) = await client.SubmitAsync(check, new Dictionary<string, string>());

        Assert.Equal($"/requests/{id}/sent", again.Headers.Location!.OriginalString);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Children.CountAsync(c => c.FamilyName == "Twice"));
    }

    [Fact]
    public async Task Save_and_come_back_later_keeps_what_was_typed_even_with_a_wrong_date()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Parent);
        var id = await StartAsync(client);

        var (saved, _) = await client.SubmitAsync(await PageAsync(client, $"/requests/{id}/child"), new Dictionary<string, string>
        {
            ["ChildGivenName"] = "Ottilie",
            ["ChildDateOfBirth.Day"] = "31",
            ["ChildDateOfBirth.Month"] = "2",
            ["ChildDateOfBirth.Year"] = "2019",
        }, submitter: "button[formaction$='handler=Save']");

        Assert.Equal("/requests", saved.Headers.Location!.OriginalString);
        var (_, again) = await client.GetAsync($"/requests/{id}/child");
        Assert.Equal("Ottilie", again.QuerySelector("#ChildGivenName")!.GetAttribute("value"));
        var (_, list) = await client.GetAsync("/requests");
        Assert.Contains("Continue your request", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_saves_answers_as_they_are_typed_until_the_request_is_sent()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Parent);
        var id = await StartAsync(client);
        var page = await PageAsync(client, $"/requests/{id}/needs");
        Assert.Equal($"/requests/{id}/needs?handler=Autosave", page.QuerySelector("form[data-autosave]")!.GetAttribute("data-autosave"));

        var saved = await AutosaveAsync(client, page, "Typed, not yet sent");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("savedAt", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Typed, not yet sent", (await PageAsync(client, $"/requests/{id}/needs")).QuerySelector("#Needs")!.TextContent);

        await FillAllAsync(client, id, "Autumn", "Saved");
        await client.SubmitAsync(await PageAsync(client, $"/requests/{id}/check"), new Dictionary<string, string>());
        var late = await AutosaveAsync(client, page, "After sending");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task A_date_of_birth_in_the_future_is_refused_and_the_names_are_kept()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Parent);
        var id = await StartAsync(client);

        var (_, page) = await client.SubmitAsync(await PageAsync(client, $"/requests/{id}/child"), new Dictionary<string, string>
        {
            ["ChildGivenName"] = "Future",
            ["ChildFamilyName"] = "Child",
            ["ChildDateOfBirth.Day"] = "1",
            ["ChildDateOfBirth.Month"] = "1",
            ["ChildDateOfBirth.Year"] = "2027",
            ["Relationship"] = "Father",
        });

        Assert.Equal("Their date of birth must be today or in the past", page.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal("Future", page.QuerySelector("#ChildGivenName")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Nobody_else_can_open_or_send_a_request_someone_has_started()
    {
        using var owner = factory.CreatePortalClient();
        await owner.SignInAsync(DemoData.Parent);
        var id = await StartAsync(owner);

        using var other = factory.CreatePortalClient();
        await other.SignInAsync(DemoData.SecondParent);
        var (response, _) = await other.GetAsync($"/requests/{id}/child");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var (check, _) = await other.GetAsync($"/requests/{id}/check");
        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
    }

    [Theory]
    [InlineData("caseworker@example.org")]
    [InlineData("paediatrician@example.org")]
    [InlineData("editor@example.org")]
    public async Task Only_families_and_schools_ask_online(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var (response, _) = await client.GetAsync("/requests");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_school_asks_once_the_family_knows_and_is_invited_to_the_case()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Senco);
        var id = await StartAsync(client);
        var values = ChildAnswers("Rhys", "Pemberton");
        values.Remove("Relationship");

        var (_, refused) = await client.SubmitAsync(await PageAsync(client, $"/requests/{id}/child"), values);
        Assert.Equal(["#FamilyKnows"], Errors(refused));

        values["FamilyKnows"] = "Yes";
        await client.SubmitAsync(await PageAsync(client, $"/requests/{id}/child"), values);
        await client.SubmitAsync(await PageAsync(client, $"/requests/{id}/needs"), NeedsAnswers());
        await client.SubmitAsync(await PageAsync(client, $"/requests/{id}/views"), new Dictionary<string, string> { ["Declaration"] = "Yes" });
        await client.SubmitAsync(await PageAsync(client, $"/requests/{id}/check"), new Dictionary<string, string>());

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var child = await db.Children.Include(c => c.Invitations).Include(c => c.Family).SingleAsync(c => c.GivenName == "Rhys");
        Assert.Empty(child.Family);
        Assert.Equal("Exe Valley Primary School", Assert.Single(child.Invitations).Organisation);
        var (response, _) = await client.GetAsync($"/children/{child.Id}/case");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Posts the needs step as the page's script does: the form's fields to its data-autosave address.</summary>
    private static Task<HttpResponseMessage> AutosaveAsync(PortalClient client, AngleSharp.Html.Dom.IHtmlDocument page, string needs)
    {
        var form = page.QuerySelector("form[data-autosave]")!;
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        return client.Http.PostAsync(new Uri(form.GetAttribute("data-autosave")!, UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Needs", needs), new("SupportSoFar", "")]));
    }

    internal static async Task<Guid> StartAsync(PortalClient client)
    {
        var (_, start) = await client.GetAsync("/requests");
        var (response, _) = await client.SubmitAsync(start, new Dictionary<string, string>());
        var location = response.Headers.Location!.OriginalString;
        return Guid.Parse(location.Split('/')[2]);
    }

    internal static async Task FillAllAsync(PortalClient client, Guid id, string givenName, string familyName)
    {
        await client.SubmitAsync(await PageAsync(client, $"/requests/{id}/child"), ChildAnswers(givenName, familyName));
        await client.SubmitAsync(await PageAsync(client, $"/requests/{id}/needs"), NeedsAnswers());
        await client.SubmitAsync(await PageAsync(client, $"/requests/{id}/views"), new Dictionary<string, string> { ["Declaration"] = "Yes" });
    }

    private static Dictionary<string, string> ChildAnswers(string givenName, string familyName) => new()
    {
        ["ChildGivenName"] = givenName,
        ["ChildFamilyName"] = familyName,
        ["ChildDateOfBirth.Day"] = "31",
        ["ChildDateOfBirth.Month"] = "3",
        ["ChildDateOfBirth.Year"] = "2018",
        ["Relationship"] = "Mother",
        ["SettingName"] = "Exe Valley Primary School",
    };

    private static Dictionary<string, string> NeedsAnswers() => new()
    {
        ["Needs"] = "Finds reading and writing very hard; struggles in noisy rooms.",
        ["SupportSoFar"] = "Small-group phonics three times a week since Year 1.",
    };

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(PortalClient client, string url) => (await client.GetAsync(url)).Document;

    private static List<string?> Errors(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
}
