using Devon.Send.Portal.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Plans;

/// <summary>An issued version of a plan, as comments and responses see it.</summary>
/// <param name="IsLatest">No version has been issued after it.</param>
/// <param name="FinalIssued">The plan has a final version (issued after this one or before it).</param>
/// <param name="RespondBy">The last day the family has to respond, from the day it was served on them; null for versions issued before that was recorded.</param>
/// <param name="NotAmended">For proposed amendments: the council has since decided not to amend (Reg 22(4)), which closes them.</param>
public sealed record DraftVersion(Guid Id, Guid ChildId, int Number, PlanVersionKind Kind, string Label, DateTimeOffset IssuedAt, bool IsLatest, bool FinalIssued,
    DateOnly? RespondBy = null, bool NotAmended = false)
{
    /// <summary>Comments are taken on the latest version while it is a draft.</summary>
    public bool OpenForComments => IsLatest && !NotAmended && Kind is PlanVersionKind.Draft or PlanVersionKind.AmendmentDraft;

    /// <summary>
    /// The family responds to the latest draft, and may change their response until the final plan is issued; and to
    /// proposed amendments until the amended plan is issued or the council decides not to amend (Reg 22(2)(c), (4)).
    /// </summary>
    public bool OpenForResponses => IsLatest && ((Kind == PlanVersionKind.Draft && !FinalIssued) || (Kind == PlanVersionKind.AmendmentDraft && !NotAmended));

    public DateOnly ResponseDue => RespondBy ?? StatutoryClock.DraftResponseDue(DateOnly.FromDateTime(IssuedAt.ToUkTime().DateTime));

    /// <summary>Why comments are not taken on this version, in words for the person who tried.</summary>
    public string ClosedForComments => Kind is PlanVersionKind.Final or PlanVersionKind.AmendedFinal
        ? $"You cannot comment on the {Label.ToLowerInvariant()}. Comments can only be made on a draft plan. If you disagree with the final plan, contact your SEND caseworker about mediation and appeal"
        : $"{Label} has been replaced by a newer version of the plan. Comment on the latest draft instead";
}

public sealed record CommentView(Guid Id, string SectionCode, string Text, string AuthorName, string AuthorRole, DateTimeOffset CreatedAt)
{
    /// <summary>Council staff and professionals by name and role; a family member by role only.</summary>
    public string Who => AuthorRole switch
    {
        PortalRoles.Parent => "Parent",
        PortalRoles.YoungPerson => "Young person",
        _ => $"{AuthorName}, {PortalRoles.DisplayName(AuthorRole)}",
    };
}

/// <summary>What the family's response form asks.</summary>
public sealed record ResponseAnswers(
    bool AgreesWithDraft, IReadOnlyDictionary<string, string> Changes, string PreferredSettingName, string PreferredSettingType, bool WantsMeeting, bool WantsPersonalBudget);

public sealed record ResponseView(
    int Number, ResponseAnswers Answers, string AuthorName, string AuthorRole, DateTimeOffset SubmittedAt, DateOnly DueOn, bool Late)
{
    public string AuthorRoleName => PortalRoles.DisplayName(AuthorRole);
}

public abstract record ResponseResult
{
    public sealed record Submitted(ResponseView Response) : ResponseResult;

    /// <summary>The form was made from an older response (sent twice, or changed by someone else meanwhile): nothing was added.</summary>
    public sealed record AlreadySent(ResponseView Latest) : ResponseResult;

    public sealed record Closed : ResponseResult;
}

