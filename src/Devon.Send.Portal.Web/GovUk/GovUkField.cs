using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Devon.Send.Portal.Web.GovUk;

/// <summary>
/// What every GOV.UK form field shares: the form group (marked when in error), the hint and the error
/// message, and the ids that tie them to the control so that the error summary's links land on it.
/// </summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string? Hint { get; set; }

    /// <summary>The size of a fieldset's legend or a label: s, m or l.</summary>
    public string Size { get; set; } = "m";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    protected string Name => For.Name;

    protected string Id => GovUkField.Id(For.Name);

    protected string? Error => GovUkField.FirstError(ViewContext, For.Name);

    /// <summary>What was posted (so nothing typed is lost), or else the model's value.</summary>
    protected string? CurrentValue => GovUkField.Value(ViewContext, For.Name, For.Model);

    protected string DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.OfType<string>());

    /// <summary>Turns the tag into the form group and returns its content for the field to fill.</summary>
    protected TagHelperContent BeginFormGroup(TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        return output.Content;
    }

    protected void AppendHintAndError(TagHelperContent html)
    {
        if (Hint is not null)
        {
            html.AppendHtml($"<div id=\"{Id}-hint\" class=\"govuk-hint\">{Encode(Hint)}</div>");
        }

        if (Error is { } error)
        {
            html.AppendHtml(GovUkField.ErrorMessage(Id, error));
        }
    }

    /// <summary>Radios or checkboxes: a fieldset with its legend, hint and error, then one item a choice.</summary>
    protected void AppendChoices(TagHelperContent html, string legend, string type, IEnumerable<(string Value, string Label)> items, Func<string, bool> isChecked)
    {
        var block = type == "radio" ? "govuk-radios" : "govuk-checkboxes";
        html.AppendHtml(DescribedBy.Length > 0 ? $"<fieldset class=\"govuk-fieldset\" aria-describedby=\"{DescribedBy}\">" : "<fieldset class=\"govuk-fieldset\">");
        html.AppendHtml($"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--{Size}\">{Encode(legend)}</legend>");
        AppendHintAndError(html);
        html.AppendHtml($"<div class=\"{block}{(type == "radio" ? "" : " govuk-checkboxes--small")}\" data-module=\"{block}\">");
        var index = 0;
        foreach (var (value, label) in items)
        {
            // The first choice carries the field's own id, so the error summary's link lands on it.
            var itemId = index++ == 0 ? Id : $"{Id}-{index}";
            html.AppendHtml($"<div class=\"{block}__item\">");
            html.AppendHtml($"<input class=\"{block}__input\" id=\"{itemId}\" name=\"{Encode(Name)}\" type=\"{type}\" value=\"{Encode(value)}\"{(isChecked(value) ? " checked" : "")}>");
            html.AppendHtml($"<label class=\"govuk-label {block}__label\" for=\"{itemId}\">{Encode(label)}</label>");
            html.AppendHtml("</div>");
        }

        html.AppendHtml("</div></fieldset>");
    }

    protected static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}

internal static class GovUkField
{
    public static string Id(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public static string? FirstError(ViewContext viewContext, string name) =>
        viewContext.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public static string? Value(ViewContext viewContext, string name, object? model) =>
        viewContext.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : model?.ToString();

    public static string ErrorMessage(string id, string message) =>
        $"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {HtmlEncoder.Default.Encode(message)}</p>";
}
