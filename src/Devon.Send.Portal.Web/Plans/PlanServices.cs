namespace Devon.Send.Portal.Web.Plans;

/// <summary>EHC plans: the append-only store, its verification, drafts and feedback on drafts.</summary>
public static class PlanServices
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddScoped<PlanStore>();
        services.AddScoped<PlanVerification>();
        services.AddScoped<DraftFeedback>();
        services.AddScoped<SectionDrafts>();
        return services;
    }
}
