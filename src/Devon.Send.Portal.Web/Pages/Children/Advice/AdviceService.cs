using System.Security.Claims;
using System.Security.Cryptography;
using Devon.Send.Portal.Web.Attachments;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Pages.Children.Advice;

/// <summary>The outcome of submitting advice: submitted now, or already submitted (a second click or a replay), which changes nothing.</summary>
public enum SubmitOutcome
{
    Submitted,
    AlreadySubmitted,
}

/// <summary>An attachment kept, or why it was refused (in the words the form shows).</summary>
public sealed record AttachmentOutcome(AdviceAttachment? Attachment, string? Error);

/// <summary>
/// Asking for advice (Reg 6, 8) and giving it. <see cref="RequestAsync"/> and <see cref="SubmitAsync"/> are the one
/// place each of those happens, so that anything that must follow them (telling people) is added there.
/// </summary>
public sealed class AdviceService(PortalDbContext db, ChildAccess access, IAttachmentStore store, IOptions<AttachmentOptions> options, AuditLog audit, TimeProvider clock, CaseNotifications notifications)
{
    /// <summary>The advice a professional's role usually gives.</summary>
    public static AdviceType TypeFor(string role) => role switch
    {
        PortalRoles.EducationalPsychologist => AdviceType.EducationalPsychology,
        PortalRoles.HealthProfessional => AdviceType.Health,
        PortalRoles.SocialCareProfessional => AdviceType.SocialCare,
        _ => AdviceType.Education,
    };

    /// <summary>
    /// The plan sections a request's advice may inform: for a professional, the sections on their invitation from B to
    /// K (section K, the advice gathered, if none of them); for the family, their views (A) and anything else (K).
    /// </summary>
    public static IReadOnlyList<string> SectionsFor(string? invitationSections) =>
        invitationSections is null
            ? ["A", "K"]
            : PlanSections.Codes.Where(c => c != "A" && invitationSections.Split(',').Contains(c)).DefaultIfEmpty("K").ToList();

