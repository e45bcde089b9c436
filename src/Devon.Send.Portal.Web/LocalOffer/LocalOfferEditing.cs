using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.LocalOffer;

public sealed record EditorName(string Id, string Name)
{
    public static EditorName Of(ClaimsPrincipal user) =>
        new(user.UserId() ?? throw new InvalidOperationException("No user id"), user.FindFirstValue(PortalClaimsFactory.DisplayName) ?? "A Local Offer editor");
}

/// <summary>
/// The editing workflow: draft → submitted → approved by a second editor, which publishes it. Publishing appends
/// a version (never changes one) and reloads the Local Offer so the change is live at once.
/// </summary>
public sealed class LocalOfferEditing(PortalDbContext db, LocalOfferLibrary library, TimeProvider clock)
{
    public Task<LocalOfferDraft?> OpenDraftAsync(string slug, CancellationToken cancellationToken = default) =>
        db.LocalOfferDrafts.Where(d => d.Slug == slug && (d.Status == DraftStatus.Draft || d.Status == DraftStatus.Submitted))
            .OrderByDescending(d => d.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<LocalOfferDraft?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.LocalOfferDrafts.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>Saves the author's draft (starting one if needed); saving a submitted draft takes it back for more changes.</summary>
    public async Task<LocalOfferDraft> SaveAsync(LocalOfferDraft? draft, string slug, bool isNewPage, LocalOfferDocument document, EditorName author, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (draft is null)
        {
            draft = new LocalOfferDraft
            {
                Slug = slug,
                IsNewPage = isNewPage,
                Source = document.ToMarkdown(),
                AuthorId = author.Id,
                AuthorName = author.Name,
                CreatedAt = now,
            };
            db.LocalOfferDrafts.Add(draft);
        }

        draft.Source = document.ToMarkdown();
        draft.Status = DraftStatus.Draft;
        draft.SubmittedAt = null;
        draft.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    public async Task SubmitAsync(LocalOfferDraft draft, string changeNote, CancellationToken cancellationToken = default)
    {
        draft.Status = DraftStatus.Submitted;
        draft.ChangeNote = changeNote;
        draft.SubmittedAt = draft.UpdatedAt = clock.GetUtcNow();
        draft.ReturnComment = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ReturnAsync(LocalOfferDraft draft, EditorName reviewer, string comment, CancellationToken cancellationToken = default)
    {
        draft.Status = DraftStatus.Draft;
        draft.ReviewerId = reviewer.Id;
        draft.ReviewerName = reviewer.Name;
        draft.ReturnComment = comment;
        draft.ReviewedAt = draft.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DiscardAsync(LocalOfferDraft draft, CancellationToken cancellationToken = default)
    {
        draft.Status = DraftStatus.Discarded;
        draft.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Publishes a submitted draft approved by someone other than its author. Approval is the page's review, so its
    /// last reviewed date becomes today. If the page was being served from its file, that file is kept as a
    /// version first, so the portal's change can be compared with what it replaced.
    /// </summary>
    public async Task<LocalOfferVersion> ApproveAsync(LocalOfferDraft draft, EditorName reviewer, CancellationToken cancellationToken = default)
    {
        if (draft.Status != DraftStatus.Submitted)
        {
            throw new InvalidOperationException("Only submitted changes can be approved.");
        }

        if (draft.AuthorId == reviewer.Id)
        {
            throw new InvalidOperationException("A Local Offer editor cannot approve their own changes.");
        }

        var parsed = LocalOfferParser.Parse(draft.Source, draft.Slug + ".md");
        var document = parsed.Document ?? throw new InvalidOperationException("The draft has problems: " + string.Join("; ", parsed.Problems));
        var now = clock.GetUtcNow();
        var source = (document with { LastReviewed = clock.UkToday() }).ToMarkdown();
        var fileHash = FileHash(draft.Slug);
        var number = await db.LocalOfferVersions.Where(v => v.Slug == draft.Slug).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var latestHash = number == 0 ? null : await db.LocalOfferVersions.Where(v => v.Slug == draft.Slug && v.Number == number).Select(v => v.SourceHash).SingleAsync(cancellationToken);

        // One SaveChanges, so the kept file, the new version and the draft's status are written together or not at all.
        if (library.Current.Find(draft.Slug) is { Origin: PageOrigin.File } fromFile && fromFile.SourceHash != latestHash)
        {
            db.LocalOfferVersions.Add(new LocalOfferVersion
            {
                Slug = draft.Slug,
                Number = ++number,
                Source = LocalOfferSource.Normalise(fromFile.Source),
                SourceHash = fromFile.SourceHash,
                Origin = VersionOrigin.RepositoryFile,
                FileHash = fileHash,
                PublishedAt = now,
                AuthorName = fromFile.Document.Owner,
                ChangeNote = "The page as it was in the repository",
            });
        }

        var version = new LocalOfferVersion
        {
            Slug = draft.Slug,
            Number = ++number,
            Source = source,
            SourceHash = LocalOfferSource.Hash(source),
            Origin = VersionOrigin.Portal,
            FileHash = fileHash,
            PublishedAt = now,
            DraftId = draft.Id,
            AuthorName = draft.AuthorName,
            ApprovedById = reviewer.Id,
            ApprovedByName = reviewer.Name,
            ChangeNote = draft.ChangeNote,
        };
        db.LocalOfferVersions.Add(version);
        draft.Status = DraftStatus.Published;
        draft.PublishedVersion = version.Number;
        draft.ReviewerId = reviewer.Id;
        draft.ReviewerName = reviewer.Name;
        draft.ReviewedAt = draft.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await library.LoadAsync(cancellationToken);
        return version;
    }

    private string? FileHash(string slug)
    {
        var file = LocalOfferContent.Read(library.ContentPath).FirstOrDefault(f => Path.GetFileNameWithoutExtension(f.RelativePath) == slug);
        return file is null ? null : LocalOfferSource.Hash(file.Source);
    }
}
