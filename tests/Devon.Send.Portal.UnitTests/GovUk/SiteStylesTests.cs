using System.Text.RegularExpressions;

namespace Devon.Send.Portal.UnitTests.GovUk;

/// <summary>
/// GOV.UK Frontend sets its font on each component's class, not on the page, so a style of our own that says
/// "inherit" falls back to the browser's serif font. Ours name the GOV.UK stack, or monospace for codes.
/// </summary>
public sealed partial class SiteStylesTests
{
    private const string GovUkFont = "\"GDS Transport\", arial, sans-serif";

    [Fact]
    public void Every_font_family_in_our_styles_is_the_GOV_UK_font_or_monospace()
    {
        var css = File.ReadAllText(Path.Combine(SourceTree.Web, "wwwroot", "css", "site.css"));

        var families = FontFamily().Matches(css).Select(m => m.Groups[1].Value.Trim()).ToList();

        Assert.NotEmpty(families);
        Assert.All(families, family => Assert.Contains(family, new[] { GovUkFont, "monospace" }));
    }

    [GeneratedRegex(@"font-family:\s*([^;}]+)")]
    private static partial Regex FontFamily();
}
