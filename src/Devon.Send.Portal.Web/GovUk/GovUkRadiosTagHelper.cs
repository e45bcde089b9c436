using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Devon.Send.Portal.Web.GovUk;

/// <summary>
/// GOV.UK radios in a fieldset with a legend, hint and error message:
/// <c>&lt;govuk-radios for="Relationship" legend="Who are you inviting?" items="Model.Options" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkRadiosTagHelper : GovUkFieldTagHelper
{
    public required string Legend { get; set; }
    public IEnumerable<(string Value, string Label)> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var selected = CurrentValue;
        AppendChoices(BeginFormGroup(output), Legend, "radio", Items, v => string.Equals(v, selected, StringComparison.Ordinal));
    }
}
