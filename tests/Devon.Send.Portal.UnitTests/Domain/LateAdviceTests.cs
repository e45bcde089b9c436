using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

/// <summary>
/// What late advice means for the final plan: the family have 15 days beginning with the day the draft reaches them
/// (s38; Reg 13(1)(a)), so the draft must reach them 15 days before the final plan is due for it to be on time.
/// </summary>
public sealed class LateAdviceTests
{
    [Theory]
    // Request on 27 October 2027: the final plan is due by 15 March 2028, so the draft must reach the family by 29 February.
    [InlineData("2027-10-27", "2028-02-28", "due by 15 March 2028", "must reach you by 29 February 2028")]
    [InlineData("2027-10-27", "2028-02-29", "due by 15 March 2028", "must reach you by 29 February 2028")]
    [InlineData("2027-10-27", "2028-03-01", "due by 15 March 2028, but it will be late", null)]
    [InlineData("2027-10-27", "2028-03-15", "due by 15 March 2028, but it will be late", null)]
    [InlineData("2027-10-27", "2028-03-16", "was due by 15 March 2028 and is late", null)]
    // Noah's dates in the demo: the request on 3 September 2026, the final plan by 21 January 2027, the draft by 6 January.
    [InlineData("2026-09-03", "2027-01-05", "due by 21 January 2027", "must reach you by 6 January 2027")]
    [InlineData("2026-09-03", "2027-01-06", "due by 21 January 2027", "must reach you by 6 January 2027")]
    [InlineData("2026-09-03", "2027-01-07", "due by 21 January 2027, but it will be late", null)]
    public void The_final_plan_outlook_counts_back_15_days_for_the_familys_response(string requested, string today, string finalPlan, string? draftBy)
    {
        var timeline = CaseTimeline.Of(Assessing(D(requested)), new DateOnly(2018, 5, 1), D(today));

        var sentence = LateAdvice.FinalPlanSentence(timeline, draftSent: false, toTheFamily: true, D(today));

        Assert.Contains(finalPlan, sentence, StringComparison.Ordinal);
        if (draftBy is null)
        {
            Assert.DoesNotContain("must reach", sentence, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(draftBy, sentence, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Once_the_draft_is_sent_or_an_exception_lifts_the_20_weeks_late_advice_says_nothing_about_the_final_plan()
    {
        var requested = new DateOnly(2026, 9, 3);
        var today = new DateOnly(2026, 11, 22);
        var lifted = Assessing(requested);
        lifted.TimescaleExceptions.Add(new TimescaleException
        {
            AssessmentCaseId = lifted.Id,
            LegalBasis = TimescaleExceptionBasis.FamilyAwayFromArea,
            Limits = ExceptionLimits.FinalPlan,
            FromOn = requested.AddDays(40),
            ToOn = requested.AddDays(80),
            RecordedAt = DateTimeOffset.UnixEpoch,
        });

        Assert.Null(LateAdvice.FinalPlanSentence(CaseTimeline.Of(Assessing(requested), new DateOnly(2018, 5, 1), today), draftSent: true, toTheFamily: true, today));
        Assert.Null(LateAdvice.FinalPlanSentence(CaseTimeline.Of(lifted, new DateOnly(2018, 5, 1), today), draftSent: false, toTheFamily: true, today));
        Assert.Contains("must reach the family by 6 January 2027, because they have 15 days",
            LateAdvice.FinalPlanSentence(CaseTimeline.Of(Assessing(requested), new DateOnly(2018, 5, 1), today), draftSent: false, toTheFamily: false, today), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-19", "2026-11-20", null, "1 day late", "The council has not reminded them yet.")]
    [InlineData("2026-11-19", "2026-11-22", "2026-11-22", "3 days late", "The council reminded them today.")]
    [InlineData("2026-11-19", "2026-12-01", "2026-11-22", "12 days late", "The council last reminded them on 22 November 2026.")]
    public void Each_late_piece_of_advice_says_how_late_and_whether_it_was_chased(string due, string today, string? chased, string late, string chasedSentence)
    {
        var advice = new LateAdvice(AdviceType.Education, "Exe Valley Primary School", "Education professional", D(due), chased is null ? null : D(chased));

        Assert.Equal($"The education advice for Noah, from the education professional at Exe Valley Primary School, was due by 19 November 2026: it is {late}.",
            advice.Sentence("Noah", D(today)));
        Assert.Equal(chasedSentence, advice.ChasedSentence(D(today)));
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static AssessmentCase Assessing(DateOnly requested) =>
        new() { RequestReceivedOn = requested, DecisionToAssessOn = requested.AddDays(35) };
}
