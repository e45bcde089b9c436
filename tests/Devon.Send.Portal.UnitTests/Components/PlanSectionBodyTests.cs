using Bunit;
using Devon.Send.Portal.Web.Components;
using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Components;

public sealed class PlanSectionBodyTests : BunitContext
{
    [Fact]
    public void Provision_is_a_summary_list_of_who_how_often_how_long_and_what_it_is_for()
    {
        var content = new SectionContent { Provision = [new ProvisionItem("F1", "Speech and language therapy", "NHS therapist", "30 minutes weekly", "One year", ["B1"], ["E1", "E2"])] };

        var cut = Render<PlanSectionBody>(p => p.Add(x => x.Code, "F").Add(x => x.Content, content));

        Assert.Equal("item-f1", cut.Find(".app-plan-item").Id);
        var rows = cut.FindAll(".govuk-summary-list__row").Select(r => (r.QuerySelector("dt")!.TextContent, r.QuerySelector("dd")!.TextContent)).ToList();
        Assert.Equal([("Who", "NHS therapist"), ("How often", "30 minutes weekly"), ("How long", "One year"), ("Meets needs", "B1"), ("Towards outcomes", "E1, E2")], rows);
    }

    [Fact]
    public void Needs_in_B_are_grouped_under_their_area_with_headings_a_level_below_the_section()
    {
        var content = new SectionContent { Needs = [new Need("B1", "Cognition and learning", "Reading"), new Need("B2", "Cognition and learning", "Spelling")] };

        var cut = Render<PlanSectionBody>(p => p.Add(x => x.Code, "B").Add(x => x.Content, content).Add(x => x.HeadingLevel, 2));

        Assert.Equal(["Cognition and learning"], cut.FindAll("h3").Select(h => h.TextContent).ToList());
        Assert.Equal(["B1", "B2"], cut.FindAll(".app-plan-item__id").Select(e => e.TextContent).ToList());
    }

    [Fact]
    public void Text_is_Markdown_without_raw_HTML_or_heading_ids_that_could_clash()
    {
        var cut = Render<PlanSectionBody>(p => p.Add(x => x.Code, "K").Add(x => x.Content, new SectionContent { Text = "# Advice\n\n<script>alert(1)</script>\n\n- EP report" }));

        Assert.Empty(cut.FindAll("script"));
        Assert.Null(cut.Find("h4").GetAttribute("id"));
        Assert.Equal("EP report", cut.Find("ul.govuk-list--bullet li").TextContent);
    }

    [Fact]
    public void An_empty_section_says_so_and_one_with_nothing_to_include_says_that()
    {
        var empty = Render<PlanSectionBody>(p => p.Add(x => x.Code, "G").Add(x => x.Content, SectionContent.Empty));
        var none = Render<PlanSectionBody>(p => p.Add(x => x.Code, "G").Add(x => x.Content, new SectionContent { NoneIdentified = true }));

        Assert.Equal("Nothing has been written in this section yet.", empty.Find("p").TextContent);
        Assert.Equal("No provision is needed in this section.", none.Find("p").TextContent);
    }
}
