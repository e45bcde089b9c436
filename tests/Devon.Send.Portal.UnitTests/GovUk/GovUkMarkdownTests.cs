using Devon.Send.Portal.Web.GovUk;

namespace Devon.Send.Portal.UnitTests.GovUk;

public sealed class GovUkMarkdownTests
{
    [Fact]
    public void Paragraphs_lists_and_links_get_GOV_UK_classes()
    {
        var html = GovUkMarkdown.ToHtml("Some text.\n\n- one\n- two\n\n1. first\n\n[Devon](https://www.devon.gov.uk)");

        Assert.Contains("<p class=\"govuk-body\">Some text.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"govuk-list govuk-list--bullet\">", html, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"govuk-list govuk-list--number\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.devon.gov.uk\" class=\"govuk-link\">Devon</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_start_at_the_level_asked_for_with_anchors_and_are_listed()
    {
        var rendered = GovUkMarkdown.Render("# How to ask\n\n## Who can ask", topHeadingLevel: 2);

        Assert.Contains("<h2 id=\"how-to-ask\" class=\"govuk-heading-l\">How to ask</h2>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"who-can-ask\" class=\"govuk-heading-m\">Who can ask</h3>", rendered.Html, StringComparison.Ordinal);
        Assert.Equal([new MarkdownHeading(2, "how-to-ask", "How to ask"), new MarkdownHeading(3, "who-can-ask", "Who can ask")], rendered.Headings);
    }

    [Fact]
    public void Tables_are_GOV_UK_tables()
    {
        var html = GovUkMarkdown.ToHtml("| Section | What |\n| --- | --- |\n| A | Views |");

        Assert.Contains("<table class=\"govuk-table\">", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"govuk-table__header\">Section</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">A</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Hello <img src=x onerror=alert(1)> there")]
    [InlineData("<div onclick=\"alert(1)\">click</div>")]
    public void Raw_HTML_is_shown_as_text_never_passed_through(string markdown)
    {
        var html = GovUkMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Links_to_script_or_data_addresses_keep_their_words_but_lose_the_link(string markdown)
    {
        var html = GovUkMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.Contains("click", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JavaScript:alert(1)>")]
    [InlineData("<vbscript:msgbox>")]
    [InlineData("<data:text/html;base64,PHNjcmlwdD4=>")]
    [InlineData("<file:///etc/passwd>")]
    public void Autolinks_to_other_addresses_show_as_text_and_are_listed_as_refused(string markdown)
    {
        var rendered = GovUkMarkdown.Render("Intro.\n\nSee " + markdown);

        Assert.DoesNotContain("<a", rendered.Html, StringComparison.Ordinal);
        Assert.Contains(markdown.Trim('<', '>').Split(':')[0], rendered.Html, StringComparison.Ordinal);
        Assert.Empty(rendered.Links);
        Assert.Equal([new MarkdownLink(markdown.Trim('<', '>'), 3)], rendered.RefusedLinks);
    }

    [Theory]
    [InlineData("<https://www.gov.uk>", "https://www.gov.uk")]
    [InlineData("<send@devon.gov.uk>", "mailto:send@devon.gov.uk")]
    public void Autolinks_to_web_and_email_addresses_are_kept(string markdown, string href)
    {
        var rendered = GovUkMarkdown.Render(markdown);

        Assert.Contains($"href=\"{href}\"", rendered.Html, StringComparison.Ordinal);
        Assert.Equal([new MarkdownLink(href, 1)], rendered.Links);
        Assert.Empty(rendered.RefusedLinks);
    }

    [Fact]
    public void Images_are_not_loaded_but_their_description_stays()
    {
        var html = GovUkMarkdown.ToHtml("![A map of Devon](https://example.com/map.png)");

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("A map of Devon", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[next page](annual-reviews)", "annual-reviews")]
    [InlineData("[a section](#who-can-ask)", "#who-can-ask")]
    [InlineData("[email us](mailto:send@devon.gov.uk)", "mailto:send@devon.gov.uk")]
    [InlineData("[call us](tel:+441392383000)", "tel:+441392383000")]
    public void Relative_email_and_phone_links_are_kept(string markdown, string href)
    {
        var html = GovUkMarkdown.ToHtml(markdown);

        Assert.Contains($"href=\"{href}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Kept_links_are_listed_with_their_lines_and_dropped_ones_are_not()
    {
        var rendered = GovUkMarkdown.Render("Intro.\n\nSee [reviews](/local-offer/annual-reviews).\n\n[bad](javascript:alert(1)) and <https://www.gov.uk>");

        Assert.Equal([new MarkdownLink("/local-offer/annual-reviews", 3), new MarkdownLink("https://www.gov.uk", 5)], rendered.Links);
    }

    [Fact]
    public void Plain_text_keeps_the_words_and_drops_the_markup()
    {
        var text = GovUkMarkdown.ToPlainText("## Who can ask\n\n- **parents** and [young people](/x)\n\n| A | B |\n| --- | --- |\n| one | two |");

        Assert.Contains("Who can ask", text, StringComparison.Ordinal);
        Assert.Contains("parents and young people", text, StringComparison.Ordinal);
        Assert.Contains("one", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }
}
