using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.LocalOffer.Editor;

/// <summary>What readers said when asked "Is this page useful?": a count for each page, and what was wrong.</summary>
public sealed class FeedbackModel(PortalDbContext db, LocalOfferLibrary library) : PageModel
{
    public const int CommentsShown = 100;

    public sealed record PageTally(string Slug, string Title, int Yes, int No, DateTimeOffset Latest)
    {
        public int PercentUseful => (int)Math.Round(100.0 * Yes / (Yes + No), MidpointRounding.AwayFromZero);
    }

    public sealed record Comment(string Slug, string Title, DateTimeOffset At, string Text);

    public IReadOnlyList<PageTally> Tallies { get; private set; } = [];
    public IReadOnlyList<Comment> Comments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var content = library.Current;
        string TitleOf(string slug) => content.Find(slug)?.Document.Title ?? $"/local-offer/{slug} (no longer published)";
        var tallies = await db.LocalOfferFeedback.AsNoTracking()
            .GroupBy(f => f.Slug)
            .Select(g => new { Slug = g.Key, Yes = g.Count(f => f.Useful), No = g.Count(f => !f.Useful), Latest = g.Max(f => f.Id) })
            .ToListAsync(cancellationToken);
        var latest = await db.LocalOfferFeedback.AsNoTracking()
            .Where(f => tallies.Select(t => t.Latest).Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => f.At, cancellationToken);
        Tallies = [.. tallies
            .Select(t => new PageTally(t.Slug, TitleOf(t.Slug), t.Yes, t.No, latest[t.Latest]))
            .OrderByDescending(t => t.No - t.Yes)
            .ThenBy(t => t.Title, StringComparer.OrdinalIgnoreCase)];
        Comments = [.. (await db.LocalOfferFeedback.AsNoTracking()
                .Where(f => f.Comment != null)
                .OrderByDescending(f => f.Id)
                .Take(CommentsShown)
                .ToListAsync(cancellationToken))
            .Select(f => new Comment(f.Slug, TitleOf(f.Slug), f.At, f.Comment!))];
    }
}
