using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Advice;

/// <summary>
/// The advice form sent ten times at once, as a double click or an impatient hand would: with the form's one-time key,
/// and without it (an old page, or a client that drops it), where the database's own checks must settle it.
/// </summary>
public sealed class ParallelAdviceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<PortalClient> SignedInAsync(DemoData.Account account)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(account);
        return client;
    }

    private async Task<(string Url, Guid RequestId)> RequestAsync(string child, AdviceType type)
    {
        var childId = await factory.ChildIdAsync(child);
        var id = await factory.WithDbAsync(db => db.AdviceRequests.Where(a => a.Type == type && db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && c.ChildId == childId))
            .OrderByDescending(a => a.RequestedOn).Select(a => a.Id).FirstAsync());
        return ($"/children/{childId}/advice/{id}", id);
    }

    /// <summary>Isla's advice submitted of this type, as the audit log records it (the demo data's other children have advice submitted too).</summary>
    private async Task<int> SubmittedAuditsAsync(AdviceType type)
    {
        var isla = await factory.ChildIdAsync("Isla");
        return await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Kind == AuditKind.RecordChanged && e.ChildId == isla && e.Detail == "Advice submitted: " + AdviceTimeliness.DisplayName(type)));
    }

    private static List<KeyValuePair<string, string>> WithoutKey(List<KeyValuePair<string, string>> fields) =>
        [.. fields.Where(f => f.Key != "__SubmissionKey")];

    [Fact]
    public async Task Post_SubmitTenAtOnceFromOneForm_IsSubmittedOnce_AndEveryoneIsSentWhereTheFirstWent()
    {
        var (url, id) = await RequestAsync("Isla", AdviceType.Education);
        using var senco = await SignedInAsync(DemoData.Senco);
        var (_, form) = await senco.GetAsync(url);
        var (target, fields) = PortalClient.FormOf(form, [("Texts[B]", "Isla plays alone at break time.")], submitter: "button[formaction*=Submit]");
        Assert.Contains(fields, f => f.Key == "__SubmissionKey");
        var told = await factory.MessagesAsync(DemoData.Caseworker, NotificationKind.AdviceAdded);

        var responses = await senco.PostAtOnceAsync(target, fields);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, await SubmittedAuditsAsync(AdviceType.Education));
        Assert.Equal(told.Count + 1, (await factory.MessagesAsync(DemoData.Caseworker, NotificationKind.AdviceAdded)).Count);
        var texts = await factory.WithDbAsync(db => db.AdviceSections.Where(s => s.AdviceRequestId == id).Select(s => s.Text).ToListAsync());
        Assert.Equal(["Isla plays alone at break time."], texts);
    }

    [Fact]
    public async Task Post_SubmitTenAtOnceWithoutAKey_IsSubmittedOnce_AndTheOthersAreToldItWasAlreadySubmitted()
    {
        var (url, id) = await RequestAsync("Isla", AdviceType.Health);
        using var paediatrician = await SignedInAsync(DemoData.Paediatrician);
        var (_, form) = await paediatrician.GetAsync(url);
        var (target, fields) = PortalClient.FormOf(form, [("Texts[C]", "Isla has glue ear.")], submitter: "button[formaction*=Submit]");

        var responses = await paediatrician.PostAtOnceAsync(target, WithoutKey(fields));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses, r => r.Headers.Location!.OriginalString.EndsWith($"/advice#advice-{id}", StringComparison.Ordinal));
        Assert.All(responses.Where(r => !r.Headers.Location!.OriginalString.Contains('#', StringComparison.Ordinal)), r => Assert.Equal(url, r.Headers.Location!.OriginalString));
        Assert.Equal(1, await SubmittedAuditsAsync(AdviceType.Health));
        var texts = await factory.WithDbAsync(db => db.AdviceSections.Where(s => s.AdviceRequestId == id).Select(s => s.Text).ToListAsync());
        Assert.Equal(["Isla has glue ear."], texts);
        var (_, shown) = await paediatrician.GetAsync(url);
        Assert.Contains("It is final", shown.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AutosaveTenAtOnceOnANewDraft_KeepsOneDraft_AndNoneFails()
    {
        var (url, id) = await RequestAsync("Isla", AdviceType.ParentOrYoungPerson);
        using var parent = await SignedInAsync(DemoData.SecondParent);
        var (_, form) = await parent.GetAsync(url);
        var (_, fields) = PortalClient.FormOf(form, [("Texts[A]", "Isla loves horses.")]);

        var responses = await parent.PostAtOnceAsync(new Uri(url + "?handler=Autosave", UriKind.Relative), fields);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var texts = await factory.WithDbAsync(db => db.AdviceSections.Where(s => s.AdviceRequestId == id).Select(s => s.Text).ToListAsync());
        Assert.Equal(["Isla loves horses."], texts);
    }

    [Fact]
    public async Task Post_SaveDraftTenAtOnceWithoutAKey_KeepsOneDraft_AndNoneFails()
    {
        var (url, id) = await RequestAsync("Isla", AdviceType.EducationalPsychology);
        using var psychologist = await SignedInAsync(DemoData.Psychologist);
        var (_, form) = await psychologist.GetAsync(url);
        var (target, fields) = PortalClient.FormOf(form, [("Texts[B]", "Isla's language is a year behind.")]);

        var responses = await psychologist.PostAtOnceAsync(target, WithoutKey(fields));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var texts = await factory.WithDbAsync(db => db.AdviceSections.Where(s => s.AdviceRequestId == id).Select(s => s.Text).ToListAsync());
        Assert.Equal(["Isla's language is a year behind."], texts);
    }
}
