using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.Email;

namespace Devon.Send.Portal.Web.Startup;

/// <summary>Turns page names into GOV.UK-style URLs: /Account/SignIn becomes /account/sign-in.</summary>
public sealed partial class KebabCaseParameterTransformer : IOutboundParameterTransformer
{
    public string? TransformOutbound(object? value) =>
        value is null ? null : WordBoundary().Replace(value.ToString()!, "$1-$2").ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex WordBoundary();
}
