using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Devon.Send.Portal.Web.Security;

/// <summary>How a page refuses a person who may see the child but lacks the permission it needs.</summary>
public enum ChildRefusal
{
    /// <summary>403: the person can see the record and is told this part is not theirs to use.</summary>
    Forbidden,

    /// <summary>404: the page is not one this person could have been sent to, so it is not said to exist.</summary>
    NotFound,
}

/// <summary>
/// What a page needs: a role policy, and the permission on the child its address names (<c>{childId}</c>), which the
/// child filter checks before any handler runs.
/// </summary>
public sealed record PageAccess(string Policy, ChildAction Child = ChildAction.View, ChildRefusal Refusal = ChildRefusal.Forbidden);

/// <summary>
/// Each page folder declares what its pages need in a <c>Conventions</c> class beside them: the folder's access,
/// and any page of the folder that needs something else. A folder without one takes its parent's. Pages anyone may
/// open say so on the page itself with <c>[AllowAnonymous]</c>.
/// </summary>
public abstract class FolderConventions
{
    public abstract PageAccess Access { get; }

    /// <summary>Pages of this folder, by file name without extension, that need other than <see cref="Access"/>.</summary>
    public virtual IReadOnlyDictionary<string, PageAccess> Pages { get; } = new Dictionary<string, PageAccess>();
}

/// <summary>The child permission a page needs, as endpoint metadata for the child filter.</summary>
public sealed record ChildActionRequired(ChildAction Permission, ChildRefusal Refusal);

/// <summary>Applies every folder's <see cref="FolderConventions"/> to its pages.</summary>
public sealed class FolderConventionsApplier : IPageApplicationModelConvention
{
    private const string PagesNamespace = "Devon.Send.Portal.Web.Pages";
    private readonly Dictionary<string, FolderConventions> _folders;

    public FolderConventionsApplier()
    {
        _folders = typeof(FolderConventions).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(FolderConventions)) && !t.IsAbstract)
            .ToDictionary(FolderOf, t => (FolderConventions)Activator.CreateInstance(t)!, StringComparer.OrdinalIgnoreCase);
    }

    public static string FolderOf(Type conventions) =>
        "/" + (conventions.Namespace ?? "").Replace(PagesNamespace, "", StringComparison.Ordinal).TrimStart('.').Replace('.', '/');

    /// <summary>What the page at this view path (for example <c>/Children/Reviews/Arrange</c>) needs.</summary>
    public PageAccess AccessFor(string viewEnginePath)
    {
        var page = viewEnginePath[(viewEnginePath.LastIndexOf('/') + 1)..];
        for (var folder = viewEnginePath[..viewEnginePath.LastIndexOf('/')]; ; folder = folder[..folder.LastIndexOf('/')])
        {
            if (_folders.TryGetValue(folder.Length == 0 ? "/" : folder, out var conventions))
            {
                return folder == viewEnginePath[..viewEnginePath.LastIndexOf('/')] && conventions.Pages.TryGetValue(page, out var own)
                    ? own
                    : conventions.Access;
            }

            if (folder.Length == 0)
            {
                throw new InvalidOperationException("Pages/Conventions.cs must declare the access of every page.");
            }
        }
    }

    public void Apply(PageApplicationModel model)
    {
        var access = AccessFor(model.ViewEnginePath);
        model.EndpointMetadata.Add(new ChildActionRequired(access.Child, access.Refusal));
        if (!model.HandlerTypeAttributes.OfType<IAllowAnonymous>().Any() && !model.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            model.EndpointMetadata.Add(new AuthorizeAttribute(access.Policy));
        }
    }
}
