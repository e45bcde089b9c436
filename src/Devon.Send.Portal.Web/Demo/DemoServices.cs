namespace Devon.Send.Portal.Web.Demo;

/// <summary>The demo data a new portal is filled with.</summary>
public static class DemoServices
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeding>();
        services.AddScoped<DemoData>();
        services.AddScoped<DemoPlans>();
        return services;
    }
}
