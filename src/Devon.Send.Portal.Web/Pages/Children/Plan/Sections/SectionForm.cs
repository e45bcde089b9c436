using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Devon.Send.Portal.Web.Pages.Children.Plan.Sections;

/// <summary>
/// What the section form posts: every part any section may have, as typed, so that nothing is lost when the
/// form is shown again with errors, after "add another", or after a conflict.
/// </summary>
public sealed class SectionForm
{
    public string? Text { get; set; }
    public string? AboutMe { get; set; }
    public string? ImportantToMe { get; set; }
    public string? HowToSupportMe { get; set; }
    public string? Hopes { get; set; }
    public string? WrittenWith { get; set; }
    public bool NoneIdentified { get; set; }
    public string? SettingType { get; set; }
    public string? SettingName { get; set; }
    public List<NeedForm> Needs { get; set; } = [];
    public List<OutcomeForm> Outcomes { get; set; } = [];
    public List<ProvisionForm> Provision { get; set; } = [];

    public sealed class NeedForm
    {
        public string? Id { get; set; }
        public string? Area { get; set; }
        public string? Text { get; set; }
    }

    public sealed class OutcomeForm
    {
        public string? Id { get; set; }
        public string? Text { get; set; }
        public string? ByMonth { get; set; }
        public string? ByYear { get; set; }
        public List<string> NeedIds { get; set; } = [];
    }

    public sealed class ProvisionForm
    {
        public string? Id { get; set; }
        public string? What { get; set; }
        public string? Who { get; set; }
        public string? HowOften { get; set; }
        public string? HowLong { get; set; }
        public List<string> NeedIds { get; set; } = [];
        public List<string> OutcomeIds { get; set; } = [];
    }

    public static SectionForm From(SectionContent content) => new()
    {
        Text = content.Text,
        AboutMe = content.Views?.AboutMe,
        ImportantToMe = content.Views?.ImportantToMe,
        HowToSupportMe = content.Views?.HowToSupportMe,
        Hopes = content.Views?.Hopes,
        WrittenWith = content.Views?.WrittenWith,
        NoneIdentified = content.NoneIdentified,
        SettingType = content.Placement?.SettingType,
        SettingName = content.Placement?.SettingName,
        Needs = [.. content.Needs.Select(n => new NeedForm { Id = n.Id, Area = n.Area, Text = n.Text })],
        Outcomes = [.. content.Outcomes.Select(o => new OutcomeForm
        {
            Id = o.Id,
            Text = o.Text,
            ByMonth = o.ByWhen?.Month.ToString(CultureInfo.InvariantCulture),
            ByYear = o.ByWhen?.Year.ToString(CultureInfo.InvariantCulture),
            NeedIds = [.. o.NeedIds],
        })],
        Provision = [.. content.Provision.Select(p => new ProvisionForm
        {
            Id = p.Id, What = p.What, Who = p.Who, HowOften = p.HowOften, HowLong = p.HowLong, NeedIds = [.. p.NeedIds], OutcomeIds = [.. p.OutcomeIds],
        })],
    };

