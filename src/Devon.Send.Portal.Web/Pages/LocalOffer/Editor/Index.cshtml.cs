using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.LocalOffer.Editor;

/// <summary>The Local Offer editors' desk: changes waiting for approval, their own drafts, content problems and every page.</summary>
public sealed class IndexModel(PortalDbContext db, LocalOfferLibrary library, TimeProvider clock) : PageModel
{
    public sealed record DraftRow(Guid Id, string Slug, string Title, string AuthorId, string AuthorName, DraftStatus Status, DateTimeOffset UpdatedAt, string? ReturnedBy);

    public LocalOfferSnapshot Library { get; private set; } = LocalOfferSnapshot.Empty;
    public IReadOnlyList<DraftRow> Drafts { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public string? UserId { get; private set; }

    public IEnumerable<DraftRow> WaitingForMe => Drafts.Where(d => d.Status == DraftStatus.Submitted && d.AuthorId != UserId);
    public IEnumerable<DraftRow> Mine => Drafts.Where(d => d.AuthorId == UserId);
    public int DueForReview => Library.Pages.Count(p => p.Document.IsDueForReview(Today));

    public DraftRow? OpenDraftOf(string slug) => Drafts.FirstOrDefault(d => d.Slug == slug);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Library = library.Current;
        Today = clock.UkToday();
        UserId = User.UserId();
        var drafts = await db.LocalOfferDrafts.AsNoTracking()
            .Where(d => d.Status == DraftStatus.Draft || d.Status == DraftStatus.Submitted)
            .ToListAsync(cancellationToken);
        Drafts = [.. drafts
            .Select(d => new DraftRow(d.Id, d.Slug, LocalOfferParser.Parse(d.Source, d.Slug + ".md").Document?.Title ?? d.Slug, d.AuthorId, d.AuthorName, d.Status, d.UpdatedAt, d.ReturnComment is null ? null : d.ReviewerName))
            .OrderByDescending(d => d.UpdatedAt)];
    }
}
