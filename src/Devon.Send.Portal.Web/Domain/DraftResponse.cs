namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// The family's response to a draft plan (s38, Reg 13, CoP 9.77): whether they agree or want changes (by section),
/// the school or college they prefer, whether they want a meeting and a personal budget. A family may change it
/// until the final plan is issued: each change is a new row with the next number, and the latest counts.
/// </summary>
public sealed class DraftResponse
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid VersionId { get; init; }

    /// <summary>1 for the first response to this draft, then one more each change; unique per draft.</summary>
    public int Number { get; init; }

    public bool AgreesWithDraft { get; init; }

    /// <summary>The changes asked for, by section code, as JSON (<see cref="DraftResponseChanges"/>).</summary>
    public required string Changes { get; init; }

    public required string PreferredSettingName { get; init; }
    public required string PreferredSettingType { get; init; }
    public bool WantsMeeting { get; init; }
    public bool WantsPersonalBudget { get; init; }
    public string? AuthorId { get; init; }
    public required string AuthorName { get; init; }
    public required string AuthorRole { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The day it was due: 15 days after the draft was issued.</summary>
    public DateOnly DueOn { get; init; }

    /// <summary>Sent after <see cref="DueOn"/>: accepted, and shown as late to the caseworker.</summary>
    public bool Late { get; init; }
}

/// <summary>The kinds of school or college a family may prefer (CoP 9.78–9.79).</summary>
public static class SettingTypes
{
    public static readonly IReadOnlyList<(string Value, string Label)> All =
    [
        ("Mainstream", "Mainstream school or academy"),
        ("Special", "Special school or academy"),
        ("Independent", "Independent or non-maintained special school"),
        ("FurtherEducation", "Further education or sixth form college"),
        ("Other", "Other"),
    ];

    public static string Label(string value) => All.FirstOrDefault(t => t.Value == value).Label ?? value;
}

public static class DraftResponseChanges
{
    public const int MaxLength = 5_000;

    private static readonly System.Text.Json.JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(IReadOnlyDictionary<string, string> changes) =>
        System.Text.Json.JsonSerializer.Serialize(new SortedDictionary<string, string>(changes.ToDictionary(c => c.Key, c => c.Value), StringComparer.Ordinal), Json);

    public static IReadOnlyDictionary<string, string> FromJson(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? [];
}
