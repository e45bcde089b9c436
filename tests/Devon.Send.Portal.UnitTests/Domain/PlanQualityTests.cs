using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class PlanQualityTests
{
    private static readonly DateOnly July2027 = new(2027, 7, 31);

    /// <summary>A small plan that meets the standard: every rule is then tested by breaking it.</summary>
    private static Dictionary<string, SectionContent> GoodPlan() => new()
    {
        ["A"] = new() { Views = new FamilyViews("Kind and funny", "My dog", "Give me time", "To be a vet", "Ava and her mum") },
        ["B"] = new() { Needs = [new Need("B1", "Communication and interaction", "Finds long instructions hard")] },
        ["C"] = new() { Needs = [new Need("C1", null, "Sleep difficulties")] },
        ["D"] = new() { NoneIdentified = true },
        ["E"] = new() { Outcomes = [new Outcome("E1", "Follows a three-step instruction", July2027, ["B1", "C1"])] },
        ["F"] = new() { Provision = [new ProvisionItem("F1", "Speech and language therapy", "NHS therapist", "30 minutes weekly", "One year", ["B1"], ["E1"])] },
        ["G"] = new() { Provision = [new ProvisionItem("G1", "Sleep clinic review", "Paediatrician", "Every 6 months", "Two years", ["C1"], ["E1"])] },
        ["H1"] = new() { NoneIdentified = true },
        ["H2"] = new() { NoneIdentified = true },
        ["I"] = new() { Placement = new Placement("Mainstream primary school", null) },
        ["J"] = new() { NoneIdentified = true },
        ["K"] = new() { Text = "Advice from the EP" },
    };

    private static IReadOnlyList<string> Messages(Dictionary<string, SectionContent> plan, bool familyWroteA = true, bool forFinal = false) =>
        PlanQuality.Check(plan, familyWroteA, forFinal).Select(f => f.Message).ToList();

    [Fact]
    public void A_plan_that_meets_the_standard_has_no_findings()
    {
        Assert.Empty(Messages(GoodPlan()));
    }

    [Fact]
    public void An_empty_plan_is_told_what_every_section_lacks()
    {
        var findings = PlanQuality.Check(new Dictionary<string, SectionContent>(), familyContributedToA: false, forFinal: false);

        Assert.Equal(["A", "B", "C", "D", "G", "H1", "H2", "J", "F", "E"], findings.Select(f => f.SectionCode).ToList());
    }

    [Fact]
    public void Section_A_must_be_written_with_the_family()
    {
        var plan = GoodPlan();
        plan["A"] = new() { Views = new FamilyViews("Kind", null, null, null, null) };

        Assert.Equal(["Section A does not say who it was written with, and the family has not contributed to it"], Messages(plan, familyWroteA: false));
        Assert.Empty(Messages(plan, familyWroteA: true));
    }

    [Fact]
    public void Every_need_must_be_met_by_provision_and_lead_to_an_outcome()
    {
        var plan = GoodPlan();
        plan["D"] = new() { Needs = [new Need("D1", null, "Needs short breaks")] };

        var findings = PlanQuality.Check(plan, true, false);

        Assert.Equal(
        [
            new QualityFinding("D", "D1", "Need D1 is not met by any provision in F, G or H"),
            new QualityFinding("D", "D1", "Need D1 does not lead to any outcome in E"),
        ], findings);
    }

    [Fact]
    public void Every_outcome_needs_a_time_frame_and_a_need()
    {
        var plan = GoodPlan();
        plan["E"] = new() { Outcomes = [new Outcome("E1", "Follows instructions", null, ["B1", "C1"]), new Outcome("E2", "Makes friends", July2027, ["B9"])] };

        Assert.Equal(
        [
            "Outcome E1 has no time frame: say by when it should be achieved",
            "Outcome E2 is not linked to a need in B, C or D",
        ], Messages(plan));
    }

    [Theory]
    [InlineData("Regular speech and language therapy", "“regular”")]
    [InlineData("Access to a quiet room as required", "“access to” and “as required”")]
    [InlineData("Opportunities for social skills groups, where appropriate, up to 3 times", "“opportunities for”, “where appropriate” and “up to”")]
    public void Vague_wording_in_provision_is_named(string what, string named)
    {
        var plan = GoodPlan();
        plan["F"] = new() { Provision = [new ProvisionItem("F1", what, "NHS therapist", "30 minutes weekly", "One year", ["B1"], ["E1"])] };

        Assert.Equal([$"Provision F1 uses vague wording ({named}): say exactly what, who, how often and for how long"], Messages(plan));
    }

    [Fact]
    public void Vague_words_are_matched_as_whole_words_only()
    {
        Assert.Empty(PlanQuality.VagueIn("Irregular verbs, mayonnaise, supportive staff and a regulated timetable"));
        Assert.Equal(["may"], PlanQuality.VagueIn("Leo MAY have extra time"));
    }

    [Fact]
    public void Provision_must_say_who_how_often_and_how_long_and_which_need()
    {
        var plan = GoodPlan();
        plan["F"] = new() { Provision = [new ProvisionItem("F1", "Therapy", "", " ", "", ["B1"], ["E1"]), new ProvisionItem("F2", "Mentoring", "Mentor", "Weekly", "A year", [], ["E7"])] };

        Assert.Equal(
        [
            "Provision F1 does not say who provides it, how often or for how long",
            "Provision F2 does not say which need it meets",
            "Provision F2 names an outcome that is no longer in section E",
        ], Messages(plan));
    }

    [Theory]
    [InlineData("C")]
    [InlineData("D")]
    [InlineData("G")]
    [InlineData("H1")]
    [InlineData("H2")]
    [InlineData("J")]
    public void Sections_that_may_be_empty_must_say_so(string code)
    {
        var plan = GoodPlan();
        plan[code] = SectionContent.Empty;

        Assert.Contains($"Section {code} is empty: fill it in, or say that there is nothing to include", Messages(plan));
    }

    [Fact]
    public void A_draft_must_not_name_the_school_and_a_final_plan_must()
    {
        var plan = GoodPlan();
        Assert.Equal(["Section I must name the school or setting in a final plan"], Messages(plan, forFinal: true));

        plan["I"] = new() { Placement = new Placement("Mainstream primary school", "Exe Valley Primary") };
        Assert.Equal(["A draft plan must not name a school or setting in section I: give only the type, so the family can say which they prefer"], Messages(plan, forFinal: false));
        Assert.Empty(Messages(plan, forFinal: true));
    }
}
