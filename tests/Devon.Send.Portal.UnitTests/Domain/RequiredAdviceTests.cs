using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class RequiredAdviceTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>In Year 5 in the school year from September 2026: 9 on the 31 August before it.</summary>
    private static readonly DateOnly YearFive = new(2017, 4, 1);

    private static AssessmentCase BeingAssessed(params AdviceType[] asked)
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-60), DecisionToAssessOn = Today.AddDays(-30) };
        c.AdviceRequests.AddRange(asked.Select(type => new AdviceRequest { Type = type, RequestedOn = Today.AddDays(-20) }));
        return c;
    }

    private static List<AdviceType> ToAsk(AssessmentCase c, DateOnly born, DateOnly today) =>
        [.. RequiredAdvice.NotYetAsked(c, "Isla", born, today).Where(r => r.AskFor is not null).Select(r => r.AskFor!.Value)];

    [Fact]
    public void With_nothing_asked_every_required_advice_is_listed_in_the_order_of_regulation_6()
    {
        var required = RequiredAdvice.NotYetAsked(BeingAssessed(), "Isla", YearFive, Today);

        Assert.Equal(
            [AdviceType.ParentOrYoungPerson, AdviceType.Education, null, AdviceType.Health, AdviceType.EducationalPsychology, AdviceType.SocialCare, null],
            required.Select(r => r.AskFor).ToList());
        Assert.Equal(
            ["(a)", "(b)", "(b)", "(c)", "(d)", "(e)", "(g)"],
            required.Select(r => r.Regulation.Replace("SEND Regulations 2014, regulation 6(1)", "", StringComparison.Ordinal)).ToList());
        Assert.Equal("Advice and information from Isla's parent", required[0].Label);
    }

    [Theory]
    [InlineData(AdviceType.ParentOrYoungPerson)]
    [InlineData(AdviceType.Education)]
    [InlineData(AdviceType.Health)]
    [InlineData(AdviceType.EducationalPsychology)]
    [InlineData(AdviceType.SocialCare)]
    public void Advice_once_asked_for_is_no_longer_listed(AdviceType asked)
    {
        var toAsk = ToAsk(BeingAssessed(asked), YearFive, Today);

        Assert.DoesNotContain(asked, toAsk);
        Assert.Equal(4, toAsk.Count);
    }

    [Fact]
    public void Advice_asked_for_and_already_given_is_not_listed()
    {
        var c = BeingAssessed();
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Health, RequestedOn = Today.AddDays(-20), SubmittedOn = Today.AddDays(-2) });

        Assert.DoesNotContain(AdviceType.Health, ToAsk(c, YearFive, Today));
    }

    [Fact]
    public void With_everyone_asked_only_the_two_reminders_remain_and_they_say_why()
    {
        var required = RequiredAdvice.NotYetAsked(BeingAssessed(Enum.GetValues<AdviceType>()), "Isla", new DateOnly(2010, 1, 1), Today);

        Assert.All(required, r => Assert.Null(r.AskFor));
        Assert.Equal(
            ["If Isla has a hearing or vision impairment, the education advice must be given after consulting a qualified specialist teacher",
             "Advice from anyone Isla reasonably asks you to consult: the portal does not record these requests, so check with them"],
            required.Select(r => r.Label).ToList());
    }

    [Fact]
    public void A_young_person_past_compulsory_school_age_gives_their_own_advice()
    {
        var required = RequiredAdvice.NotYetAsked(BeingAssessed(), "Jacob", new DateOnly(2009, 6, 1), Today);

        Assert.Equal("Jacob's own advice and information, as a young person", required[0].Label);
    }

    [Theory]
    [InlineData("2012-08-31", "2025-08-31", false)] // turned 13 that very day: still in Year 8 until the school year ends
    [InlineData("2012-08-31", "2025-09-01", true)]  // 13 on the 31 August before the school year: Year 9
    [InlineData("2012-09-01", "2025-09-01", false)] // turned 13 on 1 September: the youngest in Year 8
    [InlineData("2012-09-01", "2026-08-31", false)] // still in Year 8 on the last day of that school year
    [InlineData("2012-09-01", "2026-09-01", true)]  // in Year 9 from the next
    [InlineData("2011-03-10", "2026-06-01", true)]  // Year 10
    [InlineData("2016-02-29", "2029-08-31", false)] // born on 29 February turns 13 on 1 March 2029: Year 8 that school year
    [InlineData("2016-02-29", "2029-09-01", true)]
    public void Preparing_for_adulthood_advice_is_required_from_Year_9(string born, string today, bool required)
    {
        var bornOn = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture);
        var on = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var c = new AssessmentCase { RequestReceivedOn = on.AddDays(-60), DecisionToAssessOn = on.AddDays(-30) };

        var listed = RequiredAdvice.NotYetAsked(c, "Isla", bornOn, on).SingleOrDefault(r => r.AskFor == AdviceType.PreparationForAdulthood);

        Assert.Equal(required, listed is not null);
        Assert.Equal(required, RequiredAdvice.PreparingForAdulthoodDue(bornOn, on));
        if (listed is not null)
        {
            Assert.Equal("SEND Regulations 2014, regulation 6(1)(f)", listed.Regulation);
        }
    }

    [Fact]
    public void Preparing_for_adulthood_advice_once_asked_for_is_no_longer_listed()
    {
        var born = new DateOnly(2012, 1, 1);

        Assert.Contains(AdviceType.PreparationForAdulthood, ToAsk(BeingAssessed(), born, Today));
        Assert.DoesNotContain(AdviceType.PreparationForAdulthood, ToAsk(BeingAssessed(AdviceType.PreparationForAdulthood), born, Today));
    }

    [Fact]
    public void Nothing_is_listed_before_the_decision_to_assess()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-10) };

        Assert.Empty(RequiredAdvice.NotYetAsked(c, "Isla", YearFive, Today));
    }

    [Fact]
    public void Nothing_is_listed_once_the_final_plan_is_issued()
    {
        var c = BeingAssessed();
        c.DraftPlanIssuedOn = Today.AddDays(-10);
        c.FinalPlanIssuedOn = Today.AddDays(-1);

        Assert.Empty(RequiredAdvice.NotYetAsked(c, "Isla", YearFive, Today));
    }

    [Fact]
    public void Advice_is_still_listed_while_a_draft_plan_is_out()
    {
        var c = BeingAssessed();
        c.DraftPlanIssuedOn = Today.AddDays(-1);

        Assert.NotEmpty(ToAsk(c, YearFive, Today));
    }

    [Fact]
    public void Nothing_is_listed_when_the_council_refused_to_assess()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-40), RefusedOn = Today.AddDays(-5) };

        Assert.Empty(RequiredAdvice.NotYetAsked(c, "Isla", YearFive, Today));
    }

    [Fact]
    public void Nothing_is_listed_once_the_case_is_closed()
    {
        var c = BeingAssessed();
        c.ClosedOn = Today.AddDays(-1);
        c.ClosureReason = "withdrawn";

        Assert.Empty(RequiredAdvice.NotYetAsked(c, "Isla", YearFive, Today));
    }
}
