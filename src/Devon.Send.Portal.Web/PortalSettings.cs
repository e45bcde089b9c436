namespace Devon.Send.Portal.Web;

/// <summary>A setting the portal cannot start with, and what to set instead. The message never repeats the value, which may be a secret.</summary>
public sealed record SettingProblem(string Setting, string WhatToSet);

/// <summary>The portal was started with settings it cannot run on: <c>Program</c> prints the message alone and exits.</summary>
public sealed class PortalSettingsException(string message) : Exception(message)
{
    /// <summary>EX_CONFIG from sysexits.h: the process manager sees a configuration error, not a crash.</summary>
    public const int ExitCode = 78;

    public PortalSettingsException(IReadOnlyList<SettingProblem> problems)
        : this(Describe(problems))
    {
    }

    private static string Describe(IReadOnlyList<SettingProblem> problems) =>
        $"The portal cannot start: {(problems.Count == 1 ? "one setting is" : $"{problems.Count} settings are")} missing or wrong.\n"
        + string.Concat(problems.Select(p => $"  {p.Setting}: {p.WhatToSet}\n"))
        + "Set them in the app's settings (on App Service, or as environment variables, write each ':' as '__', for example Database__Provider).";
}

public static class ConfigurationLists
{
    /// <summary>
    /// A list setting, given either as a JSON array (<c>"Key": ["a", "b"]</c>, or <c>Key__0</c>, <c>Key__1</c>) or as
    /// one value separated by commas, which is easier in an environment variable.
    /// </summary>
    public static IReadOnlyList<string> GetList(this IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        return [.. (section.Value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(section.GetChildren().Select(c => c.Value?.Trim()).OfType<string>())
            .Where(v => v.Length > 0)];
    }
}
