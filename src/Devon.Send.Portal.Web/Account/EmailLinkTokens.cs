using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Devon.Send.Portal.Web.Account;

/// <summary>
/// The tokens in the links the portal emails to reset a password or to confirm a new email address: valid for
/// <see cref="Lifetime"/> from the portal's clock, for one purpose (which names the new address), and once, because they
/// carry the account's security stamp, which using them changes. Identity's own provider lasts a day and reads the
/// machine's clock; this one is short and can be tested.
/// </summary>
public sealed class EmailLinkTokens(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<PortalUser>
{
    public const string ProviderName = "EmailLink";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly IDataProtector _protector = protection.CreateProtector("Devon.Send.Portal.EmailLink");

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

    /// <summary>A token as it goes in a link's query string.</summary>
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>A token from a link's query string; null when it is missing or was damaged on the way.</summary>
    public static string? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
