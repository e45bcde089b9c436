using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Devon.Send.Portal.Web.Domain;

/// <summary>A need in section B, C or D. B groups its needs by the Code of Practice's broad areas.</summary>
public sealed record Need(string Id, string? Area, string Text);

/// <summary>An outcome in section E: what, by when, and which needs it addresses.</summary>
public sealed record Outcome(string Id, string Text, DateOnly? ByWhen, IReadOnlyList<string> NeedIds);

/// <summary>Provision in F, G, H1 or H2, specified and quantified, and what it is for.</summary>
public sealed record ProvisionItem(
    string Id, string What, string Who, string HowOften, string HowLong, IReadOnlyList<string> NeedIds, IReadOnlyList<string> OutcomeIds);

/// <summary>Section A, under the four headings the family is asked about, and who it was written with.</summary>
public sealed record FamilyViews(string? AboutMe, string? ImportantToMe, string? HowToSupportMe, string? Hopes, string? WrittenWith);

/// <summary>Section I: a draft plan gives only the type of setting; the final plan names it (CoP 9.77).</summary>
public sealed record Placement(string? SettingType, string? SettingName);

/// <summary>
/// The content of one plan section. Which parts are used depends on the section's <see cref="SectionKind"/>;
/// free text is Markdown, shown through the portal's safe pipeline. Items keep their ids (B1, E2, F3) across
/// revisions and ids are never reused, so links between needs, outcomes and provision survive edits.
/// </summary>
public sealed record SectionContent
{
    public const int MaxTextLength = 10_000;
    public const int MaxShortTextLength = 500;
    public const int MaxItems = 40;

    public static readonly SectionContent Empty = new();

    /// <summary>J and K; an introduction in needs and provision sections; notes in I.</summary>
    public string? Text { get; init; }

    public FamilyViews? Views { get; init; }

    /// <summary>Says plainly that the section has nothing in it: no health needs, no social care provision.</summary>
    public bool NoneIdentified { get; init; }

    public IReadOnlyList<Need> Needs { get; init; } = [];
    public IReadOnlyList<Outcome> Outcomes { get; init; } = [];
    public IReadOnlyList<ProvisionItem> Provision { get; init; } = [];
    public Placement? Placement { get; init; }

    /// <summary>The highest item number this section has ever used, so a removed item's id is never given to another.</summary>
    public int LastItemNumber { get; init; }

    [JsonIgnore]
    public bool IsEmpty => ToJson() == Empty.ToJson();

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The canonical form that is stored and hashed: the same content always gives the same text.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SectionContent FromJson(string json) => JsonSerializer.Deserialize<SectionContent>(json, Json) ?? Empty;

    /// <summary>Gives new items (those without an id) the next ids of the section: B4, B5…</summary>
    public SectionContent WithIdsFor(string code)
    {
        var last = LastItemNumber;
        string Next() => ItemId(code, ++last);
        var needs = Needs.Select(n => string.IsNullOrEmpty(n.Id) ? n with { Id = Next() } : n).ToList();
        var outcomes = Outcomes.Select(o => string.IsNullOrEmpty(o.Id) ? o with { Id = Next() } : o).ToList();
        var provision = Provision.Select(p => string.IsNullOrEmpty(p.Id) ? p with { Id = Next() } : p).ToList();
        return this with { Needs = needs, Outcomes = outcomes, Provision = provision, LastItemNumber = last };
    }