    /// <summary>
    /// Checks what was typed for section <paramref name="code"/>, adding GOV.UK error messages under the
    /// fields' names (prefix <paramref name="prefix"/>), and returns the content when it is valid.
    /// </summary>
    public SectionContent? Validate(string code, ModelStateDictionary modelState, string prefix, IReadOnlySet<string> needIds, IReadOnlySet<string> outcomeIds)
    {
        var before = modelState.ErrorCount;
        // An item left completely empty (an "add another" not used) is not an item.
        Needs.RemoveAll(n => string.IsNullOrEmpty(n.Id) && string.IsNullOrWhiteSpace(n.Text) && string.IsNullOrWhiteSpace(n.Area));
        Outcomes.RemoveAll(o => string.IsNullOrEmpty(o.Id) && new[] { o.Text, o.ByMonth, o.ByYear }.All(string.IsNullOrWhiteSpace) && o.NeedIds.Count == 0);
        Provision.RemoveAll(p => string.IsNullOrEmpty(p.Id) && new[] { p.What, p.Who, p.HowOften, p.HowLong }.All(string.IsNullOrWhiteSpace) && p.NeedIds.Count == 0 && p.OutcomeIds.Count == 0);
        void Long(string field, string? value, int max, string name)
        {
            if (value?.Length > max)
            {
                modelState.AddModelError($"{prefix}.{field}", $"{name} must be {max:N0} characters or fewer");
            }
        }

        var kind = PlanSections.KindOf(code);
        Long(nameof(Text), Text, SectionContent.MaxTextLength, kind == SectionKind.Text ? "The section" : "The introduction");
        Long(nameof(AboutMe), AboutMe, SectionContent.MaxTextLength, "What people like and admire");
        Long(nameof(ImportantToMe), ImportantToMe, SectionContent.MaxTextLength, "What is important");
        Long(nameof(HowToSupportMe), HowToSupportMe, SectionContent.MaxTextLength, "How best to support");
        Long(nameof(Hopes), Hopes, SectionContent.MaxTextLength, "Hopes for the future");
        Long(nameof(WrittenWith), WrittenWith, SectionContent.MaxShortTextLength, "Who it was written with");
        Long(nameof(SettingType), SettingType, SectionContent.MaxShortTextLength, "The type of school or setting");
        Long(nameof(SettingName), SettingName, SectionContent.MaxShortTextLength, "The name of the school or setting");

        var items = kind switch { SectionKind.Needs => Needs.Count, SectionKind.Outcomes => Outcomes.Count, SectionKind.Provision => Provision.Count, _ => 0 };
        if (items > SectionContent.MaxItems)
        {
            modelState.AddModelError(prefix, $"A section can have up to {SectionContent.MaxItems} items. Split or combine some");
        }

        var hasSomething = NoneIdentified;
        if (kind == SectionKind.Needs)
        {
            for (var i = 0; i < Needs.Count; i++)
            {
                var need = Needs[i];
                var key = $"{prefix}.{nameof(Needs)}[{i}]";
                if (string.IsNullOrWhiteSpace(need.Text))
                {
                    modelState.AddModelError($"{key}.{nameof(NeedForm.Text)}", $"Describe need {Label(need.Id, i)}, or remove it");
                }

                Long($"{nameof(Needs)}[{i}].{nameof(NeedForm.Text)}", need.Text, SectionContent.MaxTextLength, $"Need {Label(need.Id, i)}");
                if (code == "B" && !PlanSections.AreasOfNeed.Contains(need.Area ?? ""))
                {
                    modelState.AddModelError($"{key}.{nameof(NeedForm.Area)}", $"Select the area of need for need {Label(need.Id, i)}");
                }
            }
        }

        var outcomes = new List<Outcome>();
        if (kind == SectionKind.Outcomes)
        {
            for (var i = 0; i < Outcomes.Count; i++)
            {
                var outcome = Outcomes[i];
                var key = $"{prefix}.{nameof(Outcomes)}[{i}]";
                if (string.IsNullOrWhiteSpace(outcome.Text))
                {
                    modelState.AddModelError($"{key}.{nameof(OutcomeForm.Text)}", $"Describe outcome {Label(outcome.Id, i)}, or remove it");
                }

                Long($"{nameof(Outcomes)}[{i}].{nameof(OutcomeForm.Text)}", outcome.Text, SectionContent.MaxTextLength, $"Outcome {Label(outcome.Id, i)}");
                outcomes.Add(new Outcome(outcome.Id ?? "", outcome.Text ?? "", ByWhen(outcome, modelState, $"{key}.{nameof(OutcomeForm.ByMonth)}", Label(outcome.Id, i)),
                    [.. outcome.NeedIds.Where(needIds.Contains)]));
            }
        }

        if (kind == SectionKind.Provision)
        {
            for (var i = 0; i < Provision.Count; i++)
            {
                var item = Provision[i];
                var key = $"{nameof(Provision)}[{i}]";
                if (string.IsNullOrWhiteSpace(item.What))
                {
                    modelState.AddModelError($"{prefix}.{key}.{nameof(ProvisionForm.What)}", $"Describe provision {Label(item.Id, i)}, or remove it");
                }

                Long($"{key}.{nameof(ProvisionForm.What)}", item.What, SectionContent.MaxTextLength, $"Provision {Label(item.Id, i)}");
                Long($"{key}.{nameof(ProvisionForm.Who)}", item.Who, SectionContent.MaxShortTextLength, $"Who provides {Label(item.Id, i)}");
                Long($"{key}.{nameof(ProvisionForm.HowOften)}", item.HowOften, SectionContent.MaxShortTextLength, $"How often for {Label(item.Id, i)}");
                Long($"{key}.{nameof(ProvisionForm.HowLong)}", item.HowLong, SectionContent.MaxShortTextLength, $"How long for {Label(item.Id, i)}");
            }
        }

        hasSomething |= !string.IsNullOrWhiteSpace(Text) || Needs.Count > 0 || Outcomes.Count > 0 || Provision.Count > 0
            || new[] { AboutMe, ImportantToMe, HowToSupportMe, Hopes, SettingType, SettingName }.Any(t => !string.IsNullOrWhiteSpace(t));
        if (!hasSomething)
        {
            modelState.AddModelError(kind switch
            {
                SectionKind.Views => $"{prefix}.{nameof(AboutMe)}",
                SectionKind.Placement => $"{prefix}.{nameof(SettingType)}",
                SectionKind.Needs or SectionKind.Outcomes or SectionKind.Provision => prefix,
                _ => $"{prefix}.{nameof(Text)}",
            }, PlanSections.MayBeNone(code) ? "Write something in this section, or say that there is nothing to include" : "Write something in this section");
        }

        if (modelState.ErrorCount > before)
        {
            return null;
        }

        return new SectionContent
        {
            Text = Text,
            Views = kind == SectionKind.Views ? new FamilyViews(AboutMe, ImportantToMe, HowToSupportMe, Hopes, WrittenWith) : null,
            NoneIdentified = NoneIdentified,
            Needs = [.. Needs.Select(n => new Need(n.Id ?? "", n.Area, n.Text ?? ""))],
            Outcomes = outcomes,
            Provision = [.. Provision.Select(p => new ProvisionItem(
                p.Id ?? "", p.What ?? "", p.Who ?? "", p.HowOften ?? "", p.HowLong ?? "", [.. p.NeedIds.Where(needIds.Contains)], [.. p.OutcomeIds.Where(outcomeIds.Contains)]))],
            Placement = kind == SectionKind.Placement ? new Placement(SettingType, SettingName) : null,
        };
    }

    /// <summary>The item's id, or "number N" for one not saved yet.</summary>
    public static string Label(string? id, int index) => string.IsNullOrEmpty(id) ? $"number {index + 1}" : id;

    private static DateOnly? ByWhen(OutcomeForm outcome, ModelStateDictionary modelState, string key, string label)
    {
        var month = outcome.ByMonth?.Trim();
        var year = outcome.ByYear?.Trim();
        if (string.IsNullOrEmpty(month) && string.IsNullOrEmpty(year))
        {
            return null;
        }

        if (!int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 2100)
        {
            modelState.AddModelError(key, $"The time frame of outcome {label} must be a real month and year, like 7 2027");
            return null;
        }

        // An outcome due "by July 2027" is due by the end of July.
        return new DateOnly(y, m, DateTime.DaysInMonth(y, m));
    }
}
