using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class SectionContentTests
{
    [Fact]
    public void New_items_get_the_next_ids_and_keep_them()
    {
        var content = new SectionContent { Needs = [new Need("", null, "a"), new Need("", null, "b")] }.WithIdsFor("B");

        Assert.Equal(["B1", "B2"], content.Needs.Select(n => n.Id).ToList());
        Assert.Equal(2, content.LastItemNumber);

        var next = (content with { Needs = [content.Needs[0], new Need("", null, "c")] }).WithIdsFor("B");
        Assert.Equal(["B1", "B3"], next.Needs.Select(n => n.Id).ToList());
    }

    [Theory]
    [InlineData("H1", 2, "H1-2")]
    [InlineData("H2", 10, "H2-10")]
    [InlineData("F", 12, "F12")]
    public void Item_ids_name_their_section_unambiguously(string code, int number, string id)
    {
        Assert.Equal(id, SectionContent.ItemId(code, number));
        Assert.Equal(code, SectionContent.SectionOfItem(id));
    }

    [Fact]
    public void The_same_content_always_gives_the_same_canonical_json()
    {
        var one = new SectionContent { Provision = [new ProvisionItem("F1", "Therapy", "NHS", "Weekly", "A year", ["B1"], ["E1"])] };
        var two = new SectionContent { Provision = [new ProvisionItem("F1", "Therapy", "NHS", "Weekly", "A year", ["B1"], ["E1"])] };

        Assert.Equal(one.ToJson(), two.ToJson());
        Assert.Equal(one.ToJson(), SectionContent.FromJson(one.ToJson()).ToJson());
        Assert.True(SectionContent.Empty.IsEmpty);
        Assert.False(one.IsEmpty);
    }

    [Fact]
    public void Comparable_text_shows_what_a_reader_sees_one_fact_a_line()
    {
        var content = new SectionContent
        {
            Outcomes = [new Outcome("E1", "Travels to college alone", new DateOnly(2027, 7, 31), ["B2", "C1"])],
        };

        Assert.Equal("E1: Travels to college alone\nBy: July 2027\nFor needs: B2, C1\n", content.ToComparableText("E"));
        Assert.Equal("No social care needs related to special educational needs or disability have been identified.\n", new SectionContent { NoneIdentified = true }.ToComparableText("D"));
    }

    [Fact]
    public void Only_a_draft_may_come_first_and_the_final_plan_needs_a_draft()
    {
        Assert.Equal([PlanVersionKind.Draft], PlanVersion.NextKinds([]));
        Assert.Equal([PlanVersionKind.Draft, PlanVersionKind.Final], PlanVersion.NextKinds([PlanVersionKind.Draft, PlanVersionKind.Draft]));
    }

    [Fact]
    public void After_the_final_plan_come_proposed_amendments_and_only_then_an_amended_plan()
    {
        Assert.Equal([PlanVersionKind.AmendmentDraft], PlanVersion.NextKinds([PlanVersionKind.Draft, PlanVersionKind.Final]));
        Assert.Equal([PlanVersionKind.AmendmentDraft, PlanVersionKind.AmendedFinal], PlanVersion.NextKinds([PlanVersionKind.Draft, PlanVersionKind.Final, PlanVersionKind.AmendmentDraft]));
        Assert.Equal([PlanVersionKind.AmendmentDraft], PlanVersion.NextKinds([PlanVersionKind.Draft, PlanVersionKind.Final, PlanVersionKind.AmendmentDraft, PlanVersionKind.AmendedFinal]));
        Assert.Equal("Amended plan 2", PlanVersion.LabelFor(PlanVersionKind.AmendedFinal, 2));
    }
}