    /// <summary>
    /// This content as section <paramref name="code"/> stores it, given the section's <paramref name="previous"/>
    /// content. Keeps item ids honest: an item keeps its id only if the section already has an item with that id;
    /// new items get the next unused ids; only the parts the section's kind uses are kept, and text is trimmed.
    /// </summary>
    public SectionContent Normalise(string code, SectionContent previous)
    {
        var known = previous.Needs.Select(n => n.Id).Concat(previous.Outcomes.Select(o => o.Id)).Concat(previous.Provision.Select(p => p.Id)).ToHashSet();
        string Keep(string? id) => id is not null && known.Contains(id) ? id : "";
        var kind = PlanSections.KindOf(code);
        var normalised = new SectionContent
        {
            Text = Clean(Text),
            Views = kind == SectionKind.Views && Views is { } v
                ? new FamilyViews(Clean(v.AboutMe), Clean(v.ImportantToMe), Clean(v.HowToSupportMe), Clean(v.Hopes), Clean(v.WrittenWith))
                : null,
            NoneIdentified = PlanSections.MayBeNone(code) && NoneIdentified,
            Needs = kind == SectionKind.Needs ? [.. Needs.Select(n => n with { Id = Keep(n.Id), Area = code == "B" ? n.Area : null, Text = n.Text.Trim() })] : [],
            Outcomes = kind == SectionKind.Outcomes ? [.. Outcomes.Select(o => o with { Id = Keep(o.Id), Text = o.Text.Trim(), NeedIds = [.. o.NeedIds.Distinct()] })] : [],
            Provision = kind == SectionKind.Provision
                ? [.. Provision.Select(p => p with
                {
                    Id = Keep(p.Id), What = p.What.Trim(), Who = p.Who.Trim(), HowOften = p.HowOften.Trim(), HowLong = p.HowLong.Trim(),
                    NeedIds = [.. p.NeedIds.Distinct()], OutcomeIds = [.. p.OutcomeIds.Distinct()],
                })]
                : [],
            Placement = kind == SectionKind.Placement && Placement is { } pl && (Clean(pl.SettingType) ?? Clean(pl.SettingName)) is not null
                ? new Placement(Clean(pl.SettingType), Clean(pl.SettingName))
                : null,
            LastItemNumber = previous.LastItemNumber,
        };
        return normalised.WithIdsFor(code);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n");

    /// <summary>B1, F3; H1-2 and H2-1, so that the section stays readable in the id.</summary>
    public static string ItemId(string code, int number) =>
        code.Length > 1 ? $"{code}-{number.ToString(CultureInfo.InvariantCulture)}" : code + number.ToString(CultureInfo.InvariantCulture);

    public static string SectionOfItem(string itemId) => itemId.Contains('-', StringComparison.Ordinal) ? itemId[..itemId.IndexOf('-', StringComparison.Ordinal)] : itemId[..1];

    /// <summary>
    /// The section as plain text, one fact a line, for comparing versions word by word: the same words a reader
    /// sees, in a stable order, so a comparison shows what changed in the plan and nothing else.
    /// </summary>
    public string ToComparableText(string code)
    {
        var text = new StringBuilder();
        void Line(string? label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                text.Append(label is null ? "" : label + ": ").Append(value.Trim()).Append('\n');
            }
        }

        if (NoneIdentified)
        {
            Line(null, NoneText(code));
        }

        switch (PlanSections.KindOf(code))
        {
            case SectionKind.Views:
                Line(ViewsHeadings.AboutMe, Views?.AboutMe);
                Line(ViewsHeadings.ImportantToMe, Views?.ImportantToMe);
                Line(ViewsHeadings.HowToSupportMe, Views?.HowToSupportMe);
                Line(ViewsHeadings.Hopes, Views?.Hopes);
                Line("Written with", Views?.WrittenWith);
                break;
            case SectionKind.Needs:
                Line(null, Text);
                foreach (var need in Needs)
                {
                    Line(need.Id, need.Area is null ? need.Text : $"{need.Area}. {need.Text}");
                }

                break;
            case SectionKind.Outcomes:
                foreach (var outcome in Outcomes)
                {
                    Line(outcome.Id, outcome.Text);
                    Line("By", outcome.ByWhen?.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
                    Line("For needs", string.Join(", ", outcome.NeedIds));
                }

                break;
            case SectionKind.Provision:
                Line(null, Text);
                foreach (var item in Provision)
                {
                    Line(item.Id, item.What);
                    Line("Who", item.Who);
                    Line("How often", item.HowOften);
                    Line("How long", item.HowLong);
                    Line("Meets needs", string.Join(", ", item.NeedIds));
                    Line("Towards outcomes", string.Join(", ", item.OutcomeIds));
                }

                break;
            case SectionKind.Placement:
                Line("Type of setting", Placement?.SettingType);
                Line("School or setting", Placement?.SettingName);
                Line(null, Text);
                break;
            default:
                Line(null, Text);
                break;
        }

        return text.ToString();
    }

    /// <summary>What a section that has nothing in it says.</summary>
    public static string NoneText(string code) => code switch
    {
        "C" => "No health needs related to special educational needs have been identified.",
        "D" => "No social care needs related to special educational needs or disability have been identified.",
        "J" => "No personal budget has been requested.",
        _ => "No provision is needed in this section.",
    };

    public static class ViewsHeadings
    {
        public const string AboutMe = "What people like and admire about me";
        public const string ImportantToMe = "What is important to me";
        public const string HowToSupportMe = "How best to support me";
        public const string Hopes = "My hopes for the future";
    }
}
