using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Account;

/// <summary>
/// Identity's account rules, with failed sign-ins slowing the account down (<see cref="SignInThrottles"/>) rather than
/// locking it for a fixed time: Identity's lockout end date is never set, and "locked out" means "must wait". The
/// failed count Identity keeps is still counted, for the administrator's view of the account.
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
    SignInThrottles throttles)
    : UserManager<PortalUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private readonly IServiceProvider _services = services;

    public override async Task<bool> IsLockedOutAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await throttles.WaitAsync(SignInThrottles.AccountKey(user.Id)) is not null;
    }

    public override async Task<IdentityResult> AccessFailedAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await ((IUserLockoutStore<PortalUser>)Store).IncrementAccessFailedCountAsync(user, CancellationToken);
        var result = await UpdateUserAsync(user);
        // The owner hears of it once per run of failures, with a reset link, so a real person is never stuck.
        if (await throttles.FailedAsync(SignInThrottles.AccountKey(user.Id)))
        {
            await _services.GetRequiredService<PasswordReset>().WarnOfFailedSignInsAsync(user, CancellationToken);
        }

        return result;
    }

    public override async Task<IdentityResult> ResetAccessFailedCountAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await throttles.ClearAsync(user);
        return await base.ResetAccessFailedCountAsync(user);
    }
}
