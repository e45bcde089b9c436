using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Security;

/// <summary>
/// Slows down guessing without locking a real person out: failed sign-ins are counted against the typed address
/// (whether or not it has an account) and against the account. After <see cref="Limit"/> failures with no gap longer
/// than <see cref="Window"/>, no password is checked until a wait has passed: 1 minute, then 2, 4, 8, and at most 15.
/// The counts are in the database, so every instance of the portal sees them.
/// </summary>
public sealed class SignInThrottles(PortalDbContext db, TimeProvider clock)
{
    public const int Limit = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan FirstWait = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);

    /// <summary>The typed address, trimmed and compared case-insensitively, hashed so that no address is stored.</summary>
    public static string AddressKey(string email) => Hash("address:" + email.Trim().ToUpperInvariant());

    public static string AccountKey(string userId) => Hash("account:" + userId);

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>How long is left to wait for any of these keys, or null if a password may be checked now.</summary>
    public async Task<TimeSpan?> WaitAsync(params string[] keys)
    {
        var now = clock.GetUtcNow();
        var until = await db.SignInThrottles.AsNoTracking().Where(t => keys.Contains(t.Key) && t.WaitUntil != null)
            .Select(t => t.WaitUntil).ToListAsync();
        var longest = until.Select(u => u!.Value).Where(u => u > now).DefaultIfEmpty(now).Max();
        return longest > now ? longest - now : null;
    }

    /// <summary>Counts a failure; true when it is the one that first makes this run wait (the time to warn the owner).</summary>
    public async Task<bool> FailedAsync(string key)
    {
        var now = clock.GetUtcNow();
        var throttle = await db.SignInThrottles.SingleOrDefaultAsync(t => t.Key == key);
        if (throttle is null)
        {
            var stale = now - TimeSpan.FromDays(1);
            await db.SignInThrottles.Where(t => t.LastFailureAt < stale).ExecuteDeleteAsync();
            throttle = new SignInThrottle { Key = key };
            db.SignInThrottles.Add(throttle);
        }
        else if (now - throttle.LastFailureAt > Window)
        {
            throttle.Failures = 0;
            throttle.Waits = 0;
            throttle.WaitUntil = null;
            throttle.OwnerWarnedAt = null;
        }

        throttle.Failures++;
        throttle.LastFailureAt = now;
        var firstWait = false;
        if (throttle.Failures >= Limit)
        {
            var wait = TimeSpan.FromTicks(Math.Min(FirstWait.Ticks << Math.Min(throttle.Waits, 8), LongestWait.Ticks));
            throttle.Waits++;
            throttle.WaitUntil = now + wait;
            firstWait = throttle.OwnerWarnedAt is null;
            throttle.OwnerWarnedAt ??= now;
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another request counted a first failure for the same key at the same moment; one count is enough.
            db.Entry(throttle).State = EntityState.Detached;
            return false;
        }

        return firstWait;
    }

    /// <summary>Forgets the failures of an account and of its address: it signed in, reset its password, or was unlocked.</summary>
    public async Task ClearAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        string[] keys = user.Email is { } email ? [AccountKey(user.Id), AddressKey(email)] : [AccountKey(user.Id)];
        await db.SignInThrottles.Where(t => keys.Contains(t.Key)).ExecuteDeleteAsync();
    }

    public async Task ClearAsync(string key) => await db.SignInThrottles.Where(t => t.Key == key).ExecuteDeleteAsync();
}
