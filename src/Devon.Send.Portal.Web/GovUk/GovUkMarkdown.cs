using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Devon.Send.Portal.Web.GovUk;

public sealed record MarkdownHeading(int Level, string Id, string Text);

public sealed record MarkdownLink(string Url, int Line);

public sealed record RenderedMarkdown(string Html, IReadOnlyList<MarkdownHeading> Headings)
{
    /// <summary>The links kept (safe addresses only), with the line of the Markdown each is on, counting from 1.</summary>
    public IReadOnlyList<MarkdownLink> Links { get; init; } = [];

    /// <summary>The links of any form dropped because their address is not allowed (javascript:, data:, file: and the like).</summary>
    public IReadOnlyList<MarkdownLink> RefusedLinks { get; init; } = [];
}

/// <summary>
/// The one Markdown pipeline of the portal, for Local Offer pages and for the free text of plans: raw HTML is
/// never passed through (it shows as text), links keep to web, email and phone addresses, images are not
/// loaded, and the output carries GOV.UK typography classes.
/// </summary>
public static partial class GovUkMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    /// <param name="markdown">The text to render.</param>
    /// <param name="topHeadingLevel">
    /// The HTML level a <c>#</c> heading becomes: a Local Offer page's own title is its h1, so its body starts at
    /// h2; a plan section sits under the page's h2 and the section's h3.
    /// </param>
    /// <param name="headingIds">Give headings ids for links to them; off where many texts share a page (a plan), so ids never clash.</param>
    public static RenderedMarkdown Render(string? markdown, int topHeadingLevel = 2, bool headingIds = true)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        var headings = new List<MarkdownHeading>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    heading.Level = Math.Min(6, heading.Level + topHeadingLevel - 1);
                    heading.GetAttributes().AddClass(heading.Level switch
                    {
                        <= 2 => "govuk-heading-l",
                        3 => "govuk-heading-m",
                        _ => "govuk-heading-s",
                    });
                    if (!headingIds)
                    {
                        heading.GetAttributes().Id = null;
                    }

                    headings.Add(new MarkdownHeading(heading.Level, heading.GetAttributes().Id ?? "", PlainText(heading.Inline)));
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is MarkdownDocument or QuoteBlock:
                    paragraph.GetAttributes().AddClass("govuk-body");
                    break;
                case ListBlock list:
                    list.GetAttributes().AddClass(list.IsOrdered ? "govuk-list govuk-list--number" : "govuk-list govuk-list--bullet");
                    break;
                case QuoteBlock quote:
                    quote.GetAttributes().AddClass("govuk-inset-text");
                    break;
                case ThematicBreakBlock rule:
                    rule.GetAttributes().AddClass("govuk-section-break govuk-section-break--l govuk-section-break--visible");
                    break;
                case Table table:
                    table.GetAttributes().AddClass("govuk-table");
                    break;
                case TableRow row:
                    row.GetAttributes().AddClass("govuk-table__row");
                    foreach (var cell in row.OfType<TableCell>())
                    {
                        cell.GetAttributes().AddClass(row.IsHeader ? "govuk-table__header" : "govuk-table__cell");
                    }

                    break;
            }
        }

        var links = new List<MarkdownLink>();
        var refused = new List<MarkdownLink>();
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsSafe(link.Url))
            {
                if (!link.IsImage)
                {
                    refused.Add(new MarkdownLink(link.Url ?? "", link.Line + 1));
                }

                // Keep the words, drop the link (or the image, leaving its description).
                var text = new LiteralInline(PlainText(link));
                link.ReplaceBy(text);
            }
            else
            {
                link.GetAttributes().AddClass("govuk-link");
                links.Add(new MarkdownLink(link.Url!, link.Line + 1));
            }
        }

        // <https://…> and <name@example.org> forms: the same allow-list as any other link (an email one is a mailto: link).
        foreach (var link in document.Descendants<AutolinkInline>().ToList())
        {
            if (!link.IsEmail && !IsSafe(link.Url))
            {
                refused.Add(new MarkdownLink(link.Url, link.Line + 1));
                link.ReplaceBy(new LiteralInline(link.Url));
                continue;
            }

            link.GetAttributes().AddClass("govuk-link");
            links.Add(new MarkdownLink(link.IsEmail ? "mailto:" + link.Url : link.Url, link.Line + 1));
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return new RenderedMarkdown(writer.ToString(), headings) { Links = links, RefusedLinks = refused };
    }

    public static string ToHtml(string? markdown, int topHeadingLevel = 2, bool headingIds = true) => Render(markdown, topHeadingLevel, headingIds).Html;

    /// <summary>The words alone, with no markup, for search indexes and summaries.</summary>
    public static string ToPlainText(string? markdown) =>
        WhiteSpace().Replace(Markdown.ToPlainText(markdown ?? "", Pipeline), " ").Trim();

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        // A relative address (no scheme before the first /, ? or #) stays on the portal.
        var schemeEnd = url.IndexOf(':', StringComparison.Ordinal);
        var pathStart = url.IndexOfAny(['/', '?', '#']);
        if (schemeEnd < 0 || (pathStart >= 0 && pathStart < schemeEnd))
        {
            return !url.StartsWith("//", StringComparison.Ordinal);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "mailto" or "tel";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex WhiteSpace();

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }
}
