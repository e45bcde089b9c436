using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Email;
using Microsoft.AspNetCore.Identity;

namespace Devon.Send.Portal.Web.Account;

/// <summary>
/// A forgotten password: a link by email to choose a new one. What the person asking is shown never depends on the
/// address; what is sent does: a link for an account with a password, a pointer to their organisation for staff who
/// sign in with their work account, and nothing for an address with no account or a disabled one.
/// </summary>
public sealed class PasswordReset(UserManager<PortalUser> users, PortalSessions sessions, PortalMail mail, PortalLinks links, AuditLog audit)
{
    public async Task AskAsync(string email, CancellationToken cancellationToken = default)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not { DisabledAt: null } user)
        {
            return;
        }

        if (!await users.HasPasswordAsync(user))
        {
            mail.SendInBackground(user.Email!, "Signing in to the Devon SEND Portal",
                """
                Someone asked to reset the password for this email address on the Devon SEND Portal.

                You sign in to the portal with your work account, so it has no password to reset. Select "Sign in with your work account" on the sign-in page. If you cannot sign in to your work account, contact your organisation's IT service desk.

                If you did not ask, you do not need to do anything.
                """);
            await audit.RecordForAsync(AuditKind.PasswordResetAsked, "Asked to reset a password; the account signs in with a work account", user, cancellationToken: cancellationToken);
            return;
        }

        var link = await LinkAsync(user);
        mail.SendInBackground(user.Email!, "Reset your password for the Devon SEND Portal",
            $"""
            Someone asked to reset the password for your account on the Devon SEND Portal.

            Choose a new password: {link}

            The link works once, for 1 hour. Choosing a new password signs you out everywhere you are signed in.

            If you did not ask, you do not need to do anything: your password has not changed.
            """);
        await audit.RecordForAsync(AuditKind.PasswordResetAsked, "Password reset link sent", user, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Someone has failed to sign in to the account often enough to be made to wait: its owner is told, once for each
    /// run of failures, and given a reset link, which lets them in at once whoever is guessing.
    /// </summary>
    public async Task WarnOfFailedSignInsAsync(PortalUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.DisabledAt is not null || !await users.HasPasswordAsync(user))
        {
            return;
        }

        var link = await LinkAsync(user);
        mail.SendInBackground(user.Email!, "Someone tried to sign in to your Devon SEND Portal account",
            $"""
            Someone has tried several times to sign in to your account on the Devon SEND Portal with the wrong password. For now, each new try has to wait a few minutes.

            If it was you and you have forgotten your password, choose a new one: {link}

            The link works once, for 1 hour. Choosing a new password lets you sign in straight away and signs you out everywhere else.

            If it was not you, nobody has signed in. You can still choose a new password with the link, and tell your SEND caseworker.
            """);
        await audit.RecordForAsync(AuditKind.PasswordResetAsked, "Too many failed sign-ins: the owner was emailed a reset link", user, cancellationToken: cancellationToken);
    }

    private async Task<string> LinkAsync(PortalUser user) =>
        links.To($"/account/reset-password?userId={Uri.EscapeDataString(user.Id)}&token={EmailLinkTokens.Encode(await users.GeneratePasswordResetTokenAsync(user))}");


    /// <summary>The account a link is for, if the link is still good: not used, not expired, not changed.</summary>
    public async Task<PortalUser?> AccountForLinkAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || EmailLinkTokens.Decode(token) is not { } decoded || await users.FindByIdAsync(userId) is not { DisabledAt: null } user)
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<PortalUser>.ResetPasswordTokenPurpose, decoded)
            ? user
            : null;
    }

    /// <summary>
    /// Sets the new password. The security stamp changes, so every session of the account ends and the link cannot be
    /// used again; the failed sign-in counts are cleared; the person is told by email.
    /// </summary>
    public async Task<IdentityResult> ResetAsync(PortalUser user, string token, string password, CancellationToken cancellationToken = default)
    {
        var result = await users.ResetPasswordAsync(user, EmailLinkTokens.Decode(token) ?? "", password);
        if (!result.Succeeded)
        {
            return result;
        }

        await sessions.EndAllAsync(user.Id, PortalSessions.Reasons.PasswordReset);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordForAsync(AuditKind.PasswordReset, "New password chosen from the reset link; every session ended", user, cancellationToken: cancellationToken);
        await mail.TrySendAsync(user.Email!, "Your Devon SEND Portal password has changed",
            """
            The password for your account on the Devon SEND Portal has just been changed, and you have been signed out everywhere.

            If you did not change it, reset it again from the sign-in page and tell your SEND caseworker.
            """, cancellationToken);
        return result;
    }
}
