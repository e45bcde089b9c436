using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Notifications;

namespace Devon.Send.Portal.UnitTests.Notifications;

public sealed class NotificationWordingTests
{
    private static readonly DateOnly Day = new(2026, 11, 22);

    [Fact]
    public void A_review_asks_for_views_by_the_day_they_are_due_or_before_the_meeting_once_that_day_has_passed()
    {
        Assert.Equal("Mia's annual review meeting is on 7 December 2026. Please give your views by 22 November 2026",
            NotificationWording.ReviewArranged("Mia", new DateOnly(2026, 12, 7), Day));
        Assert.Equal("Mia's annual review meeting is on 7 December 2026. Please give your views before the meeting",
            NotificationWording.ReviewArranged("Mia", new DateOnly(2026, 12, 7), null));
    }

    [Fact]
    public void A_reminder_says_whether_the_advice_is_due_or_was_due()
    {
        Assert.Equal("Your caseworker asks for your educational psychology advice for Mia: it is due by 22 November 2026",
            NotificationWording.AdviceChased(AdviceType.EducationalPsychology, "Mia", Day, Day));
        Assert.Equal("Your caseworker asks for your health advice for Mia: it was due by 22 November 2026",
            NotificationWording.AdviceChased(AdviceType.Health, "Mia", Day, Day.AddDays(1)));
    }

    [Fact]
    public void Advice_added_names_the_sections_it_informs()
    {
        Assert.Equal("Health advice was added to the case for Mia", NotificationWording.AdviceAdded(AdviceType.Health, [], "Mia"));
        Assert.Equal("Health advice was added to section C for Mia", NotificationWording.AdviceAdded(AdviceType.Health, ["C"], "Mia"));
        Assert.Equal("Health advice was added to sections C, G and K for Mia", NotificationWording.AdviceAdded(AdviceType.Health, ["C", "G", "K"], "Mia"));
    }

    [Fact]
    public void An_issued_plan_says_which_kind_and_a_late_response_says_so()
    {
        Assert.Equal("Mia's final EHC plan was issued on 22 November 2026", NotificationWording.PlanIssued("Mia", final: true, Day));
        Assert.Equal("Mia's amended EHC plan was issued on 22 November 2026", NotificationWording.PlanIssued("Mia", final: false, Day));
        Assert.Equal("The family's response to Mia's draft 2 has arrived, after the 15 days", NotificationWording.ResponseReceived("Mia", "Draft 2", late: true));
        Assert.Equal("The family's response to Mia's draft 2 has arrived", NotificationWording.ResponseReceived("Mia", "Draft 2", late: false));
    }

    [Theory]
    [InlineData("Jacob's draft EHC plan has been issued. Your response to the draft plan is due by 7 December 2026", "Your draft EHC plan has been issued. Your response to the draft plan is due by 7 December 2026")]
    [InlineData("The council decided not to assess Jacob's needs. You can ask for mediation", "The council decided not to assess your needs. You can ask for mediation")]
    [InlineData("The council will carry out an EHC needs assessment for Jacob. The final plan is due", "The council will carry out an EHC needs assessment for you. The final plan is due")]
    [InlineData("Mediation about Jacob's case has been recorded", "Mediation about your case has been recorded")]
    [InlineData("A comment was added to section B of Jacobina's draft 1", "A comment was added to section B of Jacobina's draft 1")]
    public void A_young_person_reads_about_themselves_in_the_second_person(string message, string forThem)
    {
        Assert.Equal(forThem, NotificationWording.ForTheYoungPerson(message, "Jacob"));
    }

    [Fact]
    public void Every_family_message_about_the_young_person_reads_in_the_second_person()
    {
        var messages = new[]
        {
            NotificationWording.DraftIssued("Jacob", Day),
            NotificationWording.CessationProposed("Jacob"),
            NotificationWording.DecidedNotToAssess("Jacob", Day),
            NotificationWording.PlanTransferred("Jacob", "Somerset Council", Day),
        };

        Assert.All(messages, m => Assert.DoesNotContain("Jacob", NotificationWording.ForTheYoungPerson(m, "Jacob"), StringComparison.Ordinal));
    }
}
