using Devon.Send.Portal.Web.Audit;

namespace Devon.Send.Portal.UnitTests.Audit;

public sealed class RecordViewsTests
{
    private const string Priya = "priya";
    private const string Lucy = "lucy";

    private static RecordView Look(string person, string name, string role, string organisation, DateTimeOffset at, string page) =>
        new(at, person, name, role, organisation, page);

    private static RecordView PriyaLooks(DateTimeOffset at, string page) => Look(Priya, "Priya Shah", "Caseworker", "Devon County Council", at, page);

    [Theory]
    [InlineData("/Children/Plan/Index", "the plan")]
    [InlineData("/Children/Plan/Compare", "a comparison of versions of the plan")]
    [InlineData("/Children/Plan/Versions/Index", "an issued version of the plan")]
    [InlineData("/Children/Plan/Versions/Comments", "comments on the draft plan")]
    [InlineData("/Children/Plan/Sections/Edit", "the plan")]
    [InlineData("/Children/Case/Index", "the case")]
    [InlineData("/Children/Reviews/Meeting", "the annual review")]
    [InlineData("/Children/Advice/Attachment", "a file sent with advice")]
    [InlineData("/Children/Access/InviteFamily", "the page for inviting a family member")]
    [InlineData("/Cases/ReviewMeeting", "the annual review")]
    [InlineData("/Cases/InviteFamily", "the page for inviting a family member")]
    [InlineData("/Something/New", "the record")]
    public void A_logged_page_is_named_by_what_it_shows_never_by_its_internal_name(string page, string expected) =>
        Assert.Equal(expected, RecordViews.WhatWasLookedAt(page));

    [Fact]
    public void Looks_are_grouped_by_person_and_day_in_one_plain_sentence()
    {
        var day = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        var views = new[]
        {
            PriyaLooks(day, "/Children/Plan/Index"),
            PriyaLooks(day.AddMinutes(5), "/Children/Plan/Index"),
            PriyaLooks(day.AddMinutes(6), "/Children/Case/Index"),
            PriyaLooks(day.AddMinutes(7), "/Children/Plan/Sections/Index"),
            PriyaLooks(day.AddMinutes(8), "/Children/Plan/Index"),
            Look(Lucy, "Dr Lucy Moore", "EducationalPsychologist", "Devon Educational Psychology Service", day.AddHours(1), "/Children/Advice/Write"),
            PriyaLooks(day.AddDays(-1), "/Children/Case/Index"),
        };

        var days = RecordViews.ByPersonAndDay(views);

        Assert.Equal(
        [
            "Dr Lucy Moore, Educational psychologist, Devon Educational Psychology Service, looked at the advice for the assessment once on 3 December 2026.",
            "Priya Shah, SEND caseworker, Devon County Council, looked at the plan 4 times and the case once on 3 December 2026.",
            "Priya Shah, SEND caseworker, Devon County Council, looked at the case once on 2 December 2026.",
        ], days.Select(d => d.Sentence));
        Assert.Equal(5, days[1].Times);
    }

    [Fact]
    public void The_day_is_the_day_in_England_so_a_late_look_in_summer_is_on_the_next_day()
    {
        // 23:30 UTC on 1 July is 00:30 on 2 July in England (British Summer Time); in winter the two agree.
        var summer = RecordViews.ByPersonAndDay([PriyaLooks(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero), "/Children/Plan/Index")]);
        var winter = RecordViews.ByPersonAndDay([PriyaLooks(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero), "/Children/Plan/Index")]);

        Assert.Equal(new DateOnly(2026, 7, 2), summer.Single().Day);
        Assert.Equal(new DateOnly(2026, 12, 1), winter.Single().Day);
    }

    [Fact]
    public void Twice_is_said_as_twice_and_a_look_without_a_name_says_so()
    {
        var at = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        var days = RecordViews.ByPersonAndDay([new RecordView(at, null, null, null, null, "/Children/Plan/Index"), new RecordView(at.AddMinutes(1), null, null, null, null, "/Children/Plan/Index")]);

        Assert.Equal("Someone whose name was not recorded looked at the plan twice on 3 December 2026.", days.Single().Sentence);
    }
}
