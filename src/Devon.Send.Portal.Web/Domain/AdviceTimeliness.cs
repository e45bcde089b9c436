namespace Devon.Send.Portal.Web.Domain;

/// <summary>The dates of one request for advice.</summary>
public readonly record struct AdviceDates(AdviceType Type, DateOnly Requested, DateOnly? Submitted);

/// <summary>For one kind of contributor: advice returned in the period, how much of it within 6 weeks, and what is overdue today.</summary>
public sealed record AdviceTimelinessRow(AdviceType Type, int Returned, int ReturnedInTime, int PercentInTime, int OverdueNow);

/// <summary>Whether contributors give their advice within 6 weeks of being asked (Reg 8), per kind of contributor.</summary>
public static class AdviceTimeliness
{
    public static IReadOnlyList<AdviceTimelinessRow> Compute(IEnumerable<AdviceDates> advice, DateOnly from, DateOnly to, DateOnly today)
    {
        var list = advice.ToList();
        return Enum.GetValues<AdviceType>()
            .Select(type =>
            {
                var ofType = list.Where(a => a.Type == type).ToList();
                var returned = ofType.Where(a => a.Submitted is { } s && s >= from && s <= to).ToList();
                var inTime = returned.Count(a => a.Submitted <= StatutoryClock.AdviceDue(a.Requested));
                var overdue = ofType.Count(a => a.Submitted is null && StatutoryClock.AdviceDue(a.Requested) < today);
                return new AdviceTimelinessRow(type, returned.Count, inTime, TimelinessTable.Percent(inTime, returned.Count), overdue);
            })
            .ToList();
    }

    public static string DisplayName(AdviceType type) => type switch
    {
        AdviceType.ParentOrYoungPerson => "Parent or young person",
        AdviceType.Education => "Education",
        AdviceType.Health => "Health",
        AdviceType.SocialCare => "Social care",
        AdviceType.EducationalPsychology => "Educational psychology",
        AdviceType.PreparationForAdulthood => "Preparation for adulthood",
        _ => type.ToString(),
    };
}
