namespace Devon.Send.Portal.UnitTests;

/// <summary>The repository's source, found from the test's output folder, for tests of how the code is laid out.</summary>
public static class SourceTree
{
    /// <summary>The folder holding Devon.Send.Portal.sln.</summary>
    public static string Root { get; } = Find();

    /// <summary>src/Devon.Send.Portal.Web.</summary>
    public static string Web { get; } = Path.Combine(Root, "src", "Devon.Send.Portal.Web");

    private static string Find()
    {
        for (var folder = AppContext.BaseDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "Devon.Send.Portal.sln")))
            {
                return folder;
            }
        }

        throw new DirectoryNotFoundException("Devon.Send.Portal.sln was not found above " + AppContext.BaseDirectory);
    }
}
