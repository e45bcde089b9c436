using System.Net;
using System.Threading.Channels;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Plans;
using Devon.Send.Portal.Web.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Plan;

/// <summary>
/// Live updates of a plan through a real SignalR client over WebSockets, signed in with the same cookie as the pages.
/// </summary>
public sealed class LiveTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ASectionSavedByAProfessional_ReachesTheParentWithItsRevision_AndItsHtmlIsTheSectionAsThePageShowsIt()
    {
        var noah = await factory.ChildIdAsync("Noah");
        await using var parent = await LiveClient.ConnectAsync(factory, DemoData.SecondParent);
        var state = await parent.JoinAsync(noah);
        var before = state.Sections.GetValueOrDefault("G");

        using var paediatrician = factory.CreatePortalClient();
        await paediatrician.SignInAsync(DemoData.Paediatrician);
        var (_, form) = await paediatrician.GetAsync($"/children/{noah}/plan/sections/g/edit");
        var (saved, _) = await paediatrician.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Form.Provision[0].What"] = "Sleep clinic review with a written plan for home and school.",
            ["Form.Provision[0].Who"] = "A community paediatrician",
            ["Form.Provision[0].HowOften"] = "Every 6 months",
            ["Form.Provision[0].HowLong"] = "Until the next annual review",
            ["Reason"] = "Sleep advice added",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var change = await parent.NextChangeAsync(c => c.Part == "G");
        Assert.Equal(before + 1, change.Revision);
        Assert.Equal("Section G, Health provision, was changed by Dr Amir Khan.", change.Announcement);

        var (response, part) = await parent.Portal.GetAsync($"/children/{noah}/plan?handler=Part&part=g");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var section = part.QuerySelector("section#section-g")!;
        Assert.Equal(change.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture), section.GetAttribute("data-revision"));
        Assert.Contains("Sleep clinic review", section.TextContent, StringComparison.Ordinal);
        Assert.Null(part.QuerySelector("header"));

        // The page itself renders the same section from the same component.
        var (_, page) = await parent.Portal.GetAsync($"/children/{noah}/plan");
        Assert.Equal(section.OuterHtml, page.QuerySelector("section#section-g")!.OuterHtml);
    }

    [Fact]
    public async Task IssuingAVersion_ReachesEveryoneWatching_AndTheVersionsPartListsIt()
    {
        var mia = await factory.ChildIdAsync("Mia");
        await using var parent = await LiveClient.ConnectAsync(factory, DemoData.ThirdParent);
        var before = (await parent.JoinAsync(mia)).Versions;

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var plans = scope.ServiceProvider.GetRequiredService<PlanStore>();
            var issued = await plans.IssueAsync((await plans.PlanOfAsync(mia))!, PlanVersionKind.Draft, new Author(null, "Priya Shah", PortalRoles.Caseworker), 0, null);
            Assert.NotNull(issued);
        }

        var change = await parent.NextChangeAsync(c => c.Part == PlanChange.Versions);
        Assert.Equal(before + 1, change.Revision);
        Assert.Equal("Draft 2 of the plan was issued by Priya Shah.", change.Announcement);
        var (_, versions) = await parent.Portal.GetAsync($"/children/{mia}/plan?handler=Part&part=versions");
        Assert.Equal(change.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture), versions.QuerySelector("#plan-versions")!.GetAttribute("data-versions"));
        Assert.Equal("Draft 2", versions.QuerySelectorAll("#plan-versions a")[0].TextContent);
        var (_, status) = await parent.Portal.GetAsync($"/children/{mia}/plan?handler=Part&part=status");
        Assert.Contains("Draft 2 was issued on", status.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejoining_ReturnsEveryRevision_SoABrowserThatWasAwayCatchesUp()
    {
        var noah = await factory.ChildIdAsync("Noah");
        await using var caseworker = await LiveClient.ConnectAsync(factory, DemoData.Caseworker);
        var first = await caseworker.JoinAsync(noah);
        await caseworker.DisposeHubAsync();

        await SaveSectionAsync(noah, "K", "Advice gathered while the parent was away.");

        await using var again = await LiveClient.ConnectAsync(factory, DemoData.Caseworker);
        var second = await again.JoinAsync(noah);
        Assert.Equal(first.Sections.GetValueOrDefault("K") + 1, second.Sections["K"]);
        Assert.Equal(first.Versions, second.Versions);
    }

    [Fact]
    public async Task TheStatusPart_IsTheIssueState_WithoutTheStaffCheckForAParent_AndAnUnknownPartIsNotFound()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.SecondParent);

        var (status, statusPart) = await parent.GetAsync($"/children/{noah}/plan?handler=Part&part=status");
        var (unknown, _) = await parent.GetAsync($"/children/{noah}/plan?handler=Part&part=z");
        var (missing, _) = await parent.GetAsync($"/children/{noah}/plan?handler=Part");

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.NotNull(statusPart.QuerySelector("#plan-status[data-versions]"));
        Assert.Null(statusPart.QuerySelector("#quality-check"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("sarah.carter@example.com")]
    [InlineData("senco@example.org")]
    [InlineData("admin@example.org")]
    public async Task JoiningAPlanTheyMayNotSee_IsRefusedAuditedAndClosesTheConnection(string email)
    {
        var mia = await factory.ChildIdAsync("Mia");
        await using var outsider = await LiveClient.ConnectAsync(factory, DemoData.Accounts.Single(a => a.Email == email));

        await Assert.ThrowsAnyAsync<Exception>(() => outsider.Hub.InvokeAsync<PlanState>("Join", mia.ToString()));

        await outsider.AccessEndedAsync();
        await outsider.ClosedAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ChildId == mia && e.Kind == AuditKind.AccessRefused && e.Detail == "Live updates of the plan"));
    }

    [Fact]
    public async Task RevokingAnInvitation_ClosesThatProfessionalsLiveConnection_AndNobodyElses()
    {
        var mia = await factory.ChildIdAsync("Mia");
        var invitation = await InviteAsync(mia, DemoData.SocialWorker);
        await using var socialWorker = await LiveClient.ConnectAsync(factory, DemoData.SocialWorker);
        await using var parent = await LiveClient.ConnectAsync(factory, DemoData.ThirdParent);
        await socialWorker.JoinAsync(mia);
        await parent.JoinAsync(mia);
        await parent.PresenceAsync(people => people.Any(p => p.Name == "Tom Bennett"));

        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, confirm) = await caseworker.GetAsync($"/children/{mia}/access/remove/{invitation}");
        var (removed, _) = await caseworker.SubmitAsync(confirm, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        await socialWorker.AccessEndedAsync();
        await socialWorker.ClosedAsync();
        await parent.PresenceAsync(people => people.All(p => p.Name != "Tom Bennett"));
        await SaveSectionAsync(mia, "K", "Still live for the family.");
        Assert.Equal("K", (await parent.NextChangeAsync(c => c.Part == "K")).Part);
        Assert.Equal(HubConnectionState.Connected, parent.Hub.State);
    }

    [Fact]
    public async Task Presence_ShowsWhoElseHasThePlanOpenAndWhichSectionTheyAreEditing_AndTheEditPageWarnsBeforeEditing()
    {
        var noah = await factory.ChildIdAsync("Noah");
        await using var parent = await LiveClient.ConnectAsync(factory, DemoData.SecondParent);
        await using var paediatrician = await LiveClient.ConnectAsync(factory, DemoData.Paediatrician);
        await parent.JoinAsync(noah);
        var joined = await paediatrician.JoinAsync(noah);
        Assert.Contains(joined.People, p => p.Name == "Kwame Osei" && p.Role == "Parent or carer");

        await paediatrician.Hub.InvokeAsync("Editing", noah.ToString(), "g");
        await parent.PresenceAsync(people => people.Any(p => p.Name == "Dr Amir Khan" && p.Role == "Health professional" && p.Editing.SequenceEqual(["G"])));

        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, edit) = await caseworker.GetAsync($"/children/{noah}/plan/sections/g/edit");
        var (_, other) = await caseworker.GetAsync($"/children/{noah}/plan/sections/f/edit");
        Assert.Contains("Dr Amir Khan (Health professional) is editing this section now", edit.QuerySelector("#plan-editing-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(other.QuerySelectorAll("#plan-editing-warning .govuk-warning-text"));

        await paediatrician.Hub.InvokeAsync("Editing", noah.ToString(), null);
        await parent.PresenceAsync(people => people.Any(p => p.Name == "Dr Amir Khan" && p.Editing.Count == 0));
        await paediatrician.DisposeHubAsync();
        await parent.PresenceAsync(people => people.All(p => p.Name != "Dr Amir Khan"));
    }

    [Fact]
    public async Task ALiveConnection_EndsWithTheSessionItWasOpenedIn()
    {
        var noah = await factory.ChildIdAsync("Noah");
        await using var parent = await LiveClient.ConnectAsync(factory, DemoData.SecondParent);
        await parent.JoinAsync(noah);

        factory.Clock.Advance(TimeSpan.FromMinutes(21));

        await parent.ClosedAsync();
    }

    [Fact]
    public async Task EditingASectionTheyMayNotWrite_IsRefused()
    {
        var noah = await factory.ChildIdAsync("Noah");
        await using var parent = await LiveClient.ConnectAsync(factory, DemoData.SecondParent);
        await parent.JoinAsync(noah);

        var refused = await Assert.ThrowsAsync<HubException>(() => parent.Hub.InvokeAsync("Editing", noah.ToString(), "F"));

        Assert.Contains("You cannot change that section", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HubConnectionState.Connected, parent.Hub.State);
    }

    [Fact]
    public async Task MalformedCalls_AreRefused_AndRepeatedOnesCloseOnlyThatConnection()
    {
        var noah = await factory.ChildIdAsync("Noah");
        await using var bystander = await LiveClient.ConnectAsync(factory, DemoData.Caseworker);
        await bystander.JoinAsync(noah);
        await using var abuser = await LiveClient.ConnectAsync(factory, DemoData.SecondParent);

        var first = await Assert.ThrowsAsync<HubException>(() => abuser.Hub.InvokeAsync<PlanState>("Join", "not-a-child"));
        await Assert.ThrowsAsync<HubException>(() => abuser.Hub.InvokeAsync("Editing", noah.ToString(), "A"));
        await Assert.ThrowsAnyAsync<Exception>(() => abuser.Hub.InvokeAsync<PlanState>("Join", "'; drop table"));

        Assert.Contains("That is not a child's id", first.Message, StringComparison.Ordinal);
        await abuser.ClosedAsync();
        await LoggedAsync("repeated bad calls");
        await bystander.StillServedAsync(noah);
    }

    [Fact]
    public async Task AnOversizedMessage_ClosesThatConnection_AndNobodyElses()
    {
        var noah = await factory.ChildIdAsync("Noah");
        await using var bystander = await LiveClient.ConnectAsync(factory, DemoData.Caseworker);
        await bystander.JoinAsync(noah);
        await using var abuser = await LiveClient.ConnectAsync(factory, DemoData.SecondParent);
        await abuser.JoinAsync(noah);

        await Assert.ThrowsAnyAsync<Exception>(() => abuser.Hub.InvokeAsync("Editing", noah.ToString(), new string('A', PlanLiveRegistration.MaximumMessageSize * 2)));

        await abuser.ClosedAsync();
        await LoggedAsync("sent a message that was too big or not valid");
        await bystander.StillServedAsync(noah);
    }

    [Fact]
    public async Task AMessageThatIsNotValidJson_ClosesThatConnection_AndIsLogged()
    {
        var noah = await factory.ChildIdAsync("Noah");
        await using var bystander = await LiveClient.ConnectAsync(factory, DemoData.Caseworker);
        await bystander.JoinAsync(noah);
        var cookies = new System.Net.CookieContainer();
        using (var portal = new PortalClient(factory.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies))))
        {
            await portal.SignInAsync(DemoData.SecondParent);
        }

        var client = factory.Server.CreateWebSocketClient();
        client.ConfigureRequest = request => request.Headers.Cookie = cookies.GetCookieHeader(new Uri("https://localhost"));
        using var socket = await client.ConnectAsync(new Uri("ws://localhost" + PlanHub.Path), CancellationToken.None);
        await SendAsync(socket, "{\"protocol\":\"json\",\"version\":1}\u001e");
        Assert.Equal("{}\u001e", await ReceiveAsync(socket));

        await SendAsync(socket, "{\"type\":1,\"target\":\"Join\",\"arguments\":[\u001e");

        Assert.Contains("\"type\":7", await ReceiveAsync(socket), StringComparison.Ordinal);
        await LoggedAsync("sent a message that was too big or not valid");
        await bystander.StillServedAsync(noah);
    }

    /// <summary>The server logs a closed connection as it finishes closing it, which may be just after the client hears.</summary>
    private async Task LoggedAsync(string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!factory.Logs.Messages.Any(m => m.Contains(text, StringComparison.Ordinal)))
        {
            Assert.False(timeout.IsCancellationRequested, $"Nothing logged “{text}”: " + string.Join(" | ", factory.Logs.Messages.Where(m => m.StartsWith("Warning", StringComparison.Ordinal)).TakeLast(5)));
            await Task.Delay(20);
        }
    }

    private static Task SendAsync(System.Net.WebSockets.WebSocket socket, string text) =>
        socket.SendAsync(System.Text.Encoding.UTF8.GetBytes(text), System.Net.WebSockets.WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task<string> ReceiveAsync(System.Net.WebSockets.WebSocket socket)
    {
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, result.Count);
    }

    [Fact]
    public async Task Flooding_ClosesThatConnection_AndIsLogged()
    {
        var noah = await factory.ChildIdAsync("Noah");
        await using var bystander = await LiveClient.ConnectAsync(factory, DemoData.Caseworker);
        await bystander.JoinAsync(noah);
        await using var flooder = await LiveClient.ConnectAsync(factory, DemoData.SecondParent);
        await flooder.JoinAsync(noah);

        var refused = 0;
        for (var i = 0; i < PlanHubGuard.Burst * 2 && flooder.Hub.State == HubConnectionState.Connected; i++)
        {
            try
            {
                await flooder.Hub.InvokeAsync("Editing", noah.ToString(), i % 2 == 0 ? "A" : null);
            }
            catch (Exception e) when (e is HubException or InvalidOperationException or TaskCanceledException)
            {
                refused++;
            }
        }

        Assert.True(refused > 0, "no call was refused");
        await flooder.ClosedAsync();
        await LoggedAsync("too many messages");
        await bystander.StillServedAsync(noah);
    }

    private async Task<Guid> InviteAsync(Guid childId, DemoData.Account professional)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == professional.Email);
        var invitation = new ProfessionalInvitation
        {
            ChildId = childId,
            Email = professional.Email,
            UserId = user.Id,
            Role = professional.Role,
            Organisation = professional.Organisation!,
            Sections = string.Join(',', PlanSections.UsualFor(professional.Role)),
            EndsOn = new DateOnly(2027, 5, 1),
            InvitedAt = PortalFactory.Today,
        };
        db.ProfessionalInvitations.Add(invitation);
        await db.SaveChangesAsync();
        return invitation.Id;
    }

    private async Task SaveSectionAsync(Guid childId, string code, string text)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var plans = scope.ServiceProvider.GetRequiredService<PlanStore>();
        var plan = (await plans.PlanOfAsync(childId))!;
        var current = (await plans.RevisionsAsync(childId)).Sections.GetValueOrDefault(code);
        var saved = await plans.SaveAsync(plan, code, current, new SectionContent { Text = text + " " + Guid.NewGuid() }, "Live test", new Author(null, "Priya Shah", PortalRoles.Caseworker));
        Assert.IsType<SaveResult.Saved>(saved);
    }
}

