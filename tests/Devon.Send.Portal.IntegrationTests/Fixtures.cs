namespace Devon.Send.Portal.IntegrationTests;

/// <summary>The repository's tests/fixtures folder: a sample case-history file and the figures it must give.</summary>
public static class Fixtures
{
    public static string Folder { get; } = Find();

    public static string SampleCases => Path.Combine(Folder, "assessments-sample.csv");

    public static string SampleFigures => Path.Combine(Folder, "assessments-sample.expected.csv");

    private static string Find()
    {
        for (var folder = AppContext.BaseDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var candidate = Path.Combine(folder, "tests", "fixtures");
            if (File.Exists(Path.Combine(candidate, "assessments-sample.csv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/fixtures was not found above " + AppContext.BaseDirectory);
    }
}
