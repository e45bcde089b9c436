using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Devon.Send.Portal.Web.Infrastructure.GovUk;

/// <summary>
/// The GOV.UK text input with its label, hint and error message:
/// <c>&lt;govuk-input for="Input.Email" type="email" autocomplete="email" /&gt;</c>.
/// What was typed is shown again after a failed post, except in password fields.
/// </summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string? Label { get; set; }
    public string? Hint { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? InputMode { get; set; }
    public string? Width { get; set; }
    public bool LabelIsHeading { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = GovUkField.Id(name);
        var error = GovUkField.FirstError(ViewContext, name);
        var value = Type == "password" ? null : GovUkField.Value(ViewContext, name, For.Model);
        var label = Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? name;
        var describedBy = string.Join(' ', new[] { Hint is null ? null : id + "-hint", error is null ? null : id + "-error" }.OfType<string>());

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-input");
        if (Width is not null)
        {
            input.AddCssClass("govuk-input--width-" + Width);
        }

        if (error is not null)
        {
            input.AddCssClass("govuk-input--error");
        }

        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["type"] = Type;
        if (value is not null)
        {
            input.Attributes["value"] = value;
        }

        if (describedBy.Length > 0)
        {
            input.Attributes["aria-describedby"] = describedBy;
        }

        if (Autocomplete is not null)
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (InputMode is not null)
        {
            input.Attributes["inputmode"] = InputMode;
        }

        if (Type is "email" or "password" || Autocomplete is "one-time-code")
        {
            input.Attributes["spellcheck"] = "false";
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        var html = output.Content;
        var labelHtml = $"<label class=\"govuk-label{(LabelIsHeading ? " govuk-label--l" : "")}\" for=\"{id}\">{HtmlEncoder.Default.Encode(label)}</label>";
        html.AppendHtml(LabelIsHeading ? $"<h1 class=\"govuk-label-wrapper\">{labelHtml}</h1>" : labelHtml);
        if (Hint is not null)
        {
            html.AppendHtml($"<div id=\"{id}-hint\" class=\"govuk-hint\">{HtmlEncoder.Default.Encode(Hint)}</div>");
        }

        if (error is not null)
        {
            html.AppendHtml(GovUkField.ErrorMessage(id, error));
        }

        html.AppendHtml(input);
    }
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
