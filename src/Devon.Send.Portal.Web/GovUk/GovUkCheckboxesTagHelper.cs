using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Devon.Send.Portal.Web.GovUk;

/// <summary>
/// GOV.UK checkboxes for a list of strings:
/// <c>&lt;govuk-checkboxes for="Sections" legend="Which sections?" items="Model.Options" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkCheckboxesTagHelper : GovUkFieldTagHelper
{
    public required string Legend { get; set; }
    public IEnumerable<(string Value, string Label)> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var selected = (For.Model as IEnumerable<string>)?.ToHashSet(StringComparer.Ordinal) ?? [];
        AppendChoices(BeginFormGroup(output), Legend, "checkbox", Items, selected.Contains);
    }
}
