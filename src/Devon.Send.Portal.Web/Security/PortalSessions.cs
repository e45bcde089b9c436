using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Security;

/// <summary>
/// Every sign-in is a <see cref="PortalSession"/> record, and every request checks it, so signing out, timing out and
/// "sign out everywhere" end a session for good on every instance, whatever copies of its cookie exist.
/// </summary>
public sealed class PortalSessions(PortalDbContext db, TimeProvider clock)
{
    /// <summary>The claim in the auth cookie that names its session record.</summary>
    public const string Claim = "portal:session";

    /// <summary>When a session was last seen is written no more often than this, so a busy page adds no write per request.</summary>
    public static readonly TimeSpan SeenInterval = TimeSpan.FromMinutes(1);

    /// <summary>Ended and idle records are deleted this long after they were last used.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public static class Reasons
    {
        public const string SignedOut = "SignedOut";
        public const string SignedOutEverywhere = "SignedOutEverywhere";
        public const string TimedOut = "TimedOut";
        public const string PasswordReset = "PasswordReset";
        public const string EmailChanged = "EmailChanged";
        public const string TurnedOff = "TurnedOff";
    }

    private enum Check
    {
        Ended,
        Holds,
        Renewed,
    }

    /// <summary>
    /// Wires the record into the auth cookie: a record for each sign-in (a refreshed sign-in keeps its own), and a check
    /// of it before Identity's own checks on every request. The cookie is renewed only when the record is, so the
    /// cookie and the record agree on when the session goes idle.
    /// </summary>
    public static void Use(CookieAuthenticationEvents events)
    {
        var signingIn = events.OnSigningIn;
        events.OnSigningIn = async context =>
        {
            await signingIn(context);
            if (context.Principal?.UserId() is { } userId && !context.Principal.HasClaim(c => c.Type == Claim))
            {
                var id = await context.HttpContext.RequestServices.GetRequiredService<PortalSessions>().StartAsync(userId);
                context.Principal.Identities.First().AddClaim(new Claim(Claim, id));
            }
        };

        var validate = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            var sessions = context.HttpContext.RequestServices.GetRequiredService<PortalSessions>();
            var check = await sessions.CheckAsync(context.Principal, renew: !SessionTimeout.IsStatusCheck(context.Request));
            if (check == Check.Ended)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await validate(context);
            if (context.Principal is not null)
            {
                context.ShouldRenew = check == Check.Renewed;
            }
        };
    }

    /// <summary>Copies the session claim into a principal rebuilt from the database (the security stamp check does that).</summary>
    public static void CarryOver(ClaimsPrincipal? from, ClaimsPrincipal? to)
    {
        if (from?.FindFirstValue(Claim) is { } id && to?.Identities.FirstOrDefault() is { } identity && !identity.HasClaim(c => c.Type == Claim))
        {
            identity.AddClaim(new Claim(Claim, id));
        }
    }

    private async Task<string> StartAsync(string userId)
    {
        var now = clock.GetUtcNow();
        var stale = now - KeptFor;
        await db.PortalSessions.Where(s => s.LastSeenAt < stale).ExecuteDeleteAsync();
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        db.PortalSessions.Add(new PortalSession { Id = id, UserId = userId, StartedAt = now, LastSeenAt = now });
        await db.SaveChangesAsync();
        return id;
    }

    private async Task<Check> CheckAsync(ClaimsPrincipal? principal, bool renew)
    {
        var id = principal?.FindFirstValue(Claim);
        var userId = principal?.UserId();
        if (id is null || userId is null)
        {
            return Check.Ended;
        }

        var session = await db.PortalSessions.AsNoTracking().Where(s => s.Id == id && s.UserId == userId)
            .Select(s => new { s.LastSeenAt, s.EndedAt }).SingleOrDefaultAsync();
        var now = clock.GetUtcNow();
        if (session is null || session.EndedAt is not null)
        {
            return Check.Ended;
        }

        if (now - session.LastSeenAt > SessionTimeout.Idle)
        {
            await EndWhereAsync(s => s.Id == id, Reasons.TimedOut);
            return Check.Ended;
        }

        if (!renew || now - session.LastSeenAt < SeenInterval)
        {
            return Check.Holds;
        }

        await db.PortalSessions.Where(s => s.Id == id && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now));
        return Check.Renewed;
    }

    /// <summary>Ends the session of the signed-in person who asks.</summary>
    public Task EndAsync(ClaimsPrincipal user, string reason) =>
        user.FindFirstValue(Claim) is { } id ? EndWhereAsync(s => s.Id == id, reason) : Task.CompletedTask;

    /// <summary>Ends every session the account has, on every device.</summary>
    public Task EndAllAsync(string userId, string reason) => EndWhereAsync(s => s.UserId == userId, reason);

    private async Task EndWhereAsync(System.Linq.Expressions.Expression<Func<PortalSession, bool>> which, string reason)
    {
        var now = clock.GetUtcNow();
        await db.PortalSessions.Where(which).Where(s => s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason));
    }
}
