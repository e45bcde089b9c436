using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class DeadlineSentenceTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Deadline Met(DeadlineKind kind, string subject, string metOn) =>
        AssessmentDeadlines.Make(kind, subject, subject, Party.Council, "", D("2026-03-17"), D(metOn), D("2026-04-01"));

    [Theory]
    [InlineData(DeadlineKind.DecisionToAssess, "the decision whether to assess", "The decision whether to assess was made on 12 March 2026, 5 days before the deadline.")]
    [InlineData(DeadlineKind.Advice, "health advice", "Health advice was given on 12 March 2026, 5 days before the deadline.")]
    [InlineData(DeadlineKind.FinalPlan, "the final plan", "The final plan was issued on 12 March 2026, 5 days before the deadline.")]
    [InlineData(DeadlineKind.AnnualReview, "the annual review meeting", "The annual review meeting was held on 12 March 2026, 5 days before the deadline.")]
    [InlineData(DeadlineKind.ReviewReport, "the report of the review meeting", "The report of the review meeting was sent on 12 March 2026, 5 days before the deadline.")]
    public void A_met_deadline_says_what_was_done_with_a_verb_that_fits_it(DeadlineKind kind, string subject, string sentence)
    {
        Assert.Equal(sentence, Met(kind, subject, "2026-03-12").Sentence);
    }

    [Fact]
    public void The_family_reads_who_is_waiting_in_the_second_person()
    {
        var today = D("2026-03-01");
        var review = AssessmentDeadlines.Make(DeadlineKind.AnnualReview, "Annual review meeting", "the annual review meeting", Party.Council, "", D("2026-07-06"), null, today);
        var response = AssessmentDeadlines.Make(DeadlineKind.DraftPlanResponse, "Response", "the family's response to the draft plan", Party.Family, "", D("2026-03-10"), null, today);
        var advice = AssessmentDeadlines.Make(DeadlineKind.Advice, "Health advice", "health advice", Party.Contributor, "", D("2026-03-20"), null, today);

        Assert.Equal("You are waiting for the annual review meeting, due 6 July 2026.", review.WaitingSentenceForFamily);
        Assert.Equal("The family is waiting for the annual review meeting, due 6 July 2026.", review.WaitingSentence);
        Assert.Equal("The council is waiting for your response to the draft plan, due 10 March 2026.", response.WaitingSentenceForFamily);
        Assert.Equal("The council is waiting for health advice, due 20 March 2026.", advice.WaitingSentenceForFamily);
        Assert.Equal("", Met(DeadlineKind.FinalPlan, "the final plan", "2026-03-12").WaitingSentenceForFamily);
    }

    [Fact]
    public void A_deadline_met_on_its_last_day_says_so()
    {
        Assert.Equal("The final plan was issued on 17 March 2026, on the last day allowed.", Met(DeadlineKind.FinalPlan, "the final plan", "2026-03-17").Sentence);
    }

    [Fact]
    public void A_late_deadline_says_how_late()
    {
        Assert.Equal("The decision whether to assess was made on 20 March 2026, 3 days late.", Met(DeadlineKind.DecisionToAssess, "the decision whether to assess", "2026-03-20").Sentence);
    }

    [Fact]
    public void No_met_deadline_of_any_kind_says_it_was_done()
    {
        foreach (var kind in Enum.GetValues<DeadlineKind>())
        {
            Assert.DoesNotContain("was done on", Met(kind, "it", "2026-03-12").Sentence, StringComparison.Ordinal);
        }
    }
}
