using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class SectionNormaliseTests
{
    [Fact]
    public void An_item_keeps_its_id_only_if_the_section_already_had_it_and_new_items_get_unused_ids()
    {
        var previous = new SectionContent { Needs = [new Need("B1", null, "a"), new Need("B2", null, "b")], LastItemNumber = 2 };
        var edited = new SectionContent { Needs = [new Need("B2", null, "b"), new Need("B9", null, "forged"), new Need("", null, "new")] };

        var normalised = edited.Normalise("B", previous);

        Assert.Equal(["B2", "B3", "B4"], normalised.Needs.Select(n => n.Id).ToList());
        Assert.Equal(4, normalised.LastItemNumber);
    }

    [Fact]
    public void A_removed_items_id_is_not_given_again()
    {
        var previous = new SectionContent { Needs = [new Need("B1", null, "a"), new Need("B2", null, "b")], LastItemNumber = 2 };

        var normalised = new SectionContent { Needs = [new Need("B1", null, "a"), new Need("", null, "c")] }.Normalise("B", previous);

        Assert.Equal(["B1", "B3"], normalised.Needs.Select(n => n.Id).ToList());
    }

    [Fact]
    public void Text_is_trimmed_with_unix_line_endings_and_blank_text_is_dropped()
    {
        var normalised = new SectionContent { Text = "  one\r\ntwo  " }.Normalise("K", SectionContent.Empty);

        Assert.Equal("one\ntwo", normalised.Text);
        Assert.Null(new SectionContent { Text = " \r\n " }.Normalise("K", SectionContent.Empty).Text);
    }

    [Fact]
    public void Only_the_parts_the_sections_kind_uses_are_kept()
    {
        var everything = new SectionContent
        {
            Views = new FamilyViews("Likes trains", null, null, null, null),
            Needs = [new Need("", "Cognition and learning", "Reading")],
            Outcomes = [new Outcome("", "Reads", null, [])],
            Provision = [new ProvisionItem("", "Tutoring", "School", "Daily", "A year", [], [])],
            Placement = new Placement("Mainstream", null),
        };

        var f = everything.Normalise("F", SectionContent.Empty);
        Assert.Null(f.Views);
        Assert.Empty(f.Needs);
        Assert.Empty(f.Outcomes);
        Assert.Equal(["F1"], f.Provision.Select(p => p.Id).ToList());
        Assert.Null(f.Placement);

        var a = everything.Normalise("A", SectionContent.Empty);
        Assert.Equal("Likes trains", a.Views!.AboutMe);
        Assert.Empty(a.Provision);
    }

    [Fact]
    public void Only_section_B_groups_needs_by_area()
    {
        var content = new SectionContent { Needs = [new Need("", "Cognition and learning", " Reading ")] };

        Assert.Equal("Cognition and learning", content.Normalise("B", SectionContent.Empty).Needs[0].Area);
        var c = content.Normalise("C", SectionContent.Empty).Needs[0];
        Assert.Null(c.Area);
        Assert.Equal("Reading", c.Text);
    }

    [Theory]
    [InlineData("C", true)]
    [InlineData("J", true)]
    [InlineData("B", false)]
    [InlineData("F", false)]
    public void Only_sections_that_may_have_nothing_can_say_so(string code, bool kept)
    {
        Assert.Equal(kept, new SectionContent { NoneIdentified = true }.Normalise(code, SectionContent.Empty).NoneIdentified);
    }

    [Fact]
    public void Links_are_listed_once_each_and_a_placement_with_nothing_in_it_is_dropped()
    {
        var provision = new SectionContent { Provision = [new ProvisionItem("", "Therapy", "NHS", "Weekly", "A year", ["B1", "B1", "B2"], ["E1", "E1"])] }
            .Normalise("G", SectionContent.Empty);

        Assert.Equal(["B1", "B2"], provision.Provision[0].NeedIds);
        Assert.Equal(["E1"], provision.Provision[0].OutcomeIds);
        Assert.Null(new SectionContent { Placement = new Placement(" ", null) }.Normalise("I", SectionContent.Empty).Placement);
        Assert.Equal(new Placement(null, "Exe Valley Academy"), new SectionContent { Placement = new Placement(null, " Exe Valley Academy ") }.Normalise("I", SectionContent.Empty).Placement);
    }

    [Fact]
    public void Normalising_twice_changes_nothing_more()
    {
        var once = new SectionContent { Text = " Intro ", Needs = [new Need("", "Cognition and learning", " Reading ")] }.Normalise("B", SectionContent.Empty);

        Assert.Equal(once.ToJson(), once.Normalise("B", once).ToJson());
    }
}
