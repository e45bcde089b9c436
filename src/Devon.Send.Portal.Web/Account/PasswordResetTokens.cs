using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Devon.Send.Portal.Web.Account;

/// <summary>
/// The tokens in password reset links: valid for <see cref="Lifetime"/> from the portal's clock, and once, because
/// they carry the account's security stamp, which a reset changes. Identity's own provider lasts a day and reads the
/// machine's clock; this one is short and can be tested.
/// </summary>
public sealed class PasswordResetTokens(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<PortalUser>
{
    public const string ProviderName = "PasswordReset";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly IDataProtector _protector = protection.CreateProtector("Devon.Send.Portal.PasswordReset");

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(false);

    public async Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var stamp = await manager.GetSecurityStampAsync(user);
        var created = clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture);
        return _protector.Protect(string.Join('\n', created, await manager.GetUserIdAsync(user), purpose, stamp));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        string[] parts;
        try
        {
            parts = _protector.Unprotect(token).Split('\n');
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }

        if (parts.Length != 4 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return false;
        }

        var age = clock.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        return age >= TimeSpan.Zero && age <= Lifetime
            && parts[1] == await manager.GetUserIdAsync(user)
            && parts[2] == purpose
            && parts[3] == await manager.GetSecurityStampAsync(user);
    }
}
