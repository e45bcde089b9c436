using System.Security.Claims;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Requests;

/// <summary>What happens when a request for an assessment reaches the council, and when the council decides on it.</summary>
public sealed class AssessmentRequests(PortalDbContext db, CaseNotifications notifications, AuditLog audit, TimeProvider clock)
{
    /// <summary>A school that asks is invited to the case for a year, to give its advice and follow the decision.</summary>
    public static readonly TimeSpan SchoolAccess = TimeSpan.FromDays(365);

    /// <summary>
    /// Opens the child's record and case from a request written online, once: a second submit (a double click, the
    /// back button) finds it already submitted and opens nothing more.
    /// </summary>
    public async Task<bool> SubmitAsync(AssessmentRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = clock.UkToday();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.AssessmentRequests
            .Where(r => r.Id == request.Id && r.SubmittedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedAt, now).SetProperty(r => r.ReceivedOn, today), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        request.SubmittedAt = now;
        request.ReceivedOn = today;
        var teamId = await db.SendTeams.OrderBy(t => t.Name).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
        var (child, assessment) = Open(request, caseworkerId: null, teamId, today, now);
        var userId = user.UserId()!;
        if (request.MadeBy is RequesterKind.Parent or RequesterKind.YoungPerson)
        {
            child.Family.Add(new FamilyLink { ChildId = child.Id, UserId = userId, Relationship = request.Relationship ?? FamilyLink.Self, LinkedAt = now });
        }
        else if (request.MadeBy == RequesterKind.SchoolOrSetting)
        {
            var organisation = await db.Users.Where(u => u.Id == userId).Select(u => u.Organisation).SingleAsync(cancellationToken);
            child.Invitations.Add(new ProfessionalInvitation
            {
                ChildId = child.Id,
                UserId = userId,
                Role = PortalRoles.EducationProfessional,
                Organisation = organisation ?? request.SettingName ?? "School or setting",
                Sections = "B,E,F,I",
                EndsOn = today.AddDays((int)SchoolAccess.TotalDays),
                InvitedAt = now,
            });
        }

        db.Children.Add(child);
        await db.SaveChangesAsync(cancellationToken);

        var decisionDue = StatutoryClock.DecisionToAssessDue(today);
        var link = $"/children/{child.Id}/case";
        notifications.AddFor([userId], child.Id, NotificationKind.RequestReceived,
            NotificationWording.RequestReceived(child.GivenName, decisionDue), link);
        notifications.AddFor(await notifications.CaseworkersOfTeamAsync(teamId, cancellationToken), child.Id, NotificationKind.RequestReceived,
            NotificationWording.RequestWaiting(decisionDue), "/requests/incoming");
        audit.Add(AuditKind.RecordChanged, $"Request for an EHC needs assessment made online ({Describe(request.MadeBy)})", user, child.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>A request that came by letter, email or phone, recorded by a caseworker, who takes the case.</summary>
    public async Task<Child> RecordAsync(AssessmentRequest request, ClaimsPrincipal caseworker, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var userId = caseworker.UserId()!;
        // The same request recorded twice (a double click, or the form sent again) opens one case.
        var recorded = await db.AssessmentRequests
            .Where(r => r.AuthorId == userId && r.MadeBy == request.MadeBy && r.ChildGivenName == request.ChildGivenName && r.ChildFamilyName == request.ChildFamilyName
                && r.ChildDateOfBirth == request.ChildDateOfBirth && r.ReceivedOn == request.ReceivedOn && r.ChildId != null)
            .Select(r => r.ChildId)
            .FirstOrDefaultAsync(cancellationToken);
        if (recorded is { } existing)
        {
            return await db.Children.SingleAsync(c => c.Id == existing, cancellationToken);
        }

        request.SubmittedAt = now;
        var teamId = await db.Users.Where(u => u.Id == userId).Select(u => u.SendTeamId).SingleAsync(cancellationToken);
        var (child, _) = Open(request, userId, teamId, request.ReceivedOn!.Value, now);
        db.AssessmentRequests.Add(request);
        db.Children.Add(child);
        audit.Add(AuditKind.RecordChanged, $"Request for an EHC needs assessment recorded ({Describe(request.MadeBy)}, received {request.ReceivedOn.Value.ToUkDate()})", caseworker, child.Id);
        await db.SaveChangesAsync(cancellationToken);
        return child;
    }

    /// <summary>
    /// Records the decision whether to assess and tells the family; a refusal tells them about mediation and their
    /// right of appeal. Returns false when the case already has a decision.
    /// </summary>
    public async Task<bool> DecideAsync(AssessmentCase assessment, bool toAssess, DateOnly decidedOn, string reasons, ClaimsPrincipal caseworker,
        CancellationToken cancellationToken = default)
    {
        if (assessment.DecisionToAssessOn is not null || assessment.RefusedOn is not null || assessment.ChildId is not { } childId)
        {
            return false;
        }

        db.CaseDecisions.Add(new CaseDecision
        {
            AssessmentCaseId = assessment.Id,
            ToAssess = toAssess,
            DecidedOn = decidedOn,
            Reasons = reasons.Trim(),
            DecidedById = caseworker.UserId()!,
            RecordedAt = clock.GetUtcNow(),
        });
        if (toAssess)
        {
            assessment.DecisionToAssessOn = decidedOn;
        }
        else
        {
            assessment.RefusedOn = decidedOn;
        }

        var givenName = await notifications.GivenNameAsync(childId, cancellationToken);
        var message = toAssess
            ? NotificationWording.DecidedToAssess(givenName, StatutoryClock.FinalPlanDue(assessment.RequestReceivedOn))
            : NotificationWording.DecidedNotToAssess(givenName, StatutoryClock.AppealDue(decidedOn, null));
        await notifications.AddAsync(childId, Audience.Family, NotificationKind.DecisionMade, message, $"/children/{childId}/case", cancellationToken: cancellationToken);
        audit.Add(AuditKind.RecordChanged, toAssess ? "Decided to carry out an EHC needs assessment" : "Decided not to carry out an EHC needs assessment", caseworker, childId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two caseworkers (or one double click) deciding at once: the unique decision per case keeps the first.
            db.ChangeTracker.Clear();
            return false;
        }

        return true;
    }

    /// <summary>
    /// Records the decision, after assessing, not to issue a plan (Reg 10) with its reasons, closes the case, and tells the
    /// family of their appeal date, mediation and the information, advice and support service (s51(2)(b)). False when
    /// the case's decision was recorded by someone else first.
    /// </summary>
    public async Task<bool> RecordNoPlanAsync(AssessmentCase assessment, DateOnly decidedOn, string reasons, ClaimsPrincipal caseworker, CancellationToken cancellationToken = default)
    {
        var childId = assessment.ChildId!.Value;
        assessment.RecordNoPlan(decidedOn, reasons);

        // One decision a case: of two posts at once, the first to mark the case wins and the other changes nothing.
        var givenName = await notifications.GivenNameAsync(childId, cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.AssessmentCases.Where(c => c.Id == assessment.Id && c.NoPlanDecidedOn == null && c.ClosedOn == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.NoPlanDecidedOn, decidedOn), cancellationToken);
            if (claimed == 0)
            {
                db.ChangeTracker.Clear();
                return false;
            }

            await notifications.AddAsync(childId, Audience.Family, NotificationKind.NoPlanDecided,
                NotificationWording.NoPlanDecided(givenName, StatutoryClock.AppealDue(decidedOn, null)), $"/children/{childId}/case", caseworker.UserId(), cancellationToken);
            audit.Add(AuditKind.RecordChanged, "Decided not to issue an EHC plan (SEND Regulations 2014, regulation 10)", caseworker, childId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }

    /// <summary>
    /// Records, or brings up to date, the family's mediation about the case's latest appealable decision, and tells the
    /// family and the caseworker the last day to appeal, which a certificate can move (rule 20(1)).
    /// </summary>
    public async Task<DateOnly> RecordMediationAsync(AssessmentCase assessment, DateOnly contacted, bool pursued, DateOnly? councilTold, DateOnly? held, DateOnly? certificate,
        ClaimsPrincipal recordedBy, CancellationToken cancellationToken = default)
    {
        try
        {
            return await SaveMediationAsync(assessment, contacted, pursued, councilTold, held, certificate, recordedBy, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same mediation was first recorded by another post at the same moment (one a decision): update that one.
            db.ChangeTracker.Clear();
            var again = await db.AssessmentCases.Include(c => c.Mediations).Include(c => c.Cessations).SingleAsync(c => c.Id == assessment.Id, cancellationToken);
            return await SaveMediationAsync(again, contacted, pursued, councilTold, held, certificate, recordedBy, cancellationToken);
        }
    }

    private async Task<DateOnly> SaveMediationAsync(AssessmentCase assessment, DateOnly contacted, bool pursued, DateOnly? councilTold, DateOnly? held, DateOnly? certificate,
        ClaimsPrincipal recordedBy, CancellationToken cancellationToken)
    {
        var childId = assessment.ChildId!.Value;
        var decidedOn = assessment.AppealableDecisionOn ?? throw new InvalidOperationException("The case has no decision the family can appeal.");
        var mediation = assessment.CurrentMediation;
        if (mediation is null)
        {
            mediation = new Mediation { AssessmentCaseId = assessment.Id, DecisionOn = decidedOn };
            db.Mediations.Add(mediation);
            assessment.Mediations.Add(mediation);
        }

        mediation.AdviserContactedOn = contacted;
        mediation.Pursued = pursued;
        mediation.CouncilToldOn = councilTold;
        mediation.HeldOn = pursued ? held : null;
        mediation.CertificateOn = certificate;
        mediation.RecordedById = recordedBy.UserId();
        mediation.RecordedAt = clock.GetUtcNow();
        var appealBy = StatutoryClock.AppealDue(decidedOn, certificate);
        if (assessment.CurrentCessation is { IsCeasing: true } ceasing && ceasing.NoticeSentOn == decidedOn)
        {
            // The plan is maintained while the family may appeal: a certificate that moves the last day moves the day it stops.
            ceasing.CeasesOn = PlanCessation.CeasingDay(decidedOn, certificate);
        }

        var message = NotificationWording.MediationRecorded(await notifications.GivenNameAsync(childId, cancellationToken), appealBy);
        await notifications.AddAsync(childId, Audience.Family | Audience.Caseworker, NotificationKind.MediationRecorded, message, $"/children/{childId}/case", recordedBy.UserId(), cancellationToken);
        audit.Add(AuditKind.RecordChanged, certificate is null ? "Mediation recorded" : "Mediation recorded, with its certificate", recordedBy, childId);
        await db.SaveChangesAsync(cancellationToken);
        return appealBy;
    }

    /// <summary>Records an exception to time limits with its legal basis, its period and the limits it affects, and tells the family (CoP 9.43).</summary>
    public async Task RecordExceptionAsync(AssessmentCase assessment, TimescaleExceptionBasis basis, ExceptionLimits limits, DateOnly from, DateOnly? to,
        string details, ClaimsPrincipal caseworker, CancellationToken cancellationToken = default)
    {
        var childId = assessment.ChildId!.Value;
        var exception = new TimescaleException
        {
            AssessmentCaseId = assessment.Id,
            LegalBasis = basis,
            Limits = limits,
            FromOn = from,
            ToOn = to,
            Details = details.Trim(),
            RecordedById = caseworker.UserId(),
            RecordedAt = clock.GetUtcNow(),
        };
        db.TimescaleExceptions.Add(exception);
        await notifications.AddAsync(childId, Audience.Family, NotificationKind.ExceptionRecorded,
            NotificationWording.ExceptionRecorded(await notifications.GivenNameAsync(childId, cancellationToken), exception),
            $"/children/{childId}/case", caseworker.UserId(), cancellationToken);
        audit.Add(AuditKind.RecordChanged, $"Exception to the time limits recorded: {exception.LegalBasisText}", caseworker, childId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static (Child Child, AssessmentCase Case) Open(AssessmentRequest request, string? caseworkerId, Guid? teamId, DateOnly receivedOn, DateTimeOffset now)
    {
        var child = new Child
        {
            GivenName = request.ChildGivenName!.Trim(),
            FamilyName = request.ChildFamilyName!.Trim(),
            DateOfBirth = request.ChildDateOfBirth!.Value,
            CaseworkerId = caseworkerId,
            SendTeamId = teamId,
            CreatedAt = now,
        };
        var assessment = new AssessmentCase { ChildId = child.Id, RequestReceivedOn = receivedOn };
        child.Cases.Add(assessment);
        request.ChildId = child.Id;
        request.AssessmentCaseId = assessment.Id;
        return (child, assessment);
    }

    public static string Describe(RequesterKind kind) => kind switch
    {
        RequesterKind.Parent => "by a parent or carer",
        RequesterKind.YoungPerson => "by the young person",
        RequesterKind.SchoolOrSetting => "by a school or setting",
        _ => "by someone else",
    };
}
