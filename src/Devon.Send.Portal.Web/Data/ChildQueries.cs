using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Data;

public static class ChildQueries
{
    /// <summary>The child's name as the portal shows it (<see cref="ChildName"/>), read without loading the child.</summary>
    public static Task<string> NameOfAsync(this IQueryable<Child> children, Guid childId, CancellationToken cancellationToken = default) =>
        children.Where(c => c.Id == childId).Select(ChildName.Full).SingleAsync(cancellationToken);
}
