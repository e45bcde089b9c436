namespace Devon.Send.Portal.Web.Pages.Home;

/// <summary>Each person's home page.</summary>
public static class HomeServices
{
    public static IServiceCollection AddHome(this IServiceCollection services) => services.AddScoped<HomeQueries>();
}
