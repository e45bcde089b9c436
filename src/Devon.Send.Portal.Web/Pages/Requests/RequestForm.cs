using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Requests;

public static class RequestForm
{
    public static readonly IReadOnlyList<string> Steps = ["child", "needs", "views"];

    public static readonly IReadOnlyList<(string Value, string Label)> Relationships =
        [("Mother", "Their mother"), ("Father", "Their father"), ("Carer", "Their carer or guardian"), (FamilyLink.Self, "I am the young person")];

    public static RequesterKind KindFor(ClaimsPrincipal user) =>
        user.IsInRole(PortalRoles.Parent) ? RequesterKind.Parent
        : user.IsInRole(PortalRoles.YoungPerson) ? RequesterKind.YoungPerson
        : RequesterKind.SchoolOrSetting;

    /// <summary>The author's own unsubmitted request, or null: nobody else's request is ever shown or changed.</summary>
    public static Task<AssessmentRequest?> FindDraftAsync(PortalDbContext db, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        return db.AssessmentRequests.SingleOrDefaultAsync(r => r.Id == id && r.AuthorId == userId, cancellationToken);
    }

    /// <summary>What is wrong with a child's date of birth for a request, against the 0–25 age range; null when nothing is.</summary>
    public static string? DateOfBirthProblem(DateOnly dateOfBirth, DateOnly today) => AgeRange.Check(dateOfBirth, today) switch
    {
        AgeCheck.NotYetBorn => "Their date of birth must be today or in the past",
        AgeCheck.TooOld => "EHC plans are for children and young people up to the age of 25",
        _ => null,
    };
}
