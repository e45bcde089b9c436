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
