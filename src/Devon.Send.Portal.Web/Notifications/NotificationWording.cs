namespace Devon.Send.Portal.Web.Notifications;

/// <summary>
/// What every notification says, in one place so that the portal speaks to people in one voice. A notification
/// names the child by their first name only, and ends without a full stop (the list and the email add their own).
/// </summary>
public static class NotificationWording
{
    /// <summary>
    /// The same message for the young person it is about, in the second person: "Jacob's draft EHC plan" becomes "Your
    /// draft EHC plan", "assess Jacob's needs" "assess your needs", and "an assessment for Jacob" "an assessment for you".
    /// </summary>
    public static string ForTheYoungPerson(string message, string givenName)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrEmpty(givenName))
        {
            return message;
        }

        var name = System.Text.RegularExpressions.Regex.Escape(givenName);
        var personal = System.Text.RegularExpressions.Regex.Replace(message, $@"^{name}['’]s\b", "Your");
        personal = System.Text.RegularExpressions.Regex.Replace(personal, $@"\b{name}['’]s\b", "your");
        return System.Text.RegularExpressions.Regex.Replace(personal, $@"\bfor {name}\b", "for you");
    }

    public static string RequestReceived(string givenName, DateOnly decisionDue) =>
        $"We received your request for an assessment for {givenName}. We will decide whether to assess by {decisionDue.ToUkDate()}";

    public static string RequestWaiting(DateOnly decisionDue) =>
        $"A new request for an EHC needs assessment is waiting for a caseworker. The decision is due by {decisionDue.ToUkDate()}";

    public static string DecidedToAssess(string givenName, DateOnly finalPlanDue) =>
        $"The council will carry out an EHC needs assessment for {givenName}. The final plan, if one is needed, is due by {finalPlanDue.ToUkDate()}";

    public static string DecidedToAssessAfterOrder(string givenName, AppealOutcome outcome, DateOnly outcomeOn, DateOnly noPlanBy, DateOnly finalBy) =>
        $"The council will carry out an EHC needs assessment for {givenName}, {(outcome == AppealOutcome.Unopposed ? "as it told the SEND Tribunal" : "as the SEND Tribunal ordered")} on {outcomeOn.ToUkDate()}. "
        + $"If it decides not to issue a plan it must tell you by {noPlanBy.ToUkDate()}; otherwise the final plan is due by {finalBy.ToUkDate()}";

    public static string DecidedNotToAssess(string givenName, DateOnly appealBy) =>
        $"The council decided not to assess {givenName}'s needs. You can ask for mediation, and appeal to the SEND Tribunal by {appealBy.ToUkDate()}";

    public static string NoPlanDecided(string givenName, DateOnly appealBy) =>
        $"The council decided not to issue an EHC plan for {givenName}. You can ask for mediation, and appeal to the SEND Tribunal by {appealBy.ToUkDate()}. The case page says why and what you can do";

    public static string PlanTransferred(string givenName, string council, DateOnly transferredOn) =>
        $"{givenName}'s EHC plan was sent to {council} on {transferredOn.ToUkDate()}, because you have moved to its area. {council} looks after the plan from now on: it must tell you within 6 weeks whether it will assess {givenName}'s needs again and when it will review the plan";

    public static string TransferAdviceRecorded(string givenName, string fromCouncil, DateOnly receivedOn) =>
        $"We have recorded the advice {fromCouncil} sent us with {givenName}'s plan on {receivedOn.ToUkDate()}. If we assess {givenName}'s needs, we will not ask for that advice again where you, the adviser and both councils agree it is enough";

    public static string HealthBodyChanged(string givenName, string healthBody, DateOnly requestBy) =>
        $"{healthBody} now arranges the health care in {givenName}'s plan. If it cannot arrange what the plan says, it must ask us by {requestBy.ToUkDate()} to review the plan or assess {givenName}'s needs";

    public static string TransferNotice(string givenName, string fromCouncil, bool reassessing, DateOnly reviewBy) =>
        $"Devon County Council now looks after {givenName}'s EHC plan, which {fromCouncil} sent us. The plan stays as it is. "
        + (reassessing ? $"We will assess {givenName}'s needs again and will write to you about it. " : $"We will not assess {givenName}'s needs again. ")
        + $"We will review the plan with you by {reviewBy.ToUkDate()}";

    public static string CessationProposed(string givenName) =>
        $"The council is thinking about stopping {givenName}'s EHC plan. Nothing changes yet: tell us what you think before we decide. The plan page says why and how to reply";

    public static string CessationDecided(string givenName, DateOnly appealBy, DateOnly ceasesOn) =>
        $"The council decided to stop {givenName}'s EHC plan. You can ask for mediation, and appeal to the SEND Tribunal by {appealBy.ToUkDate()}. The plan stays in place until then; if you do not appeal, it stops on {ceasesOn.ToUkDate()}";

    public static string CessationProposedToSchool(string givenName) =>
        $"The council is considering stopping {givenName}'s EHC plan and is asking the family and the school or college named in it for their views";

    public static string CessationDecidedToProfessionals(string givenName, DateOnly appealBy, DateOnly ceasesOn) =>
        $"The council decided to stop {givenName}'s EHC plan. The family can appeal to the SEND Tribunal by {appealBy.ToUkDate()}; the plan is maintained until then, and stops on {ceasesOn.ToUkDate()} unless they appeal";

    public static string CessationWithdrawn(string givenName) =>
        $"The council has decided to keep {givenName}'s EHC plan. It is not stopping";

    public static string NoAmendmentDecided(string givenName, DateOnly appealBy) =>
        $"The council decided not to make the changes it proposed to {givenName}'s EHC plan. The plan stays as it was. You can ask for mediation, and appeal to the SEND Tribunal by {appealBy.ToUkDate()}";

    public static string MediationRecorded(string givenName, DateOnly appealBy) =>
        $"Mediation about {givenName}'s case has been recorded. The last day to appeal to the SEND Tribunal is now {appealBy.ToUkDate()}";

    public static string TribunalAppealRecorded(string givenName, DateOnly lodgedOn) =>
        $"The council has recorded your appeal to the SEND Tribunal about {givenName}, registered on {lodgedOn.ToUkDate()}. The case page shows what happens next";

    /// <summary>An appeal's outcome; for an order or an unopposed appeal, what the council must do first and by when.</summary>
    public static string TribunalOutcomeRecorded(string givenName, AppealOutcome outcome, Deadline? first) => (outcome, first) switch
    {
        (AppealOutcome.Ordered, { } d) => $"The SEND Tribunal's order about {givenName} has been recorded. The council's first step, due by {d.Due.ToUkDate()}: {d.Subject}. The case page lists every date the council must meet",
        (AppealOutcome.Unopposed, { } d) => $"The council did not oppose your appeal about {givenName}, so it must act as if you had won. Its first step, due by {d.Due.ToUkDate()}: {d.Subject}. The case page lists every date",
        (AppealOutcome.Withdrawn, _) => $"Your appeal to the SEND Tribunal about {givenName} has been recorded as withdrawn",
        _ => $"The outcome of your appeal to the SEND Tribunal about {givenName} has been recorded. The case page shows it",
    };

    public static string ExceptionRecorded(string givenName, TimescaleException exception) =>
        $"Some time limits for {givenName}'s {((exception.Limits & TimescaleExceptionBases.TribunalLimits) != 0 ? "case" : "assessment")} no longer apply, for {exception.Limits.DescribeAll()}: {string.Join(", ", new[] { exception.Reason, exception.Period }.Where(p => p.Length > 0))}. The case page says what this means for the dates";

    public static string AdviceRequested(AdviceType type, string givenName, DateOnly due) =>
        $"Your {AdviceTimeliness.DisplayName(type).ToLowerInvariant()} advice for {givenName} is asked for: it is due by {due.ToUkDate()}";

    public static string OwnAdviceRequested(string givenName, DateOnly due) =>
        $"Your own advice about {givenName} is asked for: it is due by {due.ToUkDate()}";

    /// <summary>A caseworker's reminder to the contributor a request is waiting on.</summary>
    public static string AdviceChased(AdviceType type, string givenName, DateOnly due, DateOnly today) =>
        $"Your caseworker asks for your {AdviceTimeliness.DisplayName(type).ToLowerInvariant()} advice for {givenName}: it {(due < today ? "was" : "is")} due by {due.ToUkDate()}";

    /// <summary>The family's notice that advice is late: from whom, by role and organisation, never a person's own address.</summary>
    public static string AdviceLateForFamily(AdviceType type, string from, string givenName, DateOnly due) =>
        $"The {AdviceTimeliness.DisplayName(type).ToLowerInvariant()} advice for {givenName} from {from} is late: it was due by {due.ToUkDate()}. The case page says what this means and whom to contact";

    public static string AdviceChasedForFamily(AdviceType type, string from, string givenName, DateOnly today) =>
        $"Your caseworker reminded {from} on {today.ToUkDate()} to send the {AdviceTimeliness.DisplayName(type).ToLowerInvariant()} advice for {givenName}";

    public static string AdviceDueSoon(AdviceType type, string givenName, DateOnly due) =>
        $"Your {AdviceTimeliness.DisplayName(type)} advice for {givenName} is due by {due.ToUkDate()}";

    public static string AdviceOverdue(AdviceType type, string givenName, DateOnly due) =>
        $"{AdviceTimeliness.DisplayName(type)} advice for {givenName} is overdue: it was due by {due.ToUkDate()}";

    /// <param name="sectionCodes">The plan sections the advice informs, in plan order.</param>
    public static string AdviceAdded(AdviceType type, IReadOnlyList<string> sectionCodes, string givenName) =>
        $"{AdviceTimeliness.DisplayName(type)} advice was added to {SectionsText(sectionCodes)} for {givenName}";

    public static string DraftIssued(string givenName, DateOnly responseDue) =>
        $"{givenName}'s draft EHC plan has been issued. Your response to the draft plan is due by {responseDue.ToUkDate()}";

    public static string AmendmentsIssued(string givenName, DateOnly responseDue) =>
        $"Proposed amendments to {givenName}'s EHC plan have been issued. Your response to them is due by {responseDue.ToUkDate()}";

    /// <summary>A final plan, or an amended one.</summary>
    public static string PlanIssued(string givenName, bool final, DateOnly issuedOn) =>
        $"{givenName}'s {(final ? "final" : "amended")} EHC plan was issued on {issuedOn.ToUkDate()}";

    public static string CommentAdded(string sectionCode, string givenName, string versionLabel) =>
        $"A comment was added to section {sectionCode} of {givenName}'s {versionLabel.ToLowerInvariant()}";

    public static string ResponseReceived(string givenName, string versionLabel, bool late) =>
        $"The family's response to {givenName}'s {versionLabel.ToLowerInvariant()} has arrived{(late ? ", after the 15 days" : "")}";

    /// <param name="viewsBy">When views are due, or null when that day has passed and views are wanted before the meeting.</param>
    public static string ReviewArranged(string givenName, DateOnly meetingOn, DateOnly? viewsBy) =>
        $"{givenName}'s annual review meeting is on {meetingOn.ToUkDate()}. Please give your views {(viewsBy is { } by ? $"by {by.ToUkDate()}" : "before the meeting")}";

    public static string ReviewRecorded(string givenName, DateOnly heldOn, DateOnly decisionDue) =>
        $"The record of {givenName}'s annual review meeting on {heldOn.ToUkDate()} has been added. The council's decision is due by {decisionDue.ToUkDate()}";

    public static string ReviewKeepsPlan(string givenName, DateOnly decidedOn) =>
        $"After the annual review, the council decided on {decidedOn.ToUkDate()} to keep {givenName}'s EHC plan as it is";

    public static string ReviewKeepsPlanForFamily(string givenName, DateOnly appealBy) =>
        $"After the annual review, the council decided to keep {givenName}'s EHC plan as it is. If you disagree, you can ask for mediation, and appeal to the SEND Tribunal by {appealBy.ToUkDate()}";

    public static string AmendedPlanIssuedForFamily(string givenName, DateOnly issuedOn, DateOnly appealBy) =>
        $"{givenName}'s amended EHC plan was issued on {issuedOn.ToUkDate()}. If you disagree with the needs, the provision or the school it names, you can ask for mediation, and appeal to the SEND Tribunal by {appealBy.ToUkDate()}";

    public static string MediationAgreementRecorded(string givenName, string firstStep, DateOnly due) =>
        $"The agreement reached in mediation about {givenName}'s case has been recorded. The council must do what was agreed: {firstStep}, by {due.ToUkDate()}";

    public static string ReviewAmendsPlan(string givenName, DateOnly amendmentsDue) =>
        $"After the annual review, the council decided to amend {givenName}'s EHC plan. The proposed amendments are due by {amendmentsDue.ToUkDate()}";

    private static string SectionsText(IReadOnlyList<string> codes) => codes.Count switch
    {
        0 => "the case",
        1 => $"section {codes[0]}",
        _ => $"sections {string.Join(", ", codes.Take(codes.Count - 1))} and {codes[^1]}",
    };
}
