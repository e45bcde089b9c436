using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Devon.Send.Portal.IntegrationTests.LocalOffer;

/// <summary>
/// The Open Referral UK 3.0 field list and types, taken from the standard's JSON schemas (the UK profile of
/// HSDS 3.0: service, organization, contact, cost_option, service_area, attribute, taxonomy, taxonomy_term, and the
/// API's Page envelope). <see cref="Check"/> fails on a field the standard does not have, a required field that
/// is missing, or a value of the wrong type or format.
/// </summary>
internal static partial class OpenReferralSchema
{
    public abstract record FieldType;

    public sealed record Text(string Format = "") : FieldType;

    public sealed record Number(bool WholeOnly = false) : FieldType;

    public sealed record Flag : FieldType;

    public sealed record OneOf(params string[] Values) : FieldType;

    public sealed record Array(FieldType Items) : FieldType;

    public sealed record Shape(IReadOnlyDictionary<string, FieldType> Fields, params string[] Required) : FieldType;

    private static readonly Text Uuid = new("uuid");
    private static readonly Text Uri = new("uri");
    private static readonly Text Email = new("email");
    private static readonly Text Date = new("date");
    private static readonly Text DateTime = new("date-time");
    private static readonly Text String = new();
    private static readonly Array Anything = new(new Shape(new Dictionary<string, FieldType>()));

    public static readonly Shape ApiInfo = new(new Dictionary<string, FieldType> { ["version"] = String, ["profile"] = Uri, ["openapi_url"] = Uri });

    public static readonly Shape TaxonomyTerm = new(new Dictionary<string, FieldType>
    {
        ["id"] = Uuid,
        ["parent_id"] = Uuid,
        ["taxonomy"] = String,
        ["taxonomy_id"] = Uuid,
        ["term_uri"] = Uri,
        ["term"] = String,
        // In the standard's own taxonomy_term examples (HSDS 3.0 core fields).
        ["name"] = String,
        ["description"] = String,
    }, "id", "taxonomy");

    public static readonly Shape Taxonomy = new(new Dictionary<string, FieldType>
    {
        ["id"] = Uuid,
        ["name"] = String,
        ["description"] = String,
        ["uri"] = Uri,
        ["version"] = String,
        ["taxonomy_terms"] = new Array(TaxonomyTerm),
    }, "id", "name", "description");

    private static readonly Shape Attribute = new(new Dictionary<string, FieldType>
    {
        ["id"] = Uuid,
        ["link_id"] = Uuid,
        ["taxonomy_term_id"] = Uuid,
        ["link_type"] = String,
        ["taxonomy_term"] = TaxonomyTerm,
    }, "id");

    private static readonly Shape Organization = new(new Dictionary<string, FieldType>
    {
        ["id"] = Uuid,
        ["name"] = String,
        ["description"] = String,
        ["email"] = Email,
        ["website"] = Uri,
        ["logo"] = String,
        ["uri"] = Uri,
        ["parent_organization_id"] = Uuid,
        ["organization_identifiers"] = Anything,
        ["attributes"] = new Array(Attribute),
    }, "id", "name", "description");

    private static readonly Shape Contact = new(new Dictionary<string, FieldType>
    {
        ["id"] = Uuid,
        ["service_id"] = Uuid,
        ["name"] = String,
        ["title"] = String,
        ["attributes"] = new Array(Attribute),
    }, "id");

    private static readonly Shape CostOption = new(new Dictionary<string, FieldType>
    {
        ["id"] = Uuid,
        ["service_id"] = Uuid,
        ["valid_from"] = Date,
        ["valid_to"] = Date,
        ["option"] = String,
        ["amount"] = new Number(),
        ["amount_description"] = String,
    }, "id");

    private static readonly Shape ServiceArea = new(new Dictionary<string, FieldType>
    {
        ["id"] = Uuid,
        ["service_id"] = Uuid,
        ["name"] = String,
        ["extent"] = String,
        ["extent_type"] = String,
        ["uri"] = Uri,
        ["service_area"] = String,
    }, "id");