/// <summary>A signed-in person with a real SignalR connection to the plan hub, over the test server's WebSockets.</summary>
internal sealed class LiveClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly Channel<PlanChange> _changes = Channel.CreateUnbounded<PlanChange>();
    private readonly Channel<IReadOnlyList<PresentPerson>> _presence = Channel.CreateUnbounded<IReadOnlyList<PresentPerson>>();
    private readonly TaskCompletionSource _accessEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveClient(PortalClient portal, HubConnection hub)
    {
        Portal = portal;
        Hub = hub;
        hub.On<PlanChange>(nameof(IPlanClient.PlanChanged), c => _changes.Writer.TryWrite(c));
        hub.On<IReadOnlyList<PresentPerson>>(nameof(IPlanClient.Presence), p => _presence.Writer.TryWrite(p));
        hub.On(nameof(IPlanClient.AccessEnded), () => _accessEnded.TrySetResult());
        hub.Closed += _ =>
        {
            _closed.TrySetResult();
            return Task.CompletedTask;
        };
    }

    public PortalClient Portal { get; }

    public HubConnection Hub { get; }

    public static async Task<LiveClient> ConnectAsync(PortalFactory factory, DemoData.Account account)
    {
        var cookies = new System.Net.CookieContainer();
        var portal = new PortalClient(factory.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies)));
        await portal.SignInAsync(account);
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri("http://localhost" + PlanHub.Path), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = factory.Server.CreateWebSocketClient();
                    client.ConfigureRequest = request => request.Headers.Cookie = cookies.GetCookieHeader(new Uri("https://localhost"));
                    return await client.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .Build();
        await hub.StartAsync();
        return new LiveClient(portal, hub);
    }

    public Task<PlanState> JoinAsync(Guid childId) => Hub.InvokeAsync<PlanState>("Join", childId.ToString());

    public async Task<PlanChange> NextChangeAsync(Func<PlanChange, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var change = await _changes.Reader.ReadAsync(timeout.Token);
            if (match(change))
            {
                return change;
            }
        }
    }

    public async Task PresenceAsync(Func<IReadOnlyList<PresentPerson>, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!match(await _presence.Reader.ReadAsync(timeout.Token)))
        {
        }
    }

    public Task AccessEndedAsync() => _accessEnded.Task.WaitAsync(Patience);

    public Task ClosedAsync() => _closed.Task.WaitAsync(Patience);

    /// <summary>The connection still answers and is still sent changes.</summary>
    public async Task StillServedAsync(Guid childId)
    {
        Assert.Equal(HubConnectionState.Connected, Hub.State);
        var state = await JoinAsync(childId);
        Assert.NotEmpty(state.People);
    }

    public async Task DisposeHubAsync() => await Hub.DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        Portal.Dispose();
    }
}
