namespace Devon.Send.Portal.Web.Pages.Children.Advice;

/// <summary>Advice for an assessment: asking, writing and chasing it.</summary>
public static class AdviceServices
{
    public static IServiceCollection AddAdvice(this IServiceCollection services) => services.AddScoped<AdviceService>();
}
