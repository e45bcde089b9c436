using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Email;
using Microsoft.AspNetCore.Identity;

namespace Devon.Send.Portal.Web.Account;

/// <summary>
/// A forgotten password: a link by email to choose a new one. What the person asking is shown never depends on the
/// address; what is sent does: a link for an account with a password, a pointer to their organisation for staff who
/// sign in with their work account, and nothing for an address with no account or a disabled one.
/// </summary>
public sealed class PasswordReset(UserManager<PortalUser> users, PortalMail mail, PortalLinks links, AuditLog audit)
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

        var token = EmailLinkTokens.Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = links.To($"/account/reset-password?userId={Uri.EscapeDataString(user.Id)}&token={token}");
        mail.SendInBackground(user.Email!, "Reset your password for the Devon SEND Portal",
            $"""
            Someone asked to reset the password for your account on the Devon SEND Portal.

            Choose a new password: {link}

            The link works once, for 1 hour. Choosing a new password signs you out everywhere you are signed in.

            If you did not ask, you do not need to do anything: your password has not changed.
            """);
        await audit.RecordForAsync(AuditKind.PasswordResetAsked, "Password reset link sent", user, cancellationToken: cancellationToken);
    }


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
    /// used again; a lockout from failed sign-ins is lifted; the person is told by email.
    /// </summary>
    public async Task<IdentityResult> ResetAsync(PortalUser user, string token, string password, CancellationToken cancellationToken = default)
    {
        var result = await users.ResetPasswordAsync(user, EmailLinkTokens.Decode(token) ?? "", password);
        if (!result.Succeeded)
        {
            return result;
        }

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
