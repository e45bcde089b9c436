using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Devon.Send.Portal.Web.Attachments;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Plans;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Records;

/// <summary>
/// Everything the portal holds about a child, for their family (a subject access request, UK GDPR Article 15): every
/// issued plan version and the plan as it is now, the advice sent with its attachments, comments and responses on
/// drafts, the request and decision, the family's access, the requester's own notifications, and the log of who
/// looked at or changed the record. Written as a zip of plain HTML pages with the same facts in <c>data.json</c>,
/// straight to the response: attachments are copied from the store one at a time, never held in memory whole.
/// </summary>
public sealed class SubjectAccessExport(PortalDbContext db, PlanStore plans, IAttachmentStore attachments, TimeProvider clock)
{
    public sealed record Export(
        DateTimeOffset CreatedAt, ChildFacts Child, IReadOnlyList<FamilyMember> Family, IReadOnlyList<FamilyInvitation> FamilyInvitations,
        IReadOnlyList<ProfessionalAccess> Professionals, IReadOnlyList<CaseFacts> Cases, IReadOnlyList<RequestFacts> Requests,
        IReadOnlyList<DecisionFacts> Decisions, IReadOnlyList<AdviceFacts> Advice, IReadOnlyList<PlanFile> Plan,
        IReadOnlyList<CommentFacts> Comments, IReadOnlyList<ResponseFacts> Responses, IReadOnlyList<NotificationFacts> Notifications,
        IReadOnlyList<LogEntry> RecordLog)
    {
        /// <summary>Who outside the family looked, one sentence per person and day, as the "who has looked" page words it.</summary>
        public IReadOnlyList<string> WhoHasLooked { get; init; } = [];

        public IReadOnlyList<ExceptionFacts> Exceptions { get; init; } = [];
        public IReadOnlyList<ReviewFacts> Reviews { get; init; } = [];
        public IReadOnlyList<NoPlanFacts> NoPlanDecisions { get; init; } = [];
        public IReadOnlyList<MediationFacts> Mediations { get; init; } = [];
        public IReadOnlyList<AppealFacts> Appeals { get; init; } = [];
        public IReadOnlyList<TransferFacts> Transfers { get; init; } = [];
        public IReadOnlyList<TransferInFacts> TransfersIn { get; init; } = [];
        public IReadOnlyList<CessationFacts> Cessations { get; init; } = [];
    }

    public sealed record ChildFacts(string GivenName, string FamilyName, DateOnly DateOfBirth, DateTimeOffset RecordCreatedAt);
    public sealed record FamilyMember(string Name, string Relationship, DateTimeOffset LinkedAt, DateTimeOffset? AccessEndedAt);
    public sealed record FamilyInvitation(string Email, string Relationship, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt);
    public sealed record ProfessionalAccess(string Role, string Organisation, string Who, DateTimeOffset InvitedAt, DateOnly EndsOn, DateTimeOffset? RevokedAt, string Sections);
    public sealed record CaseFacts(string CaseReference, DateOnly RequestReceivedOn, DateOnly? DecisionToAssessOn, DateOnly? RefusedOn, DateOnly? DraftPlanIssuedOn, DateOnly? FinalPlanIssuedOn, DateOnly? LastAnnualReviewOn, DateOnly? ClosedOn, string? ClosureReason,
        DateOnly? PlanAmendedOn = null, DateOnly? RefusedToAmendOn = null);
    public sealed record RequestFacts(string MadeBy, DateOnly? ReceivedOn, string? SettingName, string? Needs, string? SupportSoFar, string? HopedDifference, string? ChildViews);
    public sealed record DecisionFacts(bool ToAssess, DateOnly DecidedOn, string Reasons);
    public sealed record SectionText(string Code, string Title, string Text);
    public sealed record AttachmentFacts(string File, string FileName, string ContentType, long Length, string Sha256, DateTimeOffset UploadedAt, [property: JsonIgnore] string StorageKey);
    public sealed record AdviceFacts(string Type, DateOnly RequestedOn, DateOnly DueOn, DateTimeOffset? SubmittedAt, string? SubmittedBy, IReadOnlyList<SectionText> Sections, IReadOnlyList<AttachmentFacts> Attachments);
    public sealed record PlanFile(string File, string Title, DateTimeOffset? IssuedAt, string? IssuedBy, string? Fingerprint, IReadOnlyList<SectionText> Sections);
    public sealed record CommentFacts(string Version, string Section, string AuthorName, string AuthorRole, DateTimeOffset At, string Text);
    public sealed record ResponseFacts(string Version, int Number, string AuthorName, DateTimeOffset SubmittedAt, bool Late, bool AgreesWithDraft, IReadOnlyDictionary<string, string> ChangesBySection, string PreferredSettingType, string PreferredSettingName, bool WantsMeeting, bool WantsPersonalBudget);
    public sealed record NotificationFacts(DateTimeOffset At, string Message, DateTimeOffset? ReadAt, DateTimeOffset? EmailedAt);
    public sealed record NoPlanFacts(string CaseReference, DateOnly DecidedOn, string? Reasons);
    public sealed record AppealFacts(DateOnly DecisionOn, AppealedDecision Decision, DateOnly LodgedOn, AppealOutcome? Outcome, DateOnly? OutcomeOn, TribunalOrders Orders,
        IReadOnlyList<StepFacts> StepsRecorded);

