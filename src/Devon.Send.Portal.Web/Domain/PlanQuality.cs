using System.Text.RegularExpressions;

namespace Devon.Send.Portal.Web.Domain;

/// <summary>Something a plan should fix before it is issued, in the section (and item) it is about.</summary>
public sealed record QualityFinding(string SectionCode, string? ItemId, string Message);

/// <summary>
/// The council's standard of a good EHC plan, checked from the plan itself: section A written with the family;
/// the "golden thread" (every need met by provision and leading to an outcome); provision specified and quantified
/// without vague wording; outcomes with a time frame; and sections that must say something, or say there is nothing.
/// </summary>
public static class PlanQuality
{
    /// <summary>Words that leave provision open to interpretation: who decides what "regular" or "as required" means?</summary>
    public static readonly IReadOnlyList<string> VagueWording =
    [
        "access to", "opportunities for", "opportunities to", "opportunity for", "opportunity to", "as required", "as needed",
        "as and when", "as appropriate", "where appropriate", "when appropriate", "if appropriate", "where possible",
        "when necessary", "where necessary", "if necessary", "regular", "regularly", "up to", "periodic", "periodically",
        "ongoing", "may", "might", "would benefit from",
    ];

    /// <param name="sections">Each section's content; a missing section is empty.</param>
    /// <param name="familyContributedToA">Whether a parent or the young person saved section A themselves.</param>
    /// <param name="forFinal">Checking a final (or amended) plan rather than a draft, which changes what section I must say.</param>
    public static IReadOnlyList<QualityFinding> Check(IReadOnlyDictionary<string, SectionContent> sections, bool familyContributedToA, bool forFinal)
    {
        SectionContent Of(string code) => sections.TryGetValue(code, out var content) ? content : SectionContent.Empty;
        var findings = new List<QualityFinding>();

        var views = Of("A").Views;
        if (views is null || new[] { views.AboutMe, views.ImportantToMe, views.HowToSupportMe, views.Hopes }.All(string.IsNullOrWhiteSpace))
        {
            findings.Add(new("A", null, "Section A is empty: write it with the child or young person and their family"));
        }
        else if (!familyContributedToA && string.IsNullOrWhiteSpace(views.WrittenWith))
        {
            findings.Add(new("A", null, "Section A does not say who it was written with, and the family has not contributed to it"));
        }

        var needs = PlanSections.NeedsCodes.SelectMany(code => Of(code).Needs).ToList();
        var outcomes = Of("E").Outcomes;
        var provision = PlanSections.ProvisionCodes.SelectMany(code => Of(code).Provision).ToList();
        var needIds = needs.Select(n => n.Id).ToHashSet();
        var outcomeIds = outcomes.Select(o => o.Id).ToHashSet();

        if (Of("B").Needs.Count == 0)
        {
            findings.Add(new("B", null, "Section B lists no special educational needs"));
        }

        foreach (var code in PlanSections.NeedsCodes.Concat(PlanSections.ProvisionCodes).Append("J"))
        {
            var content = Of(code);
            var empty = content.Needs.Count == 0 && content.Provision.Count == 0 && string.IsNullOrWhiteSpace(content.Text);
            if (code != "B" && PlanSections.MayBeNone(code) && empty && !content.NoneIdentified)
            {
                findings.Add(new(code, null, $"Section {code} is empty: fill it in, or say that there is nothing to include"));
            }
        }

        if (Of("F").Provision.Count == 0)
        {
            findings.Add(new("F", null, "Section F specifies no special educational provision"));
        }

        foreach (var need in needs)
        {
            var code = SectionOf(need.Id);
            if (!provision.Any(p => p.NeedIds.Contains(need.Id)))
            {
                findings.Add(new(code, need.Id, $"Need {need.Id} is not met by any provision in F, G or H"));
            }

            if (!outcomes.Any(o => o.NeedIds.Contains(need.Id)))
            {
                findings.Add(new(code, need.Id, $"Need {need.Id} does not lead to any outcome in E"));
            }
        }

        if (outcomes.Count == 0)
        {
            findings.Add(new("E", null, "Section E has no outcomes"));
        }

        foreach (var outcome in outcomes)
        {
            if (outcome.ByWhen is null)
            {
                findings.Add(new("E", outcome.Id, $"Outcome {outcome.Id} has no time frame: say by when it should be achieved"));
            }

            if (!outcome.NeedIds.Any(needIds.Contains))
            {
                findings.Add(new("E", outcome.Id, $"Outcome {outcome.Id} is not linked to a need in B, C or D"));
            }
        }

        foreach (var item in provision)
        {
            var code = SectionOf(item.Id);
            var missing = new[] { ("what it is", item.What), ("who provides it", item.Who), ("how often", item.HowOften), ("for how long", item.HowLong) }
                .Where(p => string.IsNullOrWhiteSpace(p.Item2))
                .Select(p => p.Item1)
                .ToList();
            if (missing.Count > 0)
            {
                findings.Add(new(code, item.Id, $"Provision {item.Id} does not say {Join(missing, "or")}"));
            }

            var vague = VagueIn($"{item.What} {item.Who} {item.HowOften} {item.HowLong}");
            if (vague.Count > 0)
            {
                findings.Add(new(code, item.Id, $"Provision {item.Id} uses vague wording ({Join(vague.Select(v => $"“{v}”").ToList(), "and")}): say exactly what, who, how often and for how long"));
            }

            if (!item.NeedIds.Any(needIds.Contains))
            {
                findings.Add(new(code, item.Id, $"Provision {item.Id} does not say which need it meets"));
            }

            if (item.OutcomeIds.Any(id => !outcomeIds.Contains(id)))
            {
                findings.Add(new(code, item.Id, $"Provision {item.Id} names an outcome that is no longer in section E"));
            }
        }

        var placement = Of("I").Placement;
        if (forFinal && string.IsNullOrWhiteSpace(placement?.SettingName))
        {
            findings.Add(new("I", null, "Section I must name the school or setting in a final plan"));
        }
        else if (!forFinal && !string.IsNullOrWhiteSpace(placement?.SettingName))
        {
            findings.Add(new("I", null, "A draft plan must not name a school or setting in section I: give only the type, so the family can say which they prefer"));
        }

        return findings;
    }

    /// <summary>The vague words and phrases in a text, as they are listed in <see cref="VagueWording"/>.</summary>
    public static IReadOnlyList<string> VagueIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var found = Vague.Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet();
        return VagueWording.Where(found.Contains).ToList();
    }

    // One pattern for every phrase, compiled once: the check runs on every view of a plan.
    private static readonly Regex Vague = new(
        $@"\b(?:{string.Join('|', VagueWording.OrderByDescending(p => p.Length).Select(Regex.Escape))})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    private static string SectionOf(string itemId) => SectionContent.SectionOfItem(itemId);

    private static string Join(IReadOnlyList<string> parts, string conjunction) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} {conjunction} {parts[^1]}";

    /// <summary>
    /// What a family (or anyone who is not the council's writer) reads instead of the quality check: one plain line per
    /// section still to finish, such as "The council is still completing section I (the school or other place)". The
    /// check itself, with its staff wording, is for the council.
    /// </summary>
    public static IReadOnlyList<string> StillCompleting(IEnumerable<QualityFinding> findings) =>
        [.. findings.Select(f => f.SectionCode).Distinct().OrderBy(code => PlanSections.Codes.ToList().IndexOf(code))
            .Select(code => $"The council is still completing section {code} ({PlanSections.PlainTitle(code)})")];
}
