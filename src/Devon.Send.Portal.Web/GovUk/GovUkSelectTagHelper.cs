using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Devon.Send.Portal.Web.GovUk;

/// <summary>
/// The GOV.UK select with its label, hint and error message:
/// <c>&lt;govuk-select for="TeamId" label="Team" items="Model.Teams" empty-option="No team" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkSelectTagHelper : GovUkFieldTagHelper
{
    public string? Label { get; set; }
    public IEnumerable<(string Value, string Label)> Items { get; set; } = [];

    /// <summary>A first choice with an empty value, such as "Anything" or "No team".</summary>
    public string? EmptyOption { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var html = BeginFormGroup(output);
        var label = Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? Name;
        html.AppendHtml($"<label class=\"govuk-label\" for=\"{Id}\">{Encode(label)}</label>");
        AppendHintAndError(html);
        var describedBy = DescribedBy.Length > 0 ? $" aria-describedby=\"{DescribedBy}\"" : "";
        html.AppendHtml($"<select class=\"govuk-select{(Error is null ? "" : " govuk-select--error")}\" id=\"{Id}\" name=\"{Encode(Name)}\"{describedBy}>");
        var selected = CurrentValue;
        var options = EmptyOption is null ? Items : Items.Prepend(("", EmptyOption));
        foreach (var (value, text) in options)
        {
            var isSelected = string.Equals(value, selected ?? "", StringComparison.Ordinal) ? " selected" : "";
            html.AppendHtml($"<option value=\"{Encode(value)}\"{isSelected}>{Encode(text)}</option>");
        }

        html.AppendHtml("</select>");
    }
}