    private static readonly Dictionary<string, FieldType> OneToOne = new()
    {
        ["id"] = Uuid,
        ["organization_id"] = Uuid,
        ["name"] = String,
        ["description"] = String,
        ["url"] = Uri,
        ["email"] = Email,
        ["status"] = new OneOf("active", "inactive", "defunct", "temporarily closed"),
        ["fees"] = String,
        ["accreditations"] = String,
        ["minimum_age"] = new Number(),
        ["maximum_age"] = new Number(),
        ["assured_date"] = Date,
        ["assurer_email"] = Email,
        ["alert"] = String,
        ["last_modified"] = DateTime,
        ["organization"] = Organization,
    };

    /// <summary>A service in a list: its one-to-one fields and its organization.</summary>
    public static readonly Shape ServiceListItem = new(OneToOne, "id", "name", "status");

    /// <summary>A fully nested service.</summary>
    public static readonly Shape Service = new(new Dictionary<string, FieldType>(OneToOne)
    {
        ["schedules"] = Anything,
        ["service_areas"] = new Array(ServiceArea),
        ["service_at_locations"] = Anything,
        ["languages"] = Anything,
        ["funding"] = Anything,
        ["cost_options"] = new Array(CostOption),
        ["contacts"] = new Array(Contact),
        ["attributes"] = new Array(Attribute),
    }, "id", "name", "status");

    public static Shape PageOf(FieldType item) => new(new Dictionary<string, FieldType>
    {
        ["total_items"] = new Number(WholeOnly: true),
        ["total_pages"] = new Number(WholeOnly: true),
        ["page_number"] = new Number(WholeOnly: true),
        ["size"] = new Number(WholeOnly: true),
        ["first_page"] = new Flag(),
        ["last_page"] = new Flag(),
        ["empty"] = new Flag(),
        ["contents"] = new Array(item),
    }, "total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents");

    public static void Check(string what, JsonElement value, FieldType type)
    {
        var problems = new List<string>();
        Check(what, value, type, problems);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static void Check(string path, JsonElement value, FieldType type, List<string> problems)
    {
        switch (type)
        {
            case Shape shape when value.ValueKind == JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (shape.Fields.Count > 0 && !shape.Fields.ContainsKey(property.Name))
                    {
                        problems.Add($"{path}.{property.Name} is not an Open Referral UK field");
                    }
                    else if (shape.Fields.TryGetValue(property.Name, out var field))
                    {
                        Check($"{path}.{property.Name}", property.Value, field, problems);
                    }
                }

                problems.AddRange(shape.Required
                    .Where(r => !value.TryGetProperty(r, out var v) || v.ValueKind == JsonValueKind.Null)
                    .Select(r => $"{path}.{r} is required"));
                break;
            case Array array when value.ValueKind == JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check($"{path}[{index++}]", item, array.Items, problems);
                }

                break;
            case Text text when value.ValueKind == JsonValueKind.String:
                var s = value.GetString()!;
                var ok = text.Format switch
                {
                    "uuid" => UuidPattern().IsMatch(s),
                    "uri" => System.Uri.TryCreate(s, UriKind.Absolute, out var u) && u.Scheme is "http" or "https",
                    "email" => EmailPattern().IsMatch(s),
                    "date" => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                    "date-time" => DateTimeOffset.TryParseExact(s, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
                    _ => true,
                };
                if (!ok)
                {
                    problems.Add($"{path} is '{s}', not a {text.Format}");
                }

                break;
            case OneOf oneOf when value.ValueKind == JsonValueKind.String:
                if (!oneOf.Values.Contains(value.GetString()))
                {
                    problems.Add($"{path} is '{value.GetString()}', not one of {string.Join(", ", oneOf.Values)}");
                }

                break;
            case Number number when value.ValueKind == JsonValueKind.Number:
                if (number.WholeOnly && !value.TryGetInt64(out _))
                {
                    problems.Add($"{path} must be a whole number");
                }

                break;
            case Flag when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                break;
            default:
                problems.Add($"{path} is a JSON {value.ValueKind}, not {type.GetType().Name.ToLowerInvariant()}");
                break;
        }
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex UuidPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
