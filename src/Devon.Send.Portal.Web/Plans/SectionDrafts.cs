using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Plans;

/// <summary>A person's unsubmitted answers to a section, as last saved.</summary>
public sealed record SectionDraftView(SectionContent Content, string? Reason, int BaseRevision, DateTimeOffset SavedAt);

/// <summary>
/// Keeps what a person has typed into a long section form (section A) before they submit it, so that nothing is
/// lost to a timeout or a closed tab. One draft per person and section, saved over each time; it never becomes part
/// of the plan by itself: submitting the form writes a revision through <see cref="PlanStore"/> and removes it.
/// </summary>
public sealed class SectionDrafts(PortalDbContext db, TimeProvider clock)
{
    public async Task<SectionDraftView?> GetAsync(Guid planId, string code, string userId, CancellationToken cancellationToken = default)
    {
        var draft = await db.SectionDrafts.AsNoTracking()
            .SingleOrDefaultAsync(d => d.PlanId == planId && d.SectionCode == code && d.UserId == userId, cancellationToken);
        return draft is null ? null : new SectionDraftView(SectionContent.FromJson(draft.Content), draft.Reason, draft.BaseRevision, draft.SavedAt);
    }

    public Task<DateTimeOffset> SaveAsync(
        Guid planId, string code, string userId, SectionContent content, string? reason, int baseRevision, CancellationToken cancellationToken = default) =>
        SaveAsync(planId, code, userId, content, reason, baseRevision, retry: true, cancellationToken);

    private async Task<DateTimeOffset> SaveAsync(
        Guid planId, string code, string userId, SectionContent content, string? reason, int baseRevision, bool retry, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var draft = await db.SectionDrafts.SingleOrDefaultAsync(d => d.PlanId == planId && d.SectionCode == code && d.UserId == userId, cancellationToken);
        if (draft is null)
        {
            db.SectionDrafts.Add(draft = new SectionDraft { PlanId = planId, SectionCode = code, UserId = userId, Content = "" });
        }

        draft.Content = content.ToJson();
        draft.Reason = string.IsNullOrWhiteSpace(reason) ? null : reason;
        draft.BaseRevision = baseRevision;
        draft.SavedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (retry)
        {
            // Two saves of a new draft at the same moment (a field left just as the timer fired): the other one won; save over it.
            db.ChangeTracker.Clear();
            return await SaveAsync(planId, code, userId, content, reason, baseRevision, retry: false, cancellationToken);
        }

        return now;
    }

    public Task RemoveAsync(Guid planId, string code, string userId, CancellationToken cancellationToken = default) =>
        db.SectionDrafts.Where(d => d.PlanId == planId && d.SectionCode == code && d.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
