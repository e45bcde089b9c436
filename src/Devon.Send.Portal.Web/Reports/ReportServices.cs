namespace Devon.Send.Portal.Web.Reports;

/// <summary>The council's performance figures and the import of case history they are made from.</summary>
public static class ReportServices
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<PerformanceFigures>();
        services.AddScoped<CaseHistoryImport>();
        services.AddSingleton<CaseImportJobs>();
        services.AddHostedService(sp => sp.GetRequiredService<CaseImportJobs>());
        return services;
    }
}
