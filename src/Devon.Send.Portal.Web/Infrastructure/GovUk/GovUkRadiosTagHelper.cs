using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Devon.Send.Portal.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK radios in a fieldset with a legend, hint and error message:
/// <c>&lt;govuk-radios for="Relationship" legend="Who are you inviting?" items="Model.Options" /&gt;</c>.
/// The first radio gets the field's id so that the error summary's link lands on it.
/// </summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkRadiosTagHelper : GovUkFieldTagHelper
{
    public required string Legend { get; set; }
    public IEnumerable<(string Value, string Label)> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var html = BeginFormGroup(output);
        html.AppendHtml(DescribedBy.Length > 0 ? $"<fieldset class=\"govuk-fieldset\" aria-describedby=\"{DescribedBy}\">" : "<fieldset class=\"govuk-fieldset\">");
        html.AppendHtml($"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">{Encode(Legend)}</legend>");
        AppendHintAndError(html);
        html.AppendHtml("<div class=\"govuk-radios\" data-module=\"govuk-radios\">");
        var selected = CurrentValue;
        var index = 0;
        foreach (var (value, label) in Items)
        {
            var itemId = index++ == 0 ? Id : $"{Id}-{index}";
            var isChecked = string.Equals(value, selected, StringComparison.Ordinal) ? " checked" : "";
            html.AppendHtml("<div class=\"govuk-radios__item\">");
            html.AppendHtml($"<input class=\"govuk-radios__input\" id=\"{itemId}\" name=\"{Encode(Name)}\" type=\"radio\" value=\"{Encode(value)}\"{isChecked}>");
            html.AppendHtml($"<label class=\"govuk-label govuk-radios__label\" for=\"{itemId}\">{Encode(label)}</label>");
            html.AppendHtml("</div>");
        }

        html.AppendHtml("</div></fieldset>");
    }
}
