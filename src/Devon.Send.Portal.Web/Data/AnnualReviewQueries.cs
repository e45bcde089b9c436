using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Data;

public static class AnnualReviewQueries
{
    /// <summary>The case's open review whose meeting is recorded: the one a plan amendment belongs to.</summary>
    public static Task<AnnualReview?> AfterMeetingAsync(this PortalDbContext db, Guid caseId, CancellationToken cancellationToken = default) =>
        db.AnnualReviews.Where(r => r.AssessmentCaseId == caseId && r.CompletedOn == null && r.MeetingRecordedAt != null)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The child's open review with proposed amendments issued: the one the family responds to.</summary>
    public static Task<AnnualReview?> AmendingAsync(this PortalDbContext db, Guid childId, CancellationToken cancellationToken = default) =>
        db.AnnualReviews
            .Where(r => r.CompletedOn == null && r.AmendmentNoticeOn != null && db.AssessmentCases.Any(c => c.Id == r.AssessmentCaseId && c.ChildId == childId))
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
}
