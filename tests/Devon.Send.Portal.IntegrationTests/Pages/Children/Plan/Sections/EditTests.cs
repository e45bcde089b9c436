using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Plan.Sections;

public sealed class EditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<int> RevisionCountAsync(Guid childId, string section)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.SectionRevisions.CountAsync(r => r.SectionCode == section && db.Plans.Any(p => p.Id == r.PlanId && p.ChildId == childId));
    }

    [Fact]
    public async Task Post_InvitedProfessional_SavesTheirSectionWithAReasonThatEveryoneSees()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var paediatrician = factory.CreatePortalClient();
        await paediatrician.SignInAsync(DemoData.Paediatrician);
        var (_, form) = await paediatrician.GetAsync($"/children/{noah}/plan/sections/g/edit");

        var (saved, _) = await paediatrician.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Form.Provision[0].What"] = "Medication review for ADHD with advice to school on timing.",
            ["Form.Provision[0].Who"] = "A community paediatrician",
            ["Form.Provision[0].HowOften"] = "Every 3 months",
            ["Form.Provision[0].HowLong"] = "Until the next annual review",
            ["Reason"] = "Added from my health advice",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var father = factory.CreatePortalClient();
        await father.SignInAsync(DemoData.SecondParent);
        var (_, plan) = await father.GetAsync($"/children/{noah}/plan");
        var g = plan.QuerySelector("#section-g")!;
        Assert.Contains("Medication review for ADHD", g.TextContent, StringComparison.Ordinal);
        Assert.Contains("Last changed by Dr Amir Khan (Health professional)", g.TextContent, StringComparison.Ordinal);
        Assert.Contains("“Added from my health advice”", g.TextContent, StringComparison.Ordinal);
        Assert.Equal("G1", g.QuerySelector(".app-plan-item__id")!.TextContent);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var entry = await db.AuditEvents.Where(e => e.ChildId == noah && e.Kind == AuditKind.RecordChanged).OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal("Section G changed (revision 1)", entry.Detail);
    }

    [Theory]
    [InlineData("paediatrician@example.org", "b")]
    [InlineData("kwame.osei@example.com", "f")]
    [InlineData("senco@example.org", "g")]
    public async Task Post_SectionTheyAreNotInvitedToWrite_IsForbiddenAndNothingIsSaved(string email, string section)
    {
        var noah = await factory.ChildIdAsync("Noah");
        var before = await RevisionCountAsync(noah, section.ToUpperInvariant());
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);
        var url = $"/children/{noah}/plan/sections/{section}/edit";

        var (get, _) = await client.GetAsync(url);
        // Their own valid anti-forgery token, from the sign-out form on their home page, so only the policy can refuse.
        var (_, home) = await client.GetAsync("/home");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Text"] = "Should not be saved",
            ["Reason"] = "Trying",
            ["BaseRevision"] = "0",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, await RevisionCountAsync(noah, section.ToUpperInvariant()));
    }

    [Fact]
    public async Task Post_ParentWritesSectionA_AndTheChangeIsKeptInItsHistory()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var father = factory.CreatePortalClient();
        await father.SignInAsync(DemoData.SecondParent);
        var (_, form) = await father.GetAsync($"/children/{noah}/plan/sections/a/edit");
        Assert.Equal("Noah is brave and determined. He is brilliant at building things and he never gives up on a puzzle.", form.QuerySelector("#Form_AboutMe")!.TextContent);

        await father.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Form.Hopes"] = "Noah wants to be an engineer. We want him to feel confident at school again. Noah also wants to build bridges.",
            ["Reason"] = "Noah added to his hopes",
        });

        var (_, history) = await father.GetAsync($"/children/{noah}/plan/sections/a");
        var latest = history.QuerySelector(".app-revision-list__item")!;
        Assert.Contains("Revision 2", latest.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kwame Osei, Parent or carer", latest.TextContent, StringComparison.Ordinal);
        Assert.Contains("Noah added to his hopes", latest.TextContent, StringComparison.Ordinal);
        Assert.Equal("[added:  Noah also wants to build bridges.]", latest.QuerySelector("ins")!.TextContent);
    }

    [Fact]
    public async Task Get_ParentEditingSectionA_IsAskedInTheirOwnTermsWithNoOtherChildNamed()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        var (_, form) = await parent.GetAsync($"/children/{leo}/plan/sections/a/edit");

        Assert.Equal("What have you changed, and why?", form.QuerySelector("label[for='Reason']")!.TextContent);
        Assert.Contains("added what I enjoy doing at weekends", form.QuerySelector("#Reason-hint")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("For example, my mum and my teacher", form.QuerySelector("#Form_WrittenWith-hint")!.TextContent);
        foreach (var other in new[] { "Mia", "Ava", "Noah", "Isla", "Jacob" })
        {
            Assert.DoesNotContain(other, form.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
        }

        var (_, noReason) = await parent.SubmitAsync(form, new Dictionary<string, string> { ["Form.Hopes"] = "To join the football club.", ["Reason"] = "" });
        Assert.Equal("Say what you have changed and why", noReason.QuerySelector(".govuk-error-summary__list a[href='#Reason']")!.TextContent);
    }

    [Fact]
    public async Task Get_CaseworkerEditingSectionA_IsAskedWhyTheChangeIsMadeWithANeutralExample()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        var (_, form) = await caseworker.GetAsync($"/children/{leo}/plan/sections/a/edit");

        Assert.Equal("Why are you making this change?", form.QuerySelector("label[for='Reason']")!.TextContent);
        Assert.Equal("For example, written with the young person, their mum and their teacher", form.QuerySelector("#Form_WrittenWith-hint")!.TextContent);
        Assert.DoesNotContain("Ava", form.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAReasonOrWithTooMuchText_ShowsErrorsAndKeepsWhatWasTyped()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync($"/children/{noah}/plan/sections/k/edit");
        var before = await RevisionCountAsync(noah, "K");

        var (response, page) = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Form.Text"] = new string('x', 10_001),
            ["Reason"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(("#Form_Text", "The section must be 10,000 characters or fewer"), errors);
        Assert.Contains(("#Reason", "Say why you are making this change"), errors);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(10_001, page.QuerySelector("#Form_Text")!.TextContent.Length);
        Assert.Equal(before, await RevisionCountAsync(noah, "K"));
    }

    [Fact]
    public async Task Post_ScriptInText_IsShownAsTextNeverRun()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync($"/children/{noah}/plan/sections/j/edit");

        await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Form.Text"] = "<script>alert('x')</script> <img src=x onerror=alert(1)> [link](javascript:alert(1))",
            ["Reason"] = "Testing <b>bold</b>",
        });

        var (_, plan) = await caseworker.GetAsync($"/children/{noah}/plan");
        var j = plan.QuerySelector("#section-j")!;
        Assert.Empty(j.QuerySelectorAll("script, img, a[href^=javascript]"));
        Assert.Contains("<script>alert('x')</script>", j.TextContent, StringComparison.Ordinal);
        Assert.Contains("“Testing <b>bold</b>”", j.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AddAnotherAndRemove_WorkWithoutJavaScriptAndLoseNothing()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var psychologist = factory.CreatePortalClient();
        await psychologist.SignInAsync(DemoData.Psychologist);
        var (_, form) = await psychologist.GetAsync($"/children/{noah}/plan/sections/b/edit");
        var ids = form.QuerySelectorAll("input[name$='].Id']").Select(i => i.GetAttribute("value")).ToList();

        var (_, added) = await psychologist.SubmitAsync(form, new Dictionary<string, string> { ["Reason"] = "Half typed" }, submitter: "button[formaction='?handler=Add']");
        Assert.Equal(ids.Count + 1, added.QuerySelectorAll(".app-add-another__item").Length);
        Assert.Equal("Half typed", added.QuerySelector("#Reason")!.TextContent);
        Assert.Empty(added.QuerySelectorAll(".govuk-error-summary"));

        var (_, removed) = await psychologist.SubmitAsync(added, new Dictionary<string, string>(), submitter: "button[formaction$='index=0']");
        Assert.Equal(ids.Count, removed.QuerySelectorAll(".app-add-another__item").Length);
        Assert.Equal(ids[1], removed.QuerySelector("input[name='Form.Needs[0].Id']")!.GetAttribute("value"));
        Assert.Equal("Half typed", removed.QuerySelector("#Reason")!.TextContent);
    }

    [Fact]
    public async Task Post_NewNeedsGetTheNextIdsAndRemovedIdsAreNeverReused()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var psychologist = factory.CreatePortalClient();
        await psychologist.SignInAsync(DemoData.Psychologist);
        var (_, form) = await psychologist.GetAsync($"/children/{noah}/plan/sections/b/edit");
        var (_, removed) = await psychologist.SubmitAsync(form, new Dictionary<string, string>(), submitter: "button[formaction$='index=1']");
        var (_, added) = await psychologist.SubmitAsync(removed, new Dictionary<string, string>(), submitter: "button[formaction='?handler=Add']");

        await psychologist.SubmitAsync(added, new Dictionary<string, string>
        {
            ["Form.Needs[1].Area"] = "Communication and interaction",
            ["Form.Needs[1].Text"] = "Noah finds it hard to follow long spoken explanations.",
            ["Reason"] = "Replaced B2 with a communication need",
        });

        var (_, plan) = await psychologist.GetAsync($"/children/{noah}/plan");
        Assert.Equal(["B1", "B3"], plan.QuerySelectorAll("#section-b .app-plan-item__id").Select(e => e.TextContent).ToList());
    }

    [Fact]
    public async Task Post_FromAnOlderRevision_IsAConflictShowingTheNewerTextTheDifferenceAndKeepingTheirText()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var first = factory.CreatePortalClient();
        await first.SignInAsync(DemoData.Caseworker);
        using var second = factory.CreatePortalClient();
        await second.SignInAsync(DemoData.TeamManager);
        var (_, firstForm) = await first.GetAsync($"/children/{noah}/plan/sections/h2/edit");
        var (_, secondForm) = await second.GetAsync($"/children/{noah}/plan/sections/h2/edit");
        await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Form.Text"] = "Short breaks at a local youth club once a month.", ["Reason"] = "From the social care advice" });

        var (response, conflict) = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Form.Text"] = "Short breaks twice a month.", ["Reason"] = "Agreed with the family" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Priya Shah changed this section while you were editing it", conflict.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Short breaks at a local youth club once a month.", conflict.QuerySelector(".app-plan-conflict")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(conflict.QuerySelectorAll(".app-diff ins"));
        Assert.NotEmpty(conflict.QuerySelectorAll(".app-diff del"));
        Assert.Equal("Short breaks twice a month.", conflict.QuerySelector("#Form_Text")!.TextContent);
        Assert.Equal("Agreed with the family", conflict.QuerySelector("#Reason")!.TextContent);
        Assert.Equal("1", conflict.QuerySelector("input[name=BaseRevision]")!.GetAttribute("value"));
        Assert.Equal(1, await RevisionCountAsync(noah, "H2"));

        var (merged, _) = await second.SubmitAsync(conflict, new Dictionary<string, string> { ["Form.Text"] = "Short breaks at a local youth club twice a month." });
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(2, await RevisionCountAsync(noah, "H2"));
    }

    [Fact]
    public async Task Post_NothingChanged_SaysSoAndAddsNoRevision()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync($"/children/{leo}/plan/sections/f/edit");
        var before = await RevisionCountAsync(leo, "F");

        var (_, page) = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Reason"] = "No change" });

        Assert.Contains("You have not changed anything in this section", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await RevisionCountAsync(leo, "F"));
    }

    [Theory]
    [InlineData("z")]
    [InlineData("h3")]
    [InlineData("B")]
    public async Task Get_UnknownSection_ReturnsNotFound(string section)
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"/children/{noah}/plan/sections/{section}/edit")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"/children/{noah}/plan/sections/{section}")).Response.StatusCode);
    }
}
