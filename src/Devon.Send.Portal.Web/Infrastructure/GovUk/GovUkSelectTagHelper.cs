using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Devon.Send.Portal.Web.Infrastructure.GovUk;

/// <summary>A GOV.UK select: <c>&lt;govuk-select for="Category" items="Model.Options" /&gt;</c>; the first item may be an empty "any" choice.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkSelectTagHelper : GovUkFieldTagHelper
{
    public string? Label { get; set; }
    public IEnumerable<(string Value, string Label)> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var html = BeginFormGroup(output);
        var label = Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? Name;
        html.AppendHtml($"<label class=\"govuk-label\" for=\"{Id}\">{Encode(label)}</label>");
        AppendHintAndError(html);
        var describedBy = DescribedBy.Length > 0 ? $" aria-describedby=\"{DescribedBy}\"" : "";
        html.AppendHtml($"<select class=\"govuk-select{(Error is null ? "" : " govuk-select--error")}\" id=\"{Id}\" name=\"{Encode(Name)}\"{describedBy}>");
        var selected = CurrentValue ?? "";
        foreach (var (value, text) in Items)
        {
            html.AppendHtml($"<option value=\"{Encode(value)}\"{(value == selected ? " selected" : "")}>{Encode(text)}</option>");
        }

        html.AppendHtml("</select>");
    }
}
