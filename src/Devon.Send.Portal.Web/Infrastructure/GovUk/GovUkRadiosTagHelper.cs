using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Devon.Send.Portal.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK radios in a fieldset with a legend, hint and error message:
/// <c>&lt;govuk-radios for="Relationship" legend="Who are you inviting?" items="Model.Options" /&gt;</c>.
/// The first radio gets the field's id so that the error summary's link lands on it.
/// </summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkRadiosTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public required string Legend { get; set; }
    public string? Hint { get; set; }
    public IEnumerable<(string Value, string Label)> Items { get; set; } = [];

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = GovUkField.Id(name);
        var error = GovUkField.FirstError(ViewContext, name);
        var selected = GovUkField.Value(ViewContext, name, For.Model);
        var describedBy = string.Join(' ', new[] { Hint is null ? null : id + "-hint", error is null ? null : id + "-error" }.OfType<string>());

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        var html = output.Content;
        html.AppendHtml(describedBy.Length > 0 ? $"<fieldset class=\"govuk-fieldset\" aria-describedby=\"{describedBy}\">" : "<fieldset class=\"govuk-fieldset\">");
        html.AppendHtml($"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">{Encode(Legend)}</legend>");
        if (Hint is not null)
        {
            html.AppendHtml($"<div id=\"{id}-hint\" class=\"govuk-hint\">{Encode(Hint)}</div>");
        }

        if (error is not null)
        {
            html.AppendHtml(GovUkField.ErrorMessage(id, error));
        }

        html.AppendHtml("<div class=\"govuk-radios\" data-module=\"govuk-radios\">");
        var index = 0;
        foreach (var (value, label) in Items)
        {
            var itemId = index++ == 0 ? id : $"{id}-{index}";
            var isChecked = string.Equals(value, selected, StringComparison.Ordinal) ? " checked" : "";
            html.AppendHtml("<div class=\"govuk-radios__item\">");
            html.AppendHtml($"<input class=\"govuk-radios__input\" id=\"{itemId}\" name=\"{Encode(name)}\" type=\"radio\" value=\"{Encode(value)}\"{isChecked}>");
            html.AppendHtml($"<label class=\"govuk-label govuk-radios__label\" for=\"{itemId}\">{Encode(label)}</label>");
            html.AppendHtml("</div>");
        }

        html.AppendHtml("</div></fieldset>");
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
