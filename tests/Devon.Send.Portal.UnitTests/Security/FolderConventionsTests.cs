using Devon.Send.Portal.Web.Security;

namespace Devon.Send.Portal.UnitTests.Security;

/// <summary>Each page folder's Conventions class decides what its pages need; these pin down how that is resolved.</summary>
public sealed class FolderConventionsTests
{
    private static readonly FolderConventionsApplier Applier = new();

    [Theory]
    // A page of a folder with its own need.
    [InlineData("/Children/Reviews/Arrange", PortalPolicies.CaseManagement, ChildAction.Manage, ChildRefusal.Forbidden)]
    [InlineData("/Children/Reviews/Meeting", PortalPolicies.CaseManagement, ChildAction.Manage, ChildRefusal.Forbidden)]
    [InlineData("/Children/Case/Decision", PortalPolicies.CaseManagement, ChildAction.Manage, ChildRefusal.Forbidden)]
    [InlineData("/Children/Advice/Ask", PortalPolicies.CaseManagement, ChildAction.Manage, ChildRefusal.Forbidden)]
    [InlineData("/Children/Plan/Issue", PortalPolicies.SignedIn, ChildAction.Manage, ChildRefusal.Forbidden)]
    [InlineData("/Children/Plan/Versions/Response", PortalPolicies.SignedIn, ChildAction.RespondToDraft, ChildRefusal.Forbidden)]
    [InlineData("/Children/Plan/Versions/Responses", PortalPolicies.SignedIn, ChildAction.Manage, ChildRefusal.Forbidden)]
    [InlineData("/Children/Access/Remove", PortalPolicies.SignedIn, ChildAction.Manage, ChildRefusal.NotFound)]
    [InlineData("/Children/Access/FamilyAccess", PortalPolicies.SignedIn, ChildAction.DecideFamilyAccess, ChildRefusal.NotFound)]
    [InlineData("/Children/Access/WhoHasLooked", PortalPolicies.SignedIn, ChildAction.SeeWhoHasLooked, ChildRefusal.NotFound)]
    [InlineData("/Children/YourData", PortalPolicies.SignedIn, ChildAction.DownloadData, ChildRefusal.NotFound)]
    // A page of a folder that takes the folder's access.
    [InlineData("/Children/Reviews/Index", PortalPolicies.SignedIn, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Children/Reviews/Views", PortalPolicies.SignedIn, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Children/Case/Index", PortalPolicies.SignedIn, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Children/Access/Index", PortalPolicies.SignedIn, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Children/Plan/Index", PortalPolicies.SignedIn, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Children/Plan/Versions/Comments", PortalPolicies.SignedIn, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Requests/Incoming/Index", PortalPolicies.CaseManagement, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Requests/Incoming/Record", PortalPolicies.CaseManagement, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Requests/Form", PortalPolicies.RequestAssessment, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Audit/Index", PortalPolicies.AuditSearch, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Dashboard/Import", PortalPolicies.Dashboard, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/LocalOffer/Editor/Edit", PortalPolicies.LocalOfferEditing, ChildAction.View, ChildRefusal.Forbidden)]
    // A folder without a Conventions class takes the nearest one above it.
    [InlineData("/Children/Plan/Sections/Edit", PortalPolicies.SignedIn, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Admin/Users/Edit", PortalPolicies.Administration, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Admin/Teams/Index", PortalPolicies.Administration, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Home/Index", PortalPolicies.SignedIn, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Notifications/Index", PortalPolicies.SignedIn, ChildAction.View, ChildRefusal.Forbidden)]
    [InlineData("/Index", PortalPolicies.SignedIn, ChildAction.View, ChildRefusal.Forbidden)]
    public void AccessFor_ThePage_IsWhatItsNearestFolderDeclares(string page, string policy, ChildAction child, ChildRefusal refusal)
    {
        Assert.Equal(new PageAccess(policy, child, refusal), Applier.AccessFor(page));
    }

    [Theory]
    // Plan's own pages list Issue; a page of that name in a folder below Plan is not one of them.
    [InlineData("/Children/Plan/Sections/Issue", "/Children/Plan/Issue")]
    [InlineData("/Children/Plan/Sections/Edit", "/Children/Plan/Issue")]
    // Children's own pages list YourData; the Case folder declares its own access and takes none of Children's.
    [InlineData("/Children/Case/YourData", "/Children/YourData")]
    public void AccessFor_APageInAFolderBelow_DoesNotTakeAPageOverrideOfTheFolderAbove(string page, string overridden)
    {
        Assert.NotEqual(Applier.AccessFor(overridden), Applier.AccessFor(page));
        Assert.Equal(new PageAccess(PortalPolicies.SignedIn), Applier.AccessFor(page));
    }

    [Fact]
    public void AccessFor_APageOfAFolderWithoutConventions_FallsBackToTheRootPagesConventions()
    {
        var root = new Web.Pages.Conventions().Access;

        Assert.Equal(root, Applier.AccessFor("/Home/Index"));
        Assert.Equal(root, Applier.AccessFor("/Help/Cookies"));
        Assert.Equal(root, Applier.AccessFor("/Account/SignIn"));
    }

    [Fact]
    public void EveryConventionsClass_NamesOnlyPagesThatExistInItsFolder()
    {
        var missing = new List<string>();
        foreach (var type in ConventionsTypes())
        {
            var folder = FolderConventionsApplier.FolderOf(type);
            var directory = Path.Combine([SourceTree.Web, "Pages", .. folder.Split('/', StringSplitOptions.RemoveEmptyEntries)]);
            Assert.True(Directory.Exists(directory), $"{type.FullName} is for {folder}, which is not a folder under Pages/.");
            Assert.True(File.Exists(Path.Combine(directory, "Conventions.cs")), $"{type.FullName} is not declared in {folder}/Conventions.cs.");
            var conventions = (FolderConventions)Activator.CreateInstance(type)!;
            missing.AddRange(conventions.Pages.Keys
                .Where(page => !File.Exists(Path.Combine(directory, page + ".cshtml")))
                .Select(page => $"{type.FullName}: {page} (no Pages{folder}/{page}.cshtml)".Replace("//", "/", StringComparison.Ordinal)));
        }

        Assert.True(missing.Count == 0, "Conventions name pages that do not exist:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void EveryPage_HasAnAccess()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(SourceTree.Web, "Pages"), "*.cshtml", SearchOption.AllDirectories)
            .Where(f => File.ReadLines(f).FirstOrDefault()?.TrimStart().StartsWith("@page", StringComparison.Ordinal) == true)
            .Select(f => "/" + Path.GetRelativePath(Path.Combine(SourceTree.Web, "Pages"), f)[..^".cshtml".Length].Replace('\\', '/'))
            .ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.NotNull(Applier.AccessFor(page)));
    }

    private static IEnumerable<Type> ConventionsTypes()
    {
        var types = typeof(FolderConventions).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(FolderConventions)) && !t.IsAbstract).ToList();
        Assert.NotEmpty(types);
        return types;
    }
}