/// <summary>
/// Comments on a draft plan's sections and the family's response to a draft. Both are only ever added. Adding a
/// comment and submitting a response each happen in one method, so that telling people about them can hook in there.
/// </summary>
public sealed class DraftFeedback(PortalDbContext db, AuditLog audit, TimeProvider clock, Notifications.CaseNotifications notifications)
{
    public async Task<DraftVersion?> VersionAsync(Guid childId, int number, CancellationToken cancellationToken = default)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.ChildId == childId).OrderByDescending(p => p.CreatedAt).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == plan).OrderBy(v => v.Number)
            .Select(v => new { v.Id, v.Number, v.Kind, v.KindNumber, v.IssuedAt, v.RespondBy }).ToListAsync(cancellationToken);
        var version = versions.FirstOrDefault(v => v.Number == number);
        var issuedOn = version is null ? default : DateOnly.FromDateTime(version.IssuedAt.ToUkTime().DateTime);
        var notAmended = version?.Kind == PlanVersionKind.AmendmentDraft && await db.AnnualReviews.AnyAsync(r => r.NoAmendmentOn != null
            && r.NoAmendmentOn >= issuedOn && db.AssessmentCases.Any(c => c.Id == r.AssessmentCaseId && c.ChildId == childId), cancellationToken);
        return version is null
            ? null
            : new DraftVersion(version.Id, childId, version.Number, version.Kind, PlanVersion.LabelFor(version.Kind, version.KindNumber), version.IssuedAt,
                version.Number == versions[^1].Number, versions.Any(v => v.Kind == PlanVersionKind.Final), version.RespondBy, notAmended);
    }

    /// <summary>The latest issued version, if the plan has one.</summary>
    public async Task<DraftVersion?> LatestAsync(Guid childId, CancellationToken cancellationToken = default)
    {
        var number = await db.Plans.Where(p => p.ChildId == childId)
            .SelectMany(p => db.PlanVersions.Where(v => v.PlanId == p.Id)).MaxAsync(v => (int?)v.Number, cancellationToken);
        return number is { } n ? await VersionAsync(childId, n, cancellationToken) : null;
    }

    /// <summary>A version's comments, oldest first; of one section, or of all of them.</summary>
    public async Task<IReadOnlyList<CommentView>> CommentsAsync(Guid versionId, string? sectionCode = null, CancellationToken cancellationToken = default) =>
        await db.DraftComments.AsNoTracking()
            .Where(c => c.VersionId == versionId && (sectionCode == null || c.SectionCode == sectionCode))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new CommentView(c.Id, c.SectionCode, c.Text, c.AuthorName, c.AuthorRole, c.CreatedAt))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, int>> CommentCountsAsync(Guid versionId, CancellationToken cancellationToken = default) =>
        await db.DraftComments.Where(c => c.VersionId == versionId).GroupBy(c => c.SectionCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>How long the same comment by the same person on the same section counts as the same one sent twice.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Adds a comment to a section of a draft. Null when the version takes no comments (a final plan, a replaced draft).
    /// The same comment sent again by its author within <see cref="RepeatWindow"/> is the one already kept: nothing is
    /// added and nobody is told twice.
    /// </summary>
    public async Task<CommentView?> AddCommentAsync(DraftVersion version, string sectionCode, string text, Author author, CancellationToken cancellationToken = default)
    {
        if (!version.OpenForComments || !PlanSections.IsCode(sectionCode))
        {
            return null;
        }

        var trimmed = text.Trim();
        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            // Serializable, so that of the same comment sent twice at once only one finds no copy of itself.
            await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
            var since = now - RepeatWindow;
            var copy = await db.DraftComments.AsNoTracking()
                .Where(c => c.VersionId == version.Id && c.SectionCode == sectionCode && c.AuthorId == author.UserId && c.Text == trimmed && c.CreatedAt >= since)
                .FirstOrDefaultAsync(cancellationToken);
            if (copy is not null)
            {
                return new CommentView(copy.Id, copy.SectionCode, copy.Text, copy.AuthorName, copy.AuthorRole, copy.CreatedAt);
            }

            var comment = new DraftComment
            {
                VersionId = version.Id,
                SectionCode = sectionCode,
                Text = trimmed,
                AuthorId = author.UserId,
                AuthorName = author.Name,
                AuthorRole = author.Role,
                CreatedAt = now,
            };
            db.DraftComments.Add(comment);
            audit.Add(AuditKind.RecordChanged, $"Comment added to section {sectionCode} of {version.Label}", version.ChildId);
            // The caseworker hears of every comment; the family of the professionals' ones.
            var audience = PortalRoles.Families.Contains(author.Role) ? Notifications.Audience.Caseworker : Notifications.Audience.Caseworker | Notifications.Audience.Family;
            await notifications.AddAsync(version.ChildId, audience, NotificationKind.CommentAdded,
                Notifications.NotificationWording.CommentAdded(sectionCode, await notifications.GivenNameAsync(version.ChildId, cancellationToken), version.Label),
                $"/children/{version.ChildId}/plan/versions/{version.Number}/sections/{sectionCode.ToLowerInvariant()}/comments", author.UserId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new CommentView(comment.Id, comment.SectionCode, comment.Text, comment.AuthorName, comment.AuthorRole, comment.CreatedAt);
        });
    }


    /// <summary>Every response sent to a draft, newest first.</summary>
    public async Task<IReadOnlyList<ResponseView>> ResponsesAsync(Guid versionId, CancellationToken cancellationToken = default) =>
        [.. (await db.DraftResponses.AsNoTracking().Where(r => r.VersionId == versionId).OrderByDescending(r => r.Number).ToListAsync(cancellationToken)).Select(ToView)];

    /// <summary>
    /// Sends the family's response to a draft, made from response <paramref name="baseNumber"/> (0 for the first).
    /// The same form sent twice, or a form made before someone else's response, adds nothing: the database's unique
    /// index on the number settles two sent at the same moment. A response after the due day is accepted and marked late.
    /// </summary>
    public async Task<ResponseResult> SubmitResponseAsync(
        DraftVersion version, int baseNumber, ResponseAnswers answers, Author author, CancellationToken cancellationToken = default)
    {
        if (!version.OpenForResponses)
        {
            return new ResponseResult.Closed();
        }

        var latest = await db.DraftResponses.Where(r => r.VersionId == version.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        if (latest != baseNumber)
        {
            return new ResponseResult.AlreadySent((await ResponsesAsync(version.Id, cancellationToken))[0]);
        }

        var now = clock.GetUtcNow();
        var response = new DraftResponse
        {
            VersionId = version.Id,
            Number = baseNumber + 1,
            AgreesWithDraft = answers.AgreesWithDraft,
            Changes = DraftResponseChanges.ToJson(answers.AgreesWithDraft ? new Dictionary<string, string>() : answers.Changes),
            PreferredSettingName = answers.PreferredSettingName.Trim(),
            PreferredSettingType = answers.PreferredSettingType,
            WantsMeeting = answers.WantsMeeting,
            WantsPersonalBudget = answers.WantsPersonalBudget,
            AuthorId = author.UserId,
            AuthorName = author.Name,
            AuthorRole = author.Role,
            SubmittedAt = now,
            DueOn = version.ResponseDue,
            Late = clock.UkToday() > version.ResponseDue,
        };
        db.DraftResponses.Add(response);
        if (version.Kind == PlanVersionKind.AmendmentDraft)
        {
            (await db.AmendingAsync(version.ChildId, cancellationToken))?.RecordFamilyResponse(clock.UkToday());
        }

        audit.Add(AuditKind.RecordChanged, $"Response to {version.Label} sent{(response.Number > 1 ? $" (change {response.Number - 1})" : "")}{(response.Late ? ", late" : "")}", version.ChildId);
        await notifications.AddAsync(version.ChildId, Notifications.Audience.Caseworker, NotificationKind.ResponseReceived,
            Notifications.NotificationWording.ResponseReceived(await notifications.GivenNameAsync(version.ChildId, cancellationToken), version.Label, response.Late),
            $"/children/{version.ChildId}/plan/versions/{version.Number}/responses", author.UserId, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var responses = await ResponsesAsync(version.Id, cancellationToken);
            if (responses.Count > 0 && responses[0].Number > baseNumber)
            {
                return new ResponseResult.AlreadySent(responses[0]);
            }

            throw;
        }

        return new ResponseResult.Submitted(ToView(response));
    }

    private static ResponseView ToView(DraftResponse r) => new(
        r.Number,
        new ResponseAnswers(r.AgreesWithDraft, DraftResponseChanges.FromJson(r.Changes), r.PreferredSettingName, r.PreferredSettingType, r.WantsMeeting, r.WantsPersonalBudget),
        r.AuthorName, r.AuthorRole, r.SubmittedAt, r.DueOn, r.Late);
}
