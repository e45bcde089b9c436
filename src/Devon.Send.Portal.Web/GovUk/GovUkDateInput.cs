using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Devon.Send.Portal.Web.GovUk;

/// <summary>What someone typed into a GOV.UK date input: kept as text so nothing they typed is lost.</summary>
public sealed class DateInput
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public static DateInput From(DateOnly date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Nothing entered: for an optional date.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, or an error in the GOV.UK pattern's words added to the model state under <paramref name="key"/>.</summary>
    public DateOnly? Validate(ModelStateDictionary modelState, string key, string name)
    {
        var missing = new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count == 3)
        {
            modelState.AddModelError(key, $"Enter {name}");
            return null;
        }

        if (missing.Count > 0)
        {
            modelState.AddModelError(key, $"{Capitalise(name)} must include a {string.Join(" and ", missing)}");
            return null;
        }

        if (!int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            modelState.AddModelError(key, $"{Capitalise(name)} must be a real date");
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>
/// The GOV.UK date input (day, month, year) for a <see cref="DateInput"/>:
/// <c>&lt;govuk-date-input for="EndsOn" legend="When should access end?" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkDateInputTagHelper : GovUkFieldTagHelper
{
    public required string Legend { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var value = For.Model as DateInput ?? new DateInput();
        var html = BeginFormGroup(output);
        html.AppendHtml(DescribedBy.Length > 0 ? $"<fieldset class=\"govuk-fieldset\" role=\"group\" aria-describedby=\"{DescribedBy}\">" : "<fieldset class=\"govuk-fieldset\" role=\"group\">");
        html.AppendHtml($"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--{Size}\">{Encode(Legend)}</legend>");
        AppendHintAndError(html);
        html.AppendHtml($"<div class=\"govuk-date-input\" id=\"{Id}-group\">");
        Part(html, "Day", value.Day, 2, first: true);
        Part(html, "Month", value.Month, 2, first: false);
        Part(html, "Year", value.Year, 4, first: false);
        html.AppendHtml("</div></fieldset>");
    }

    // The day field carries the field's own id, so the error summary's link lands on it.
    private void Part(TagHelperContent html, string part, string? value, int width, bool first)
    {
        var id = first ? Id : $"{Id}-{part.ToLowerInvariant()}";
        var error = Error is null ? "" : " govuk-input--error";
        html.AppendHtml("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">");
        html.AppendHtml($"<label class=\"govuk-label govuk-date-input__label\" for=\"{id}\">{part}</label>");
        html.AppendHtml($"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{error}\" id=\"{id}\" name=\"{Encode(Name)}.{part}\" type=\"text\" inputmode=\"numeric\" value=\"{Encode(value ?? "")}\">");
        html.AppendHtml("</div></div>");
    }
}
