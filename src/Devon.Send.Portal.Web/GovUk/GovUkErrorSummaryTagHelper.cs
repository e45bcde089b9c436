using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Devon.Send.Portal.Web.GovUk;

/// <summary>
/// The GOV.UK error summary, built from the page's model state: each error links to its field.
/// Renders nothing when there are no errors. Pages put "Error: " before their title when it shows.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>
    /// The form's fields in the order they appear. The model state lists its keys by length, then alphabetically, not in the
    /// order errors were added, so a form whose summary must follow its fields names them here; others are listed after.
    /// </summary>
    public IReadOnlyList<string>? FieldOrder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ModelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .Select(e => (Key: e.Key, Message: e.Value!.Errors[0].ErrorMessage))
            .OrderBy(e => FieldOrder?.Contains(e.Key) == true ? FieldOrder.ToList().IndexOf(e.Key) : int.MaxValue)
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        var html = output.Content;
        html.AppendHtml("<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>");
        html.AppendHtml("<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (key, message) in errors)
        {
            var text = HtmlEncoder.Default.Encode(message);
            html.AppendHtml(key.Length == 0
                ? $"<li>{text}</li>"
                : $"<li><a href=\"#{GovUkField.Id(key)}\">{text}</a></li>");
        }

        html.AppendHtml("</ul></div></div>");
    }
}
