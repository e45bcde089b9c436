namespace Devon.Send.Portal.Web.Infrastructure;

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
