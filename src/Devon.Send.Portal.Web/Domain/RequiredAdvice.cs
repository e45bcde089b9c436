namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// One piece of advice the council must seek. <see cref="AskFor"/> is the kind of advice that meets it once asked for;
/// null for a reminder the portal cannot tick off, because it does not record what the duty depends on.
/// </summary>
public sealed record AdviceRequirement(string Label, string Regulation, AdviceType? AskFor);

/// <summary>
/// The advice and information the council must seek in an EHC needs assessment (SEND Regulations 2014, regulation
/// 6(1)) that has not been asked for yet. A kind of advice counts as asked once anyone has been asked for it on the
/// case, whether or not they have given it. Two duties stay as reminders while the assessment lasts: consulting a
/// qualified teacher of children with a hearing or vision impairment (6(1)(b)), as the portal does not record
/// impairments; and anyone the family reasonably asks the council to consult (6(1)(g)), as it does not record those
/// requests. Advice on preparing for adulthood (6(1)(f)) is due only from Year 9.
/// </summary>
public static class RequiredAdvice
{
    private const string Regulation = "SEND Regulations 2014, regulation 6(1)";
    private const int PreparingForAdulthoodFromYear = 9;

    /// <summary>In the order of regulation 6(1); empty unless the child is being assessed.</summary>
    public static IReadOnlyList<AdviceRequirement> NotYetAsked(AssessmentCase assessment, string givenName, DateOnly dateOfBirth, DateOnly today)
    {
        if (!IsBeingAssessed(assessment))
        {
            return [];
        }

        var asked = assessment.AdviceRequests.Select(a => a.Type).ToHashSet();
        return [.. Required(givenName, dateOfBirth, today).Where(r => r.AskFor is not { } type || !asked.Contains(type))];
    }

    /// <summary>The council has decided to assess, and there is no final plan yet, nor a refusal or closure.</summary>
    public static bool IsBeingAssessed(AssessmentCase assessment) =>
        assessment is { DecisionToAssessOn: not null, FinalPlanIssuedOn: null, RefusedOn: null, ClosedOn: null };

    /// <summary>From Year 9, the school year in which the child turns 14 (regulation 6(1)(f)).</summary>
    public static bool PreparingForAdulthoodDue(DateOnly dateOfBirth, DateOnly today) =>
        SchoolYear.IsInYearOrAbove(PreparingForAdulthoodFromYear, dateOfBirth, today);

    private static IEnumerable<AdviceRequirement> Required(string givenName, DateOnly dateOfBirth, DateOnly today)
    {
        var youngPerson = YoungPersonRights.HaveStarted(dateOfBirth, today);
        yield return youngPerson
            ? new($"{givenName}'s own advice and information, as a young person", Regulation + "(a)", AdviceType.ParentOrYoungPerson)
            : new($"Advice and information from {givenName}'s parent", Regulation + "(a)", AdviceType.ParentOrYoungPerson);
        yield return new($"Education advice, from the head teacher or principal of {givenName}'s school or college, or someone with relevant teaching experience",
            Regulation + "(b)", AdviceType.Education);
        yield return new($"If {givenName} has a hearing or vision impairment, the education advice must be given after consulting a qualified specialist teacher",
            Regulation + "(b)", null);
        yield return new("Medical advice, from a health care professional", Regulation + "(c)", AdviceType.Health);
        yield return new("Psychological advice, from an educational psychologist", Regulation + "(d)", AdviceType.EducationalPsychology);
        yield return new("Social care advice", Regulation + "(e)", AdviceType.SocialCare);
        if (PreparingForAdulthoodDue(dateOfBirth, today))
        {
            yield return new($"Advice on preparing for adulthood and independent living, as {givenName} is in Year 9 or above", Regulation + "(f)", AdviceType.PreparationForAdulthood);
        }

        var whoRequests = youngPerson ? givenName : $"{givenName}'s parent";
        yield return new($"Advice from anyone {whoRequests} reasonably asks you to consult: the portal does not record these requests, so check with them",
            Regulation + "(g)", null);
    }
}
