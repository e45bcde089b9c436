using System.Net;
using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

/// <summary>A parent who already has an account is invited to a second child's case and adds it with the code.</summary>
public sealed partial class AddChildTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<string> InviteAsync(string childName, string email, string relationship = "Father")
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync(childName)}/access/invite-family");
        var (sent, _) = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Relationship"] = relationship });
        var (_, confirmation) = await caseworker.GetAsync(sent.Headers.Location!.OriginalString);
        return confirmation.QuerySelector(".govuk-panel__body strong")!.TextContent;
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> AddAsync(PortalClient client, string code)
    {
        var (_, form) = await client.GetAsync("/account/add-child");
        return await client.SubmitAsync(form, new Dictionary<string, string> { ["Code"] = code });
    }

    [Fact]
    public async Task Post_CodeSentToTheParentsAddress_AddsTheSecondChildToTheirAccount()
    {
        var code = await InviteAsync("Mia", DemoData.SecondParent.Email);
        var email = await factory.Smtp.WaitForMessageAsync(DemoData.SecondParent.Email, "Your invitation to the Devon SEND Portal");
        Assert.Contains("You already have an account", email.TextBody, StringComparison.Ordinal);
        Assert.Contains(PortalFactory.PublicBaseUrl + "account/add-child", email.TextBody, StringComparison.Ordinal);

        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.SecondParent);
        var (_, before) = await parent.GetAsync("/home");
        Assert.NotNull(before.QuerySelector("a[href='/account/add-child']"));
        var (added, _) = await AddAsync(parent, code.ToLowerInvariant());

        Assert.Equal("/home", added.Headers.Location!.OriginalString);
        var (_, home) = await parent.GetAsync("/home");
        Assert.Equal(["Isla Osei", "Mia Hughes", "Noah Osei"], home.QuerySelectorAll(".app-child-card h2").Select(h => h.TextContent).Order().ToList());
        Assert.Contains("The case has been added to your account", home.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Kind == AuditKind.InvitationUsed && e.ActorName == DemoData.SecondParent.DisplayName && e.ChildId == db.Children.Single(c => c.GivenName == "Mia").Id));

        var (_, again) = await AddAsync(parent, code);
        Assert.NotNull(again.QuerySelector(".govuk-error-summary"));
    }

    [Fact]
    public async Task Post_CodeSentToSomeoneElse_IsRefusedAndAudited()
    {
        var code = await InviteAsync("Leo", "leo.grandad@example.com", "Carer");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.ThirdParent);

        var (response, page) = await AddAsync(parent, code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("#Code", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        var (_, home) = await parent.GetAsync("/home");
        Assert.DoesNotContain("Leo Carter", home.Body!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var refusal = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents
            .Where(e => e.Kind == AuditKind.InvitationRefused).OrderByDescending(e => e.Id).FirstAsync();
        Assert.DoesNotContain(code, refusal.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("caseworker@example.org")]
    [InlineData("senco@example.org")]
    [InlineData("jacob.hughes@example.com")]
    public async Task Get_StaffProfessionalsAndYoungPeople_AreRefused(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var (response, _) = await client.GetAsync("/account/add-child");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