    /// <summary>The caseworker asks a contributor for advice, due six weeks after <paramref name="requestedOn"/>.</summary>
    public async Task<AdviceRequest> RequestAsync(AssessmentCase assessment, AdviceType type, Guid? invitationId, DateOnly requestedOn, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var request = new AdviceRequest
        {
            AssessmentCaseId = assessment.Id,
            Type = type,
            InvitationId = invitationId,
            RequestedOn = requestedOn,
            RequestedById = by.UserId(),
            RequestedAt = clock.GetUtcNow(),
        };
        db.AdviceRequests.Add(request);
        audit.Add(AuditKind.RecordChanged, $"Advice asked for: {AdviceTimeliness.DisplayName(type)}, due {request.DueOn.ToUkDate()}", assessment.ChildId);
        if (assessment.ChildId is { } childId)
        {
            var givenName = await notifications.GivenNameAsync(childId, cancellationToken);
            var link = $"/children/{childId}/advice/{request.Id}";
            if (invitationId is { } invitation)
            {
                notifications.AddFor(await notifications.HoldersOfAsync(invitation, cancellationToken), childId, NotificationKind.AdviceRequested,
                    NotificationWording.AdviceRequested(type, givenName, request.DueOn), link);
            }
            else
            {
                await notifications.AddAsync(childId, Audience.Family, NotificationKind.AdviceRequested,
                    NotificationWording.OwnAdviceRequested(givenName, request.DueOn), link, by.UserId(), cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    /// <summary>Whether this person is the contributor asked: the holder of the invitation named (themselves or their team), or the family for their own advice.</summary>
    /// <summary>
    /// Reminds whoever a request is waiting on, from the caseworker, once a day at most. False when there is no one to
    /// remind (the advice is in, or the invitation has no account yet) or they were reminded today.
    /// </summary>
    public async Task<bool> ChaseAsync(AdviceRequest request, Guid childId, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var today = clock.UkToday();
        var key = $"chase:{request.Id}:{today:yyyy-MM-dd}";
        if (request.SubmittedOn is not null || request.InvitationId is not { } invitation
            || await db.Notifications.AnyAsync(n => n.OnceKey == key, cancellationToken))
        {
            return false;
        }

        var holders = await notifications.HoldersOfAsync(invitation, cancellationToken);
        if (holders.Count == 0)
        {
            return false;
        }

        var givenName = await notifications.GivenNameAsync(childId, cancellationToken);
        notifications.AddFor(holders, childId, NotificationKind.AdviceOverdue,
            NotificationWording.AdviceChased(request.Type, givenName, request.DueOn, today), $"/children/{childId}/advice/{request.Id}", key);
        request.ChasedOn = today;
        var from = await db.ProfessionalInvitations.Where(i => i.Id == invitation).Select(i => i.Organisation).SingleAsync(cancellationToken);
        await notifications.AddOnceAsync(childId, Audience.Family, NotificationKind.AdviceOverdue,
            NotificationWording.AdviceChasedForFamily(request.Type, from, givenName, today), $"/children/{childId}/case", key, cancellationToken);
        audit.Add(AuditKind.RecordChanged, $"Contributor reminded of {AdviceTimeliness.DisplayName(request.Type).ToLowerInvariant()} advice", by, childId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }


    public async Task<bool> IsContributorAsync(ClaimsPrincipal user, AdviceRequest request, Guid childId, CancellationToken cancellationToken = default)
    {
        if (request.InvitationId is { } invitationId)
        {
            return PortalRoles.Professionals.Any(user.IsInRole)
                && await access.InvitationsHeldBy(user).AnyAsync(i => i.Id == invitationId && i.ChildId == childId, cancellationToken);
        }

        var userId = user.UserId();
        return request.Type == AdviceType.ParentOrYoungPerson && PortalRoles.Families.Any(user.IsInRole)
            && await db.FamilyLinks.AnyAsync(f => f.ChildId == childId && f.UserId == userId && f.AccessEndedAt == null, cancellationToken);
    }

    /// <summary>
    /// Keeps the texts as the draft. Nothing changes once the advice has been submitted: the draft is claimed with a
    /// conditional update, so a save racing a submission cannot rewrite what was submitted.
    /// </summary>
    public async Task<bool> SaveDraftAsync(AdviceRequest request, IReadOnlyList<string> allowed, IReadOnlyDictionary<string, string?> texts, CancellationToken cancellationToken = default)
    {
        if (request.IsSubmitted)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.AdviceRequests
                .Where(a => a.Id == request.Id && a.SubmittedOn == null)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.DraftSavedAt, now), cancellationToken);
            if (claimed == 0)
            {
                return false;
            }

            await ReloadSectionsAsync(request, cancellationToken);
            ApplyTexts(request, allowed, texts);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            // Written by the update above; kept in step here without marking the row changed.
            var saved = db.Entry(request).Property(a => a.DraftSavedAt);
            saved.CurrentValue = now;
            saved.OriginalValue = now;
            return true;
        });
    }

    /// <summary>
    /// The contributor submits their advice, which is then final. Only the first submission counts: the request is
    /// claimed with a conditional update, so a double click or a replayed form changes and adds nothing.
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(AdviceRequest request, Guid childId, ClaimsPrincipal by, IReadOnlyList<string> allowed, IReadOnlyDictionary<string, string?> texts, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = clock.UkToday();
        var userId = by.UserId();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.AdviceRequests
                .Where(a => a.Id == request.Id && a.SubmittedOn == null)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.SubmittedOn, today).SetProperty(x => x.SubmittedAt, now).SetProperty(x => x.SubmittedById, userId), cancellationToken);
            if (claimed == 0)
            {
                return SubmitOutcome.AlreadySubmitted;
            }

