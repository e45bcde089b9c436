using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Access;

/// <summary>Before any professional team exists, the page has no team list, and no error may point at one.</summary>
public sealed class InviteProfessionalWithoutTeamsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Post_WithoutEmailOrTeam_LinksOnlyToFieldsOnThePage()
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync("Ava")}/access/invite-professional");
        Assert.Null(form.QuerySelector("#TeamId"));

        var (_, page) = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["TeamId"] = Guid.NewGuid().ToString(),
            ["Organisation"] = "Exe Valley Primary School",
            ["Role"] = PortalRoles.EducationProfessional,
            ["Sections"] = "F",
        });

        var links = page.QuerySelectorAll(".govuk-error-summary__list a").ToList();
        Assert.Equal(["Enter their work email address"], links.Select(a => a.TextContent).ToList());
        Assert.All(links, a => Assert.NotNull(page.QuerySelector(a.GetAttribute("href")!)));
    }
}
