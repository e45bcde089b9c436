namespace Devon.Send.Portal.Web.Pages.Requests;

/// <summary>Requests for an EHC needs assessment and the decision whether to assess.</summary>
public static class RequestServices
{
    public static IServiceCollection AddRequests(this IServiceCollection services) => services.AddScoped<AssessmentRequests>();
}
