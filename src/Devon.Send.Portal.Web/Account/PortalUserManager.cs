using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Account;

/// <summary>
/// Identity's account rules, with lockouts timed by the portal's <see cref="TimeProvider"/> like everything else,
/// rather than by the system clock Identity reads directly.
/// </summary>
public sealed class PortalUserManager(
    IUserStore<PortalUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<PortalUser> passwordHasher,
    IEnumerable<IUserValidator<PortalUser>> userValidators,
    IEnumerable<IPasswordValidator<PortalUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<PortalUser>> logger,
    TimeProvider clock)
    : UserManager<PortalUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<bool> IsLockedOutAsync(PortalUser user) =>
        SupportsUserLockout && await GetLockoutEnabledAsync(user) && await GetLockoutEndDateAsync(user) is { } end && end >= clock.GetUtcNow();

    public override async Task<IdentityResult> AccessFailedAsync(PortalUser user)
    {
        var lockouts = (IUserLockoutStore<PortalUser>)Store;
        var count = await lockouts.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await lockouts.SetLockoutEndDateAsync(user, clock.GetUtcNow() + Options.Lockout.DefaultLockoutTimeSpan, CancellationToken);
            await lockouts.ResetAccessFailedCountAsync(user, CancellationToken);
        }

        return await UpdateUserAsync(user);
    }
}