    public sealed record StepFacts(string Step, DateOnly DoneOn);

    public sealed record TransferFacts(string CaseReference, string ToCouncil, DateOnly MoveOn, DateOnly? LearnedOn, DateOnly? TransferredOn);
    public sealed record TransferInFacts(string CaseReference, string FromCouncil, DateOnly TransferredOn, DateOnly? FamilyToldOn, bool? Reassessing, DateOnly? ReviewProposedBy,
        DateOnly? AdviceReceivedOn, string? Advice, string? NewHealthBody, DateOnly? NewHealthBodyToldOn);
    public sealed record MediationFacts(DateOnly DecisionOn, DateOnly AdviserContactedOn, bool Pursued, DateOnly? CouncilToldOn, DateOnly? HeldOn, DateOnly? CertificateOn,
        DateOnly? AgreementOn = null, string? AgreedOrders = null, string? AgreedOther = null, DateOnly? AgreedDueOn = null, DateOnly? AgreementDoneOn = null);
    public sealed record CessationFacts(string CaseReference, DateOnly ProposedOn, string Ground, string ProposalReasons, DateOnly? SchoolConsultedOn, string? FamilyViews,
        DateOnly? FamilyViewsOn, string? SchoolViews, DateOnly? SchoolViewsOn, string? Decision, DateOnly? DecidedOn, string? DecisionReasons, DateOnly? NoticeSentOn, DateOnly? CeasesOn);
    public sealed record ExceptionFacts(string LegalBasis, string Why, DateTimeOffset RecordedAt, string? WhatTheFamilyWasTold);
    public sealed record ReviewViews(string Who, DateTimeOffset GivenAt, string? WorkingWell, string? NotWorking, string? Changes);
    public sealed record ReviewFacts(
        int Number, DateOnly MeetingOn, DateOnly? PapersSentOn, bool MeetingRecorded, string? Attendees, string? Discussion, string? Recommendation, DateOnly? ReportSentOn,
        string? Decision, DateOnly? DecisionOn, string? DecisionReasons, DateOnly? AmendmentNoticeOn, DateOnly? FamilyResponseOn, DateOnly? AmendedPlanOn,
        DateOnly? CompletedOn, IReadOnlyList<ReviewViews> Views);
    public sealed record LogEntry(DateTimeOffset At, string What, string Who, string? Role, string? Organisation, string Detail);

