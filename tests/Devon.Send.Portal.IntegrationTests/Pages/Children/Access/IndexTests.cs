using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Access;

public sealed class IndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<Guid> InvitationIdAsync(string childName, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ProfessionalInvitations.Where(i => i.Child!.GivenName == childName && i.Email == email).Select(i => i.Id).SingleAsync();
    }

    private async Task<bool> IsActiveAsync(Guid invitationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ProfessionalInvitations.AnyAsync(i => i.Id == invitationId && i.RevokedAt == null);
    }

    [Fact]
    public async Task Get_Parent_SeesTheProfessionalsInvitedToTheirChild_WithoutWaysToChangeThem()
    {
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.SecondParent);

        var (response, page) = await parent.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/access");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var who = page.QuerySelectorAll("tbody tr th").Select(t => t.TextContent.Trim()).Order().ToList();
        Assert.Equal(new[] { DemoData.Senco, DemoData.Paediatrician, DemoData.SocialWorker, DemoData.Psychologist }.Select(a => a.DisplayName).Order().ToList(), who);
        Assert.Contains("Exe Valley Primary School", page.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href*='/access/remove/']"));
        Assert.Null(page.QuerySelector("a[href*='invite-professional']"));
    }

    [Fact]
    public async Task Post_RemoveAccess_WithAnotherChildsInvitationId_IsNotFoundAndChangesNothing()
    {
        var noahsSenco = await InvitationIdAsync("Noah", DemoData.Senco.Email);
        var ava = await factory.ChildIdAsync("Ava");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/access/remove/{noahsSenco}");
        var token = form.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var (getResponse, _) = await caseworker.GetAsync($"/children/{ava}/access/remove/{noahsSenco}");
        var post = await caseworker.Http.PostAsync(new Uri($"/children/{ava}/access/remove/{noahsSenco}", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, getResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.True(await IsActiveAsync(noahsSenco));
    }

    [Fact]
    public async Task Post_RemoveAccess_ByTheFamily_IsNotFoundAndChangesNothing()
    {
        var noah = await factory.ChildIdAsync("Noah");
        var psychologist = await InvitationIdAsync("Noah", DemoData.Psychologist.Email);
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.SecondParent);
        var (_, people) = await parent.GetAsync($"/children/{noah}/access");
        var token = people.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var post = await parent.Http.PostAsync(new Uri($"/children/{noah}/access/remove/{psychologist}", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.True(await IsActiveAsync(psychologist));
    }

    [Fact]
    public async Task Get_AnotherFamilysChild_IsRefusedAndTheRefusalIsAuditedWithoutPersonalData()
    {
        var ava = await factory.ChildIdAsync("Ava");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.ThirdParent);

        var (people, _) = await parent.GetAsync($"/children/{ava}/access");
        var (invite, _) = await parent.GetAsync($"/children/{ava}/access/invite-family");

        Assert.Equal(HttpStatusCode.NotFound, people.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var refusals = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Kind == AuditKind.AccessRefused && e.ChildId == ava && e.ActorName == DemoData.ThirdParent.DisplayName)
            .Select(e => e.Detail).ToListAsync();
        Assert.Equal(["/Children/Access/Index", "/Children/Access/InviteFamily"], refusals);
    }
}
