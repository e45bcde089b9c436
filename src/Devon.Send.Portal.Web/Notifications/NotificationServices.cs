namespace Devon.Send.Portal.Web.Notifications;

/// <summary>Notifications in the portal and by email.</summary>
public static class NotificationServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NotificationOptions>(configuration.GetSection("Notifications"));
        services.AddScoped<CaseNotifications>();
        services.AddSingleton<NotificationMailer>();
        services.AddSingleton<NotificationCommitInterceptor>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationMailer>());
        return services;
    }
}