    public async Task<Export> GatherAsync(Guid childId, string requesterId, CancellationToken cancellationToken = default)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new ChildFacts(c.GivenName, c.FamilyName, c.DateOfBirth, c.CreatedAt)).SingleAsync(cancellationToken);
        var family = await db.FamilyLinks.AsNoTracking().Where(f => f.ChildId == childId)
            .Join(db.Users, f => f.UserId, u => u.Id, (f, u) => new { f, u.DisplayName }).OrderBy(x => x.f.LinkedAt).ToListAsync(cancellationToken);
        var familyInvitations = await db.AccountInvitations.AsNoTracking().Where(i => i.ChildId == childId).OrderBy(i => i.CreatedAt)
            .Select(i => new FamilyInvitation(i.Email, i.Relationship, i.CreatedAt, i.ExpiresAt, i.UsedAt)).ToListAsync(cancellationToken);
        var professionals = await db.ProfessionalInvitations.AsNoTracking().Where(i => i.ChildId == childId)
            .GroupJoin(db.Users, i => i.UserId, u => u.Id, (i, u) => new { i, u }).SelectMany(x => x.u.DefaultIfEmpty(), (x, u) => new { x.i, Name = u == null ? null : u.DisplayName })
            .OrderBy(x => x.i.InvitedAt).ToListAsync(cancellationToken);
        var teamIds = professionals.Select(x => x.i.ProfessionalTeamId).OfType<Guid>().Distinct().ToList();
        var teams = await db.ProfessionalTeams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var cases = await db.AssessmentCases.AsNoTracking().Where(c => c.ChildId == childId).OrderBy(c => c.RequestReceivedOn).ToListAsync(cancellationToken);
        var caseIds = cases.Select(c => c.Id).ToList();
        var requests = await db.AssessmentRequests.AsNoTracking()
            .Where(r => r.ChildId == childId || (r.AssessmentCaseId != null && caseIds.Contains(r.AssessmentCaseId.Value))).OrderBy(r => r.StartedAt)
            .Select(r => new RequestFacts(r.MadeBy.ToString(), r.ReceivedOn, r.SettingName, r.Needs, r.SupportSoFar, r.HopedDifference, r.ChildViews)).ToListAsync(cancellationToken);
        var decisions = await db.CaseDecisions.AsNoTracking().Where(d => caseIds.Contains(d.AssessmentCaseId)).OrderBy(d => d.DecidedOn)
            .Select(d => new DecisionFacts(d.ToAssess, d.DecidedOn, d.Reasons)).ToListAsync(cancellationToken);

        // Advice is the family's to see once it is sent; what a professional has not sent yet is still their draft.
        var advice = await db.AdviceRequests.AsNoTracking().Include(a => a.Sections).Include(a => a.Attachments)
            .Where(a => caseIds.Contains(a.AssessmentCaseId) && a.SubmittedOn != null).OrderBy(a => a.RequestedOn).ThenBy(a => a.Type).AsSplitQuery().ToListAsync(cancellationToken);
        var names = await NamesAsync(advice.Select(a => a.SubmittedById), cancellationToken);
        var adviceFacts = advice.Select((a, n) => new AdviceFacts(
            AdviceTimeliness.DisplayName(a.Type), a.RequestedOn, a.DueOn, a.SubmittedAt, a.SubmittedById is { } by && names.TryGetValue(by, out var name) ? name : null,
            [.. a.Sections.OrderBy(s => PlanSections.Codes.ToList().IndexOf(s.SectionCode)).Select(s => new SectionText(s.SectionCode, PlanSections.Title(s.SectionCode), s.Text))],
            [.. a.Attachments.OrderBy(f => f.UploadedAt).Select((f, i) => new AttachmentFacts($"advice/{n + 1}-{i + 1}-{SafeFileName(f.FileName)}", f.FileName, f.ContentType, f.Length, f.Sha256, f.UploadedAt, f.StorageKey))]))
            .ToList();

        var planFiles = new List<PlanFile>();
        var comments = new List<CommentFacts>();
        var responses = new List<ResponseFacts>();
        if (await plans.PlanOfAsync(childId, cancellationToken) is { } plan)
        {
            foreach (var version in await plans.VersionsAsync(plan.Id, cancellationToken))
            {
                var snapshot = (await plans.VersionAsync(plan, version.Number, cancellationToken))!;
                planFiles.Add(new PlanFile($"plan/version-{version.Number}.html", version.Label, version.IssuedAt, version.IssuedByName, version.Hash, Sections(snapshot)));
            }

            planFiles.Add(new PlanFile("plan/current.html", "The plan as it is now", null, null, null, Sections(await plans.CurrentAsync(plan, cancellationToken))));
            var versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == plan.Id).ToDictionaryAsync(v => v.Id, v => v.Label, cancellationToken);
            comments = await db.DraftComments.AsNoTracking().Where(c => versions.Keys.Contains(c.VersionId)).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken) is var rows
                ? [.. rows.Select(c => new CommentFacts(versions[c.VersionId], $"{c.SectionCode} {PlanSections.Title(c.SectionCode)}", c.AuthorName, PortalRoles.DisplayName(c.AuthorRole), c.CreatedAt, c.Text))]
                : [];
            responses = [.. (await db.DraftResponses.AsNoTracking().Where(r => versions.Keys.Contains(r.VersionId)).OrderBy(r => r.SubmittedAt).ToListAsync(cancellationToken))
                .Select(r => new ResponseFacts(versions[r.VersionId], r.Number, r.AuthorName, r.SubmittedAt, r.Late, r.AgreesWithDraft, DraftResponseChanges.FromJson(r.Changes),
                    SettingTypes.Label(r.PreferredSettingType), r.PreferredSettingName, r.WantsMeeting, r.WantsPersonalBudget))];
        }

        var exceptions = await db.TimescaleExceptions.AsNoTracking().Where(e => caseIds.Contains(e.AssessmentCaseId)).OrderBy(e => e.RecordedAt).ToListAsync(cancellationToken);
        var mediations = await db.Mediations.AsNoTracking().Where(m => caseIds.Contains(m.AssessmentCaseId)).OrderBy(m => m.DecisionOn)
            .Select(m => new { m.DecisionOn, m.AdviserContactedOn, m.Pursued, m.CouncilToldOn, m.HeldOn, m.CertificateOn, m.AgreementOn, m.AgreedOrders, m.AgreedOther, m.AgreedDueOn, m.AgreementDoneOn })
            .ToListAsync(cancellationToken);
        var appeals = (await db.TribunalAppeals.AsNoTracking().Where(a => caseIds.Contains(a.AssessmentCaseId)).OrderBy(a => a.LodgedOn).ToListAsync(cancellationToken))
            .Select(a => new AppealFacts(a.DecisionOn, a.Decision, a.LodgedOn, a.Outcome, a.OutcomeOn, a.Orders,
                [.. Enum.GetValues<ComplianceStep>().Where(s => a.RecordedStep(s) is not null).Select(s => new StepFacts(TribunalDeadlines.Words(s).Subject, a.RecordedStep(s)!.Value))]))
            .ToList();
        var cessations = await db.PlanCessations.AsNoTracking().Where(x => caseIds.Contains(x.AssessmentCaseId)).OrderBy(x => x.ProposedAt).ToListAsync(cancellationToken);
        var references = cases.ToDictionary(c => c.Id, c => c.CaseReference);
        var reviews = await db.AnnualReviews.AsNoTracking().Include(r => r.Contributions).Where(r => caseIds.Contains(r.AssessmentCaseId)).OrderBy(r => r.Number).ToListAsync(cancellationToken);

        var notifications = await db.Notifications.AsNoTracking().Where(n => n.ChildId == childId && n.UserId == requesterId).OrderBy(n => n.CreatedAt)
            .Select(n => new NotificationFacts(n.CreatedAt, n.Message, n.ReadAt, n.EmailedAt)).ToListAsync(cancellationToken);
        // The whole log of the record: who looked, who changed it, who was refused. Staff addresses (IP) are left out.
        var log = await db.AuditEvents.AsNoTracking().Where(e => e.ChildId == childId).OrderBy(e => e.Id).ToListAsync(cancellationToken);

        return new Export(clock.GetUtcNow(), child,
            [.. family.Select(x => new FamilyMember(x.DisplayName, x.f.Relationship == FamilyLink.Self ? "Young person" : x.f.Relationship, x.f.LinkedAt, x.f.AccessEndedAt))],
            familyInvitations,
            [.. professionals.Select(x => new ProfessionalAccess(PortalRoles.DisplayName(x.i.Role), x.i.Organisation, x.Name ?? (x.i.ProfessionalTeamId is { } team ? teams.GetValueOrDefault(team, "A team") : "Invited by email, not signed in yet"), x.i.InvitedAt, x.i.EndsOn, x.i.RevokedAt, x.i.Sections))],
            [.. cases.Select(c => new CaseFacts(c.CaseReference, c.RequestReceivedOn, c.DecisionToAssessOn, c.RefusedOn, c.DraftPlanIssuedOn, c.FinalPlanIssuedOn, c.LastAnnualReviewOn, c.ClosedOn, c.ClosureReason, c.PlanAmendedOn, c.RefusedToAmendOn))],
            requests, decisions, adviceFacts, planFiles, comments, responses, notifications,
            [.. log.Select(e => new LogEntry(e.At, Audit.AuditKinds.Describe(e.Kind), e.ActorName ?? "Someone not signed in",
                e.ActorRoles is null ? null : string.Join(", ", e.ActorRoles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(PortalRoles.DisplayName)), e.ActorOrganisation,
                e.Kind == AuditKind.RecordViewed ? Audit.RecordViews.WhatWasLookedAt(e.Detail) : e.Detail))])
        {
            WhoHasLooked = [.. Audit.RecordViews.ByPersonAndDay(log.Where(e => e.Kind == AuditKind.RecordViewed)
                .Select(e => new Audit.RecordView(e.At, e.ActorUserId, e.ActorName, e.ActorRoles, e.ActorOrganisation, e.Detail))).Select(d => d.Sentence)],
            NoPlanDecisions = [.. cases.Where(c => c.NoPlanDecidedOn is not null).Select(c => new NoPlanFacts(c.CaseReference, c.NoPlanDecidedOn!.Value, c.NoPlanReasons))],
            Mediations = [.. mediations.Select(m => new MediationFacts(m.DecisionOn, m.AdviserContactedOn, m.Pursued, m.CouncilToldOn, m.HeldOn, m.CertificateOn,
                m.AgreementOn, m.AgreementOn is null ? null : m.AgreedOrders.ToString(), m.AgreedOther, m.AgreedDueOn, m.AgreementDoneOn))],
            Appeals = appeals,
            Transfers = [.. cases.Where(c => c.MoveOutOn is not null).Select(c => new TransferFacts(c.CaseReference, c.TransferToCouncil ?? "", c.MoveOutOn!.Value, c.MoveLearnedOn, c.TransferredOutOn))],
            TransfersIn = [.. cases.Where(c => c.TransferredInOn is not null)
                .Select(c => new TransferInFacts(c.CaseReference, c.FromCouncil ?? "", c.TransferredInOn!.Value, c.TransferNoticeOn, c.TransferReassessing, c.TransferReviewProposedOn,
                    c.TransferAdviceReceivedOn, c.TransferAdvice, c.NewHealthBody, c.NewHealthBodyToldOn))],
            Cessations = [.. cessations.Select(x => new CessationFacts(references[x.AssessmentCaseId], x.ProposedOn, PlanCessation.Describe(x.Ground), x.ProposalReasons, x.SchoolConsultedOn,
                x.FamilyViews, x.FamilyViewsOn, x.SchoolViews, x.SchoolViewsOn, x.Decision switch { CessationDecision.Cease => "Stop maintaining the plan", CessationDecision.Keep => "Keep the plan", _ => null },
                x.DecidedOn, x.DecisionReasons, x.NoticeSentOn, x.CeasesOn))],
            Exceptions = [.. exceptions.Select(e => new ExceptionFacts(e.LegalBasisText, string.Join(", ", new[] { e.Reason, e.Period }.Where(p => p.Length > 0)), e.RecordedAt, e.Details))],
            Reviews = [.. reviews.Select(r => new ReviewFacts(r.Number, r.MeetingOn, r.PapersSentOn, r.MeetingRecorded, r.Attendees, r.Discussion,
                r.Recommendation is { } rec ? AnnualReview.Describe(rec) : null, r.ReportSentOn, r.Decision is { } d ? AnnualReview.Describe(d) : null, r.DecisionOn, r.DecisionReasons,
                r.AmendmentNoticeOn, r.FamilyResponseOn, r.AmendedPlanOn, r.CompletedOn,
                [.. r.Contributions.OrderBy(c => c.SubmittedAt).Select(c => new ReviewViews(c.Who, c.SubmittedAt, c.WorkingWell, c.NotWorking, c.Changes))]))],
        };
    }

    /// <summary>Writes the zip to the stream as it goes: each page, then each attachment copied from the store in chunks.</summary>
    public async Task WriteZipAsync(Export export, Stream output, CancellationToken cancellationToken = default)
    {
        // The zip classes still write synchronously when an entry closes, which a response body refuses: they write
        // into this small buffer instead, and it is passed on to the response after each chunk.
        var buffer = new PassOnStream();
        var zip = await ZipArchive.CreateAsync(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, cancellationToken);
        async Task AddAsync(string name, DateTimeOffset at, Func<Stream, Task> write)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = at;
            await using (var target = await entry.OpenAsync(cancellationToken))
            {
                await write(target);
            }

            await buffer.PassOnAsync(output, cancellationToken);
        }

        async Task AddTextAsync(string name, string text) =>
            await AddAsync(name, export.CreatedAt, target => target.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).AsTask());

        await AddTextAsync("index.html", IndexPage(export));
        foreach (var file in export.Plan)
        {
            await AddTextAsync(file.File, PlanPage(export, file));
        }

        await AddTextAsync("advice.html", AdvicePage(export));
        await AddTextAsync("comments-and-responses.html", FeedbackPage(export));
        await AddTextAsync("data.json", JsonSerializer.Serialize(export, Json));
        foreach (var file in export.Advice.SelectMany(a => a.Attachments))
        {
            await using var content = await attachments.OpenAsync(file.StorageKey, cancellationToken);
            if (content is not null)
            {
                await AddAsync(file.File, file.UploadedAt, async target =>
                {
                    var chunk = new byte[81920];
                    int read;
                    while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
                    {
                        await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
                        await buffer.PassOnAsync(output, cancellationToken);
                    }
                });
            }
        }

        await zip.DisposeAsync();
        await buffer.PassOnAsync(output, cancellationToken);
    }

    /// <summary>A write-only stream that keeps what is written until it is passed on, asynchronously, to another.</summary>
    private sealed class PassOnStream : Stream
    {
        private readonly MemoryStream _pending = new();

        public async Task PassOnAsync(Stream target, CancellationToken cancellationToken)
        {
            if (_pending.Length > 0)
            {
                await target.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
                await target.FlushAsync(cancellationToken);
                _pending.SetLength(0);
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _pending.Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _pending.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _pending.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private static IReadOnlyList<SectionText> Sections(PlanSnapshot snapshot) =>
        [.. PlanSections.All.Select(s => new SectionText(s.Code, s.Title, snapshot.ContentOf(s.Code).ToComparableText(s.Code)))];

    private async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    private static string SafeFileName(string name)
    {
        var safe = new string([.. Path.GetFileName(name).Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' ? c : '_')]).Trim();
        return safe.Length == 0 ? "attachment" : safe;
    }

    private static readonly System.Globalization.CultureInfo EnGb = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string When(DateTimeOffset? at) => at is { } a ? a.ToUkDateTime() : "";

    private static string Day(DateOnly? day) => day?.ToUkDate() ?? "";

    private static string Page(string title, string body, string root = "")
    {
        var back = title.StartsWith("Everything", StringComparison.Ordinal) ? "" : $"<p><a href=\"{root}index.html\">Back to the contents</a></p>";
        return $$"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <title>{{E(title)}}</title>
            <style>
            body { font-family: Arial, sans-serif; max-width: 960px; margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #0b0c0c; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 2em; }
            th, td { border-bottom: 1px solid #b1b4b6; text-align: left; padding: 0.4em; vertical-align: top; }
            .text { white-space: pre-wrap; }
            a { color: #1d70b8; }
            </style>
            </head>
            <body>
            {{back}}
            <h1>{{E(title)}}</h1>
            {{body}}
            </body>
            </html>
            """;
    }

    private static string Table(IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string>> rows, string empty)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return $"<p>{E(empty)}</p>";
        }

        var html = new StringBuilder("<table><thead><tr>");
        foreach (var heading in headings)
        {
            html.Append("<th scope=\"col\">").Append(E(heading)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in list)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td class=\"text\">").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string IndexPage(Export x)
    {
        var name = ChildName.Of(x.Child.GivenName, x.Child.FamilyName);
        var body = new StringBuilder();
        body.Append(EnGb, $"<p>This is everything the Devon SEND Portal holds about {E(name)}, born {E(x.Child.DateOfBirth.ToUkDate())}, downloaded on {E(When(x.CreatedAt))}. ")
            .Append("The same facts are in <a href=\"data.json\">data.json</a>, for a computer to read.</p>");
        body.Append("<h2>Contents</h2><ul>");
        foreach (var file in x.Plan)
        {
            body.Append(EnGb, $"<li><a href=\"{file.File}\">EHC plan: {E(file.Title)}</a>{(file.IssuedAt is { } at ? $", issued {E(at.ToUkDate())}" : "")}</li>");
        }

        body.Append("<li><a href=\"advice.html\">Advice for the assessment</a></li>")
            .Append("<li><a href=\"comments-and-responses.html\">Comments and responses on draft plans</a></li>")
            .Append("<li><a href=\"data.json\">All of it as JSON (data.json)</a></li></ul>");
        body.Append("<h2>The family's access</h2>")
            .Append(Table(["Name", "Relationship", "Linked", "Access ended"], x.Family.Select(f => (IReadOnlyList<string>)[f.Name, f.Relationship, When(f.LinkedAt), When(f.AccessEndedAt)]), "Nobody in the family is linked."))
            .Append("<h2>Invitations to the family</h2>")
            .Append(Table(["Email", "Relationship", "Sent", "Expires", "Used"], x.FamilyInvitations.Select(i => (IReadOnlyList<string>)[i.Email, i.Relationship, When(i.CreatedAt), When(i.ExpiresAt), When(i.UsedAt)]), "There are no invitations."))
            .Append("<h2>Professionals invited to the case</h2>")
            .Append(Table(["Who", "Role", "Organisation", "Invited", "Until", "Removed"], x.Professionals.Select(p => (IReadOnlyList<string>)[p.Who, p.Role, p.Organisation, When(p.InvitedAt), Day(p.EndsOn), When(p.RevokedAt)]), "No professionals have been invited."))
            .Append("<h2>The assessment</h2>")
            .Append(Table(["Case", "Request received", "Decided to assess", "Refused", "Draft plan", "Final plan", "Plan last amended", "Last annual review", "Decided not to amend", "Closed"],
                x.Cases.Select(c => (IReadOnlyList<string>)[c.CaseReference, Day(c.RequestReceivedOn), Day(c.DecisionToAssessOn), Day(c.RefusedOn), Day(c.DraftPlanIssuedOn), Day(c.FinalPlanIssuedOn), Day(c.PlanAmendedOn), Day(c.LastAnnualReviewOn), Day(c.RefusedToAmendOn), c.ClosedOn is null ? "" : $"{Day(c.ClosedOn)} {c.ClosureReason}"]), "There is no case yet."))
            .Append("<h2>The request for an assessment</h2>")
            .Append(Table(["Made by", "Received", "School or setting", "Needs", "Support so far", "Difference hoped for", "The child's views"],
                x.Requests.Select(r => (IReadOnlyList<string>)[r.MadeBy, Day(r.ReceivedOn), r.SettingName ?? "", r.Needs ?? "", r.SupportSoFar ?? "", r.HopedDifference ?? "", r.ChildViews ?? ""]), "No request was made through the portal."))
            .Append("<h2>The decision</h2>")
            .Append(Table(["Decision", "Day", "Reasons"], x.Decisions.Select(d => (IReadOnlyList<string>)[d.ToAssess ? "To assess" : "Not to assess", Day(d.DecidedOn), d.Reasons]), "No decision has been recorded in the portal."))
            .Append("<h2>Decisions not to issue a plan</h2>")
            .Append(Table(["Case", "Day", "Reasons"], x.NoPlanDecisions.Select(d => (IReadOnlyList<string>)[d.CaseReference, Day(d.DecidedOn), d.Reasons ?? ""]), "The council has not decided against issuing a plan."))
            .Append("<h2>Mediation</h2>")
            .Append(Table(["About the decision of", "Adviser contacted", "Mediation wanted", "Council told", "Held", "Certificate", "Agreement", "What was agreed", "Time agreed in writing", "Done"],
                x.Mediations.Select(m => (IReadOnlyList<string>)[Day(m.DecisionOn), Day(m.AdviserContactedOn), m.Pursued ? "Yes" : "No", Day(m.CouncilToldOn), Day(m.HeldOn), Day(m.CertificateOn),
                    Day(m.AgreementOn), string.Join("; ", new[] { m.AgreedOrders, m.AgreedOther }.Where(t => !string.IsNullOrEmpty(t) && t != "None")), Day(m.AgreedDueOn), Day(m.AgreementDoneOn)]), "No mediation has been recorded."))
            .Append("<h2>Appeals to the SEND Tribunal</h2>")
            .Append(Table(["About the decision of", "Decision appealed", "Registered", "Outcome", "Outcome date", "Ordered", "Steps recorded as done"],
                x.Appeals.Select(a => (IReadOnlyList<string>)[Day(a.DecisionOn), a.Decision.Describe(), Day(a.LodgedOn), a.Outcome?.Describe() ?? "Not yet decided", Day(a.OutcomeOn),
                    a.Orders == TribunalOrders.None ? "" : a.Orders.ToString(), string.Join("; ", a.StepsRecorded.Select(s => $"{s.Step}: {Day(s.DoneOn)}"))]), "No appeal has been recorded."))
            .Append("<h2>Moves to another council</h2>")
            .Append(Table(["Case", "Moving to", "Date of the move", "The council learned of it", "Plan sent"],
                x.Transfers.Select(t => (IReadOnlyList<string>)[t.CaseReference, t.ToCouncil, Day(t.MoveOn), Day(t.LearnedOn), Day(t.TransferredOn)]), "No move to another council has been recorded."))
            .Append("<h2>A plan from another council</h2>")
            .Append(Table(["Case", "From", "Arrived", "Family told", "Assessing again", "Review by", "Advice received", "Advice", "New health commissioning body", "Told"],
                x.TransfersIn.Select(t => (IReadOnlyList<string>)[t.CaseReference, t.FromCouncil, Day(t.TransferredOn), Day(t.FamilyToldOn), t.Reassessing switch { true => "Yes", false => "No", null => "" }, Day(t.ReviewProposedBy),
                    Day(t.AdviceReceivedOn), t.Advice ?? "", t.NewHealthBody ?? "", Day(t.NewHealthBodyToldOn)]),
                "The plan was not sent from another council."))
            .Append("<h2>Stopping the plan</h2>")
            .Append(Table(["Case", "Proposed", "Why", "Reasons", "School consulted", "Family's views", "School's views", "Decision", "Decided", "Reasons for the decision", "Notice sent", "Plan stops"],
                x.Cessations.Select(c => (IReadOnlyList<string>)[c.CaseReference, Day(c.ProposedOn), c.Ground, c.ProposalReasons, Day(c.SchoolConsultedOn), c.FamilyViews ?? "", c.SchoolViews ?? "",
                    c.Decision ?? "", Day(c.DecidedOn), c.DecisionReasons ?? "", Day(c.NoticeSentOn), Day(c.CeasesOn)]), "The council has not proposed stopping the plan."))
            .Append("<h2>Exceptions to the time limits</h2>")
            .Append(Table(["Recorded", "Why", "Law", "What the family was told"], x.Exceptions.Select(e => (IReadOnlyList<string>)[When(e.RecordedAt), e.Why, e.LegalBasis, e.WhatTheFamilyWasTold ?? ""]), "No exception to the time limits has been recorded."))
            .Append("<h2>Annual reviews</h2>")
            .Append(Table(["Review", "Meeting", "Papers sent", "Who came", "What was discussed", "Recommended", "Report sent", "Decision", "Reasons", "Proposed amendments", "Family responded", "Amended plan"],
                x.Reviews.Select(r => (IReadOnlyList<string>)[r.Number.ToString(EnGb), Day(r.MeetingOn), Day(r.PapersSentOn), r.Attendees ?? "", r.Discussion ?? "", r.Recommendation ?? "", Day(r.ReportSentOn),
                    r.Decision is null ? "" : $"{r.Decision}, {Day(r.DecisionOn)}", r.DecisionReasons ?? "", Day(r.AmendmentNoticeOn), Day(r.FamilyResponseOn), Day(r.AmendedPlanOn)]), "There have been no annual reviews in the portal."))
            .Append("<h2>Views given for annual reviews</h2>")
            .Append(Table(["Review", "Who", "Given", "What is working well", "What is not working", "What should change"],
                x.Reviews.SelectMany(r => r.Views.Select(v => (IReadOnlyList<string>)[r.Number.ToString(EnGb), v.Who, When(v.GivenAt), v.WorkingWell ?? "", v.NotWorking ?? "", v.Changes ?? ""])), "Nobody has given views for a review."))
            .Append("<h2>Your notifications</h2>")
            .Append(Table(["When", "Message", "Read", "Emailed"], x.Notifications.Select(n => (IReadOnlyList<string>)[When(n.At), n.Message, When(n.ReadAt), When(n.EmailedAt)]), "You have had no notifications about this child."))
            .Append("<h2>Who outside your family has looked at the record</h2>")
            .Append(x.WhoHasLooked.Count == 0 ? "<p>Nobody outside your family has looked at the record.</p>" : $"<ul>{string.Concat(x.WhoHasLooked.Select(l => $"<li>{E(l)}</li>"))}</ul>")
            .Append("<h2>Who has looked at or changed the record</h2>")
            .Append(Table(["When", "What", "Who", "Role", "Organisation", "Page or detail"], x.RecordLog.Select(l => (IReadOnlyList<string>)[When(l.At), l.What, l.Who, l.Role ?? "", l.Organisation ?? "", l.Detail]), "Nothing has been logged."));
        return Page($"Everything the portal holds about {name}", body.ToString());
    }

    private static string PlanPage(Export x, PlanFile file)
    {
        var body = new StringBuilder();
        body.Append(file.IssuedAt is { } at
            ? $"<p>Issued on {E(When(at))} by {E(file.IssuedBy)}. Its fingerprint (SHA-256) is {E(file.Fingerprint)}.</p>"
            : "<p>Every section as it was last saved, including changes not yet issued.</p>");
        foreach (var section in file.Sections)
        {
            body.Append(EnGb, $"<h2>Section {E(section.Code)}: {E(section.Title)}</h2>")
                .Append(section.Text.Length == 0 ? "<p>Nothing has been written in this section.</p>" : $"<p class=\"text\">{E(section.Text.TrimEnd())}</p>");
        }

        return Page($"{ChildName.Of(x.Child.GivenName, x.Child.FamilyName)}'s EHC plan: {file.Title}", body.ToString(), "../");
    }

    private static string AdvicePage(Export x)
    {
        var body = new StringBuilder();
        if (x.Advice.Count == 0)
        {
            body.Append("<p>No advice has been sent yet.</p>");
        }

        foreach (var advice in x.Advice)
        {
            body.Append(EnGb, $"<h2>{E(advice.Type)} advice</h2><p>Asked for on {E(Day(advice.RequestedOn))}, due {E(Day(advice.DueOn))}, sent on {E(When(advice.SubmittedAt))}{(advice.SubmittedBy is null ? "" : $" by {E(advice.SubmittedBy)}")}.</p>");
            foreach (var section in advice.Sections)
            {
                body.Append(EnGb, $"<h3>For section {E(section.Code)}: {E(section.Title)}</h3><p class=\"text\">{E(section.Text)}</p>");
            }

            if (advice.Attachments.Count > 0)
            {
                body.Append("<h3>Attachments</h3><ul>");
                foreach (var file in advice.Attachments)
                {
                    body.Append(EnGb, $"<li><a href=\"{E(Uri.EscapeDataString(file.File[7..]).Insert(0, "advice/"))}\">{E(file.FileName)}</a> ({file.Length:N0} bytes, SHA-256 {E(file.Sha256)})</li>");
                }

                body.Append("</ul>");
            }
        }

        return Page($"Advice for {ChildName.Of(x.Child.GivenName, x.Child.FamilyName)}'s assessment", body.ToString());
    }

    private static string FeedbackPage(Export x) => Page($"Comments and responses on {ChildName.Of(x.Child.GivenName, x.Child.FamilyName)}'s draft plans",
        "<h2>Comments</h2>"
        + Table(["Draft", "Section", "Who", "When", "Comment"], x.Comments.Select(c => (IReadOnlyList<string>)[c.Version, c.Section, $"{c.AuthorName} ({c.AuthorRole})", When(c.At), c.Text]), "Nobody has commented on a draft.")
        + "<h2>Responses</h2>"
        + Table(["Draft", "Who", "Sent", "Agrees", "Changes asked for", "School or college preferred", "Meeting", "Personal budget"],
            x.Responses.Select(r => (IReadOnlyList<string>)[$"{r.Version}, response {r.Number}", r.AuthorName, When(r.SubmittedAt) + (r.Late ? " (late)" : ""), r.AgreesWithDraft ? "Yes" : "No",
                string.Join("\n", r.ChangesBySection.Select(c => $"{c.Key}: {c.Value}")), $"{r.PreferredSettingType} {r.PreferredSettingName}".Trim(), r.WantsMeeting ? "Yes" : "No", r.WantsPersonalBudget ? "Yes" : "No"]),
            "No response has been sent."));
}
