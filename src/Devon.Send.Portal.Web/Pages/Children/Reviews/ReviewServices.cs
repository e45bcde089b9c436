namespace Devon.Send.Portal.Web.Pages.Children.Reviews;

/// <summary>Annual reviews.</summary>
public static class ReviewServices
{
    public static IServiceCollection AddReviews(this IServiceCollection services) => services.AddScoped<AnnualReviews>();
}
