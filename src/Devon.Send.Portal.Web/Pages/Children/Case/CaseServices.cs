namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>The case's own services: appeals to the Tribunal and what the council must do after them.</summary>
public static class CaseServices
{
    public static IServiceCollection AddCase(this IServiceCollection services) => services.AddScoped<TribunalAppeals>();
}
