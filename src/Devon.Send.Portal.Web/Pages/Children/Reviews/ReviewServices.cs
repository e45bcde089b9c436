namespace Devon.Send.Portal.Web.Pages.Children.Reviews;

/// <summary>Annual reviews, and the council's target for reviewing the plans of children under 5.</summary>
public static class ReviewServices
{
    public static IServiceCollection AddReviews(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CouncilTargets>(configuration.GetSection(CouncilTargets.Section));
        return services.AddScoped<AnnualReviews>();
    }
}
