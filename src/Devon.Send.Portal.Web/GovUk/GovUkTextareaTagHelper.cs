using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Devon.Send.Portal.Web.GovUk;

/// <summary>
/// The GOV.UK textarea with its label, hint and error message:
/// <c>&lt;govuk-textarea for="Form.Text" label="What" rows="5" /&gt;</c>. What was typed is always shown again.
/// </summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTextareaTagHelper : GovUkFieldTagHelper
{
    public string? Label { get; set; }
    public int Rows { get; set; } = 5;
    public bool LabelIsHeading { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var html = BeginFormGroup(output);
        var label = Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? Name;
        var labelClass = Size == "m" && !LabelIsHeading ? "govuk-label" : $"govuk-label govuk-label--{(LabelIsHeading ? "l" : Size)}";
        var labelHtml = $"<label class=\"{labelClass}\" for=\"{Id}\">{Encode(label)}</label>";
        html.AppendHtml(LabelIsHeading ? $"<h1 class=\"govuk-label-wrapper\">{labelHtml}</h1>" : labelHtml);
        AppendHintAndError(html);
        var describedBy = DescribedBy.Length > 0 ? $" aria-describedby=\"{DescribedBy}\"" : "";
        var css = Error is null ? "govuk-textarea" : "govuk-textarea govuk-textarea--error";
        html.AppendHtml($"<textarea class=\"{css}\" id=\"{Id}\" name=\"{Encode(Name)}\" rows=\"{Rows}\"{describedBy}>{Encode(CurrentValue ?? "")}</textarea>");
    }
}
