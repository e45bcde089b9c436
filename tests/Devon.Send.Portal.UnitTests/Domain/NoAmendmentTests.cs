using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

/// <summary>
/// After proposing amendments the council either issues the amended plan or tells the family it will not amend, with its
/// reasons, within 8 weeks of the notice (Reg 22(3), (4)); the family may appeal a decision not to amend (s51(2)(e)).
/// </summary>
public sealed class NoAmendmentTests
{
    // Meeting 7 December 2026; notice 4 January 2027: 8 weeks end on 1 March 2027, before the 12 weeks from the meeting.
    private static readonly DateOnly Meeting = D("2026-12-07");
    private static readonly DateOnly Notice = D("2027-01-04");

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static AnnualReview Amending() => new()
    {
        ArrangedById = "caseworker",
        Number = 1,
        PlanOrLastReviewOn = D("2026-01-12"),
        MeetingOn = Meeting,
        Decision = ReviewDecision.Amend,
        DecisionOn = D("2026-12-21"),
        AmendmentNoticeOn = Notice,
    };

    [Theory]
    [InlineData("2027-02-28", DeadlineState.Met)]
    [InlineData("2027-03-01", DeadlineState.Met)]
    [InlineData("2027-03-02", DeadlineState.MetLate)]
    public void A_decision_not_to_amend_meets_the_8_weeks_as_the_amended_plan_would(string notAmendedOn, DeadlineState state)
    {
        var review = Amending();
        review.RecordNoAmendment(D(notAmendedOn), "The evidence from the review does not support the changes.");

        var deadline = Assert.Single(ReviewDeadlines.For(review.Dates(D("2012-05-10")), D("2027-03-10")), d => d.Kind == DeadlineKind.AmendedPlan);

        Assert.Equal(D("2027-03-01"), deadline.Due);
        Assert.Equal(state, deadline.State);
        Assert.Contains("regulation 22(3) and (4)", deadline.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_not_to_amend_ends_the_review_and_gives_the_family_an_appeal()
    {
        var review = Amending();
        review.RecordNoAmendment(D("2027-02-12"), "  Reasons  ");

        var appeal = Assert.Single(ReviewDeadlines.For(review.Dates(D("2012-05-10")), D("2027-02-13")), d => d.Kind == DeadlineKind.AppealAgainstNoAmendment);

        Assert.Equal(D("2027-02-12"), review.CompletedOn);
        Assert.Equal("Reasons", review.NoAmendmentReasons);
        Assert.False(review.AwaitsAmendmentOutcome);
        Assert.True(appeal.IsRight);
        Assert.Equal(D("2027-04-12"), appeal.Due);
        Assert.Contains("section 51(2)(e)", appeal.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_either_outcome_the_8_weeks_run_out_and_show_as_overdue()
    {
        var deadline = Assert.Single(ReviewDeadlines.For(Amending().Dates(D("2012-05-10")), D("2027-03-02")), d => d.Kind == DeadlineKind.AmendedPlan);

        Assert.Equal(DeadlineState.Overdue, deadline.State);
        Assert.Equal(1, deadline.DaysOverdue);
    }

    [Fact]
    public void There_is_no_decision_not_to_amend_without_proposed_amendments_or_after_the_amended_plan()
    {
        var none = Amending();
        none.AmendmentNoticeOn = null;
        var amended = Amending();
        amended.RecordVersionIssued(PlanVersionKind.AmendedFinal, D("2027-02-01"));

        Assert.Throws<InvalidOperationException>(() => none.RecordNoAmendment(D("2027-02-12"), "Reasons"));
        Assert.Throws<InvalidOperationException>(() => amended.RecordNoAmendment(D("2027-02-12"), "Reasons"));
    }
}
