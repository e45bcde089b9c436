using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.LocalOffer.Editor;

/// <summary>Every published version of a page, and any two of them compared word by word.</summary>
public sealed class HistoryModel(PortalDbContext db, LocalOfferLibrary library) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public LocalOfferPage? Current { get; private set; }
    public IReadOnlyList<LocalOfferVersion> Versions { get; private set; } = [];
    public IReadOnlyList<DiffSegment>? Changes { get; private set; }

    public IReadOnlyList<(string Value, string Label)> VersionOptions =>
        [.. Versions.Select(v => (v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Version {v.Number}, {v.PublishedAt.ToUkDate()}"))];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Current = library.Current.Find(Slug);
        Versions = await db.LocalOfferVersions.AsNoTracking().Where(v => v.Slug == Slug).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        if (Current is null && Versions.Count == 0)
        {
            return NotFound();
        }

        if (Versions.Count >= 2)
        {
            To ??= Versions[0].Number;
            From ??= Versions.FirstOrDefault(v => v.Number < To)?.Number ?? Versions[^1].Number;
            var from = Versions.FirstOrDefault(v => v.Number == From);
            var to = Versions.FirstOrDefault(v => v.Number == To);
            if (from is null || to is null)
            {
                ModelState.AddModelError(from is null ? nameof(From) : nameof(To), "Choose a version from the list");
            }
            else
            {
                Changes = WordDiff.Compare(from.Source, to.Source);
            }
        }

        return Page();
    }
}
