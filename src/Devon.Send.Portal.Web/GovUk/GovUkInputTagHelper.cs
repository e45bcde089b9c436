using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Devon.Send.Portal.Web.GovUk;

/// <summary>
/// The GOV.UK text input with its label, hint and error message:
/// <c>&lt;govuk-input for="Input.Email" type="email" autocomplete="email" /&gt;</c>.
/// What was typed is shown again after a failed post, except in password fields.
/// </summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper : GovUkFieldTagHelper
{
    public string? Label { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? InputMode { get; set; }
    public string? Width { get; set; }
    public bool LabelIsHeading { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-input");
        if (Width is not null)
        {
            input.AddCssClass("govuk-input--width-" + Width);
        }

        if (Error is not null)
        {
            input.AddCssClass("govuk-input--error");
        }

        input.Attributes["id"] = Id;
        input.Attributes["name"] = Name;
        input.Attributes["type"] = Type;
        SetIfPresent(input, "value", Type == "password" ? null : CurrentValue);
        SetIfPresent(input, "aria-describedby", DescribedBy.Length > 0 ? DescribedBy : null);
        SetIfPresent(input, "autocomplete", Autocomplete);
        SetIfPresent(input, "inputmode", InputMode);
        SetIfPresent(input, "spellcheck", Type is "email" or "password" || Autocomplete is "one-time-code" ? "false" : null);

        var html = BeginFormGroup(output);
        var label = Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? Name;
        var labelHtml = $"<label class=\"govuk-label{(LabelIsHeading ? " govuk-label--l" : "")}\" for=\"{Id}\">{Encode(label)}</label>";
        html.AppendHtml(LabelIsHeading ? $"<h1 class=\"govuk-label-wrapper\">{labelHtml}</h1>" : labelHtml);
        AppendHintAndError(html);
        html.AppendHtml(input);
    }

    private static void SetIfPresent(TagBuilder tag, string attribute, string? value)
    {
        if (value is not null)
        {
            tag.Attributes[attribute] = value;
        }
    }
}
