namespace Devon.Send.Portal.Web.Records;

/// <summary>Keeping and destroying records, and the family's download of everything held.</summary>
public static class RecordServices
{
    public static IServiceCollection AddRecords(this IServiceCollection services, IConfiguration configuration)
    {
        RetentionOptions.Add(services, configuration);
        services.AddScoped<RecordRetention>();
        services.AddScoped<SubjectAccessExport>();
        return services;
    }
}