            await ReloadSectionsAsync(request, cancellationToken);
            ApplyTexts(request, allowed, texts);
            audit.Add(AuditKind.RecordChanged, $"Advice submitted: {AdviceTimeliness.DisplayName(request.Type)}", childId);
            var codes = request.Sections.Select(s => s.SectionCode).OrderBy(c => PlanSections.Codes.ToList().IndexOf(c)).ToList();
            await notifications.AddAsync(childId, Audience.Family | Audience.Caseworker, NotificationKind.AdviceAdded,
                NotificationWording.AdviceAdded(request.Type, codes, await notifications.GivenNameAsync(childId, cancellationToken)),
                $"/children/{childId}/advice", userId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            var entry = db.Entry(request);
            entry.Property(a => a.SubmittedOn).CurrentValue = today;
            entry.Property(a => a.SubmittedAt).CurrentValue = now;
            entry.Property(a => a.SubmittedById).CurrentValue = userId;
            entry.State = EntityState.Unchanged;
            return SubmitOutcome.Submitted;
        });
    }

    /// <summary>Checks an uploaded file by its content and size and keeps it with the draft advice.</summary>
    public async Task<AttachmentOutcome> AttachAsync(AdviceRequest request, Guid childId, IFormFile file, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var limits = options.Value;
        if (request.IsSubmitted)
        {
            return new(null, "This advice has already been submitted");
        }

        if (file.Length == 0)
        {
            return new(null, "The selected file is empty");
        }

        if (file.Length > limits.MaxFileBytes)
        {
            return new(null, $"The selected file must be smaller than {limits.MaxFileMegabytes} MB");
        }

        if (!await db.AdviceRequests.AnyAsync(a => a.Id == request.Id && a.SubmittedOn == null, cancellationToken))
        {
            return new(null, "This advice has already been submitted");
        }

        await using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, cancellationToken);
        if (AttachmentFiles.Detect(content) is not { } kind)
        {
            return new(null, "The selected file must be a PDF, a Word document, or a PNG or JPEG image");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(content.GetBuffer().AsSpan(0, (int)content.Length)));
        content.Position = 0;
        var key = await store.SaveAsync(content, cancellationToken);
        var attachment = new AdviceAttachment
        {
            AdviceRequestId = request.Id,
            FileName = AttachmentFiles.CleanName(file.FileName, kind),
            ContentType = kind.ContentType,
            Length = content.Length,
            Sha256 = hash,
            StorageKey = key,
            UploadedById = by.UserId()!,
            UploadedAt = clock.GetUtcNow(),
        };
        db.AdviceAttachments.Add(attachment);
        audit.Add(AuditKind.RecordChanged, $"Attachment added to draft advice: {AdviceTimeliness.DisplayName(request.Type)}", childId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await store.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        return new(attachment, null);
    }

    /// <summary>Removes an attachment from draft advice; a submitted one stays for good.</summary>
    public async Task<bool> RemoveAttachmentAsync(AdviceRequest request, Guid attachmentId, Guid childId, CancellationToken cancellationToken = default)
    {
        var attachment = await db.AdviceAttachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.AdviceRequestId == request.Id, cancellationToken);
        if (attachment is null || request.IsSubmitted)
        {
            return false;
        }

        db.AdviceAttachments.Remove(attachment);
        audit.Add(AuditKind.RecordChanged, $"Attachment removed from draft advice: {AdviceTimeliness.DisplayName(request.Type)}", childId);
        await db.SaveChangesAsync(cancellationToken);
        await store.DeleteAsync(attachment.StorageKey, cancellationToken);
        return true;
    }

    /// <summary>
    /// The sections as they are now, read once the request is claimed: another save of the same draft may have added,
    /// changed or removed some since the page read them.
    /// </summary>
    private async Task ReloadSectionsAsync(AdviceRequest request, CancellationToken cancellationToken)
    {
        foreach (var section in request.Sections)
        {
            db.Entry(section).State = EntityState.Detached;
        }

        request.Sections.Clear();
        await db.AdviceSections.Where(s => s.AdviceRequestId == request.Id).LoadAsync(cancellationToken);
    }

    private void ApplyTexts(AdviceRequest request, IReadOnlyList<string> allowed, IReadOnlyDictionary<string, string?> texts)
    {
        foreach (var code in allowed)
        {
            var text = texts.GetValueOrDefault(code)?.Trim() ?? "";
            var existing = request.Sections.SingleOrDefault(s => s.SectionCode == code);
            if (text.Length == 0 && existing is not null)
            {
                request.Sections.Remove(existing);
                db.AdviceSections.Remove(existing);
            }
            else if (text.Length > 0 && existing is not null)
            {
                existing.Text = text;
            }
            else if (text.Length > 0)
            {
                var section = new AdviceSection { AdviceRequestId = request.Id, SectionCode = code, Text = text };
                request.Sections.Add(section);
                db.AdviceSections.Add(section);
            }
        }
    }
}
