using System.Security.Claims;
using Devon.Send.Portal.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Requests.TransferIn;

/// <summary>The child whose plan was taken in, or why it was not.</summary>
public sealed record TransferInResult(Guid? ChildId, string? Problem);

/// <summary>
/// A plan arriving from another council (SEND Regulations 2014, regulation 15(3)): the child, a case marked as
/// transferred in, and the plan with its issued history exactly as the package holds it, ids and hashes included, so the
/// portal's history, comparison and verification read it as they read a plan made here.
/// </summary>
public sealed class PlansTransferredIn(PortalDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string AlreadyHere = "This plan is already in the portal as a plan made by this council, so it cannot be taken in again";

    /// <summary>Takes the plan in once: a confirm repeated, or sent twice at once, finds the child the first one created.</summary>
    /// <param name="transferredOn">The date of the transfer: the day the old council sent the plan (Reg 15(2)).</param>
    public async Task<TransferInResult> ImportAsync(PackageReading reading, DateOnly transferredOn, ClaimsPrincipal caseworker, CancellationToken cancellationToken = default)
    {
        var package = reading.Package!;
        if (await ExistingAsync(package.Plan.Id, cancellationToken) is { } existing)
        {
            return existing;
        }

        var userId = caseworker.UserId()!;
        var teamId = await db.Users.Where(u => u.Id == userId).Select(u => u.SendTeamId).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var child = new Child
        {
            GivenName = package.Child.GivenName.Trim(),
            FamilyName = package.Child.FamilyName.Trim(),
            DateOfBirth = package.Child.DateOfBirth,
            CaseworkerId = userId,
            SendTeamId = teamId,
            CreatedAt = now,
        };

        // The plan was made elsewhere: its case starts and ends its assessment on the day the plan was made, so no
        // assessment limit runs here, and the day it was sent marks it as transferred in.
        var assessment = new AssessmentCase
        {
            ChildId = child.Id,
            RequestReceivedOn = package.PlanMadeOn,
            FinalPlanIssuedOn = package.PlanMadeOn,
            LastAnnualReviewOn = package.PlanOrLastReviewOn > package.PlanMadeOn ? package.PlanOrLastReviewOn : null,
            TransferredInOn = transferredOn,
            FromCouncil = package.FromCouncil.Trim(),
        };
        child.Cases.Add(assessment);
        db.Children.Add(child);
        db.Plans.Add(new EhcPlan { Id = package.Plan.Id, ChildId = child.Id, AssessmentCaseId = assessment.Id, CreatedAt = now, CreatedById = userId });
        db.SectionRevisions.AddRange(reading.Revisions);
        db.PlanVersions.AddRange(reading.Versions);
        audit.Add(AuditKind.RecordChanged,
            $"Plan transferred in from {assessment.FromCouncil}: {reading.Versions.Count} issued versions, last hash {reading.Versions[^1].Hash[..12]} (SEND Regulations 2014, regulation 15(3))",
            caseworker, child.Id, PlanAnchor.Of(reading.Versions[^1]));
        // The audit log vouches for the history as it arrived: each section's newest revision, as for a save made here.
        foreach (var newest in reading.Revisions.GroupBy(r => r.SectionCode).Select(g => g.MaxBy(r => r.Number)!).OrderBy(r => r.SectionCode, StringComparer.Ordinal))
        {
            audit.Add(AuditKind.RecordChanged, $"Section {newest.SectionCode} transferred in (revision {newest.Number})", caseworker, child.Id, PlanAnchor.Of(newest));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another confirm took it in a moment ago (the plan's id is its key), or a row of the plan is already here.
            db.ChangeTracker.Clear();
            return await ExistingAsync(package.Plan.Id, cancellationToken) ?? new TransferInResult(null, AlreadyHere);
        }

        return new TransferInResult(child.Id, null);
    }

    private async Task<TransferInResult?> ExistingAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.ChildId, TransferredIn = db.AssessmentCases.Any(c => c.Id == p.AssessmentCaseId && c.TransferredInOn != null) })
            .FirstOrDefaultAsync(cancellationToken);
        return plan switch
        {
            null => null,
            { TransferredIn: true } => new TransferInResult(plan.ChildId, null),
            _ => new TransferInResult(null, AlreadyHere),
        };
    }
}
