namespace Devon.Send.Portal.Web.Account;

/// <summary>Family accounts: invitation codes and email confirmation.</summary>
public static class AccountServices
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<AccountInvitations>();
        services.AddScoped<EmailConfirmation>();
        services.AddScoped<PasswordReset>();
        services.AddScoped<EmailChange>();
        return services;
    }
}
