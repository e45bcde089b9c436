namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// A piece of advice that is late, as the family is told about it: from whom (the organisation and the kind of
/// professional, never a person's own address), by how much, whether the council has reminded them, and what it means
/// for the final plan.
/// </summary>
public sealed record LateAdvice(AdviceType Type, string Organisation, string Role, DateOnly Due, DateOnly? ChasedOn)
{
    public int DaysLate(DateOnly today) => today.DayNumber - Due.DayNumber;

    public string Sentence(string forWhom, DateOnly today)
    {
        var days = DaysLate(today);
        return $"The {AdviceTimeliness.DisplayName(Type).ToLowerInvariant()} advice for {forWhom}, from the {Role.ToLowerInvariant()} at {Organisation}, "
            + $"was due by {Due.ToUkDate()}: it is {days} {(days == 1 ? "day" : "days")} late.";
    }

    public string ChasedSentence(DateOnly today) => ChasedOn switch
    {
        null => "The council has not reminded them yet.",
        { } on when on == today => "The council reminded them today.",
        { } on => $"The council last reminded them on {on.ToUkDate()}.",
    };

    /// <summary>
    /// The last day the draft plan can be sent for the final plan to be on time: the family have 15 days beginning
    /// with the day the draft is served to respond (s38; Reg 13(1)(a)), and the final plan can only follow them.
    /// </summary>
    public static DateOnly LastDayToSendTheDraft(DateOnly finalPlanDue) => finalPlanDue.AddDays(-StatutoryClock.DraftResponseDays);

    /// <summary>
    /// What late advice means for the final plan while no draft has been sent, or null when it does not bear on it (a
    /// draft is out, or no limit for the final plan applies because an exception lifts it).
    /// </summary>
    public static string? FinalPlanSentence(CaseTimeline timeline, bool draftSent, bool toTheFamily, DateOnly today)
    {
        var finalPlan = timeline.Deadlines.FirstOrDefault(d => d.Kind is DeadlineKind.FinalPlan or DeadlineKind.TribunalFinalPlan && d.IsOpen);
        if (draftSent || finalPlan is null)
        {
            return null;
        }

        var lastDay = LastDayToSendTheDraft(finalPlan.Due);
        var (them, they) = toTheFamily ? ("you", "you have") : ("the family", "they have");
        if (today <= lastDay)
        {
            return $"The final plan is due by {finalPlan.Due.ToUkDate()}. The council cannot finish the draft plan without this advice. "
                + $"For the final plan to be on time, the draft must reach {them} by {lastDay.ToUkDate()}, because {they} 15 days to respond to it.";
        }

        return today <= finalPlan.Due
            ? $"The final plan is due by {finalPlan.Due.ToUkDate()}, but it will be late: the draft plan has not been sent, and {they} 15 days to respond to it."
            : $"The final plan was due by {finalPlan.Due.ToUkDate()} and is late.";
    }
}
