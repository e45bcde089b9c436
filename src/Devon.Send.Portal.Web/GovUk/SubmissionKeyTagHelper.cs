using System.Globalization;
using Devon.Send.Portal.Web.Security;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Devon.Send.Portal.Web.GovUk;

/// <summary>
/// Gives every <c>&lt;form method="post"&gt;</c> a fresh one-time key each time it is drawn, beside the anti-forgery
/// token, so that the form sent twice is acted on once (see <see cref="SubmissionKeyFilter"/>). A form drawn again after a
/// failed check carries a new key, so the corrected form is sent as new.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class SubmissionKeyTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (context.AllAttributes.TryGetAttribute("method", out var method) && string.Equals(method.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase))
        {
            output.PostContent.AppendHtml(string.Create(CultureInfo.InvariantCulture,
                $"<input name=\"{SubmissionKeyFilter.FieldName}\" type=\"hidden\" value=\"{Guid.NewGuid()}\" />"));
        }
    }
}
