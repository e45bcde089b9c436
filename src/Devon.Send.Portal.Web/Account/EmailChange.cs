using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Email;
using Microsoft.AspNetCore.Identity;

namespace Devon.Send.Portal.Web.Account;

/// <summary>
/// A new email address for an account with a password: confirmed by a link sent to the new address, with the old
/// address told at each step. Confirming changes the address the person signs in with, and ends every session.
/// </summary>
public sealed class EmailChange(UserManager<PortalUser> users, PortalSessions sessions, PortalMail mail, PortalLinks links, AuditLog audit)
{
    /// <summary>
    /// Sends the link to <paramref name="newEmail"/>. If that address already has an account, it is told so instead,
    /// and the person asking is shown the same page either way.
    /// </summary>
    public async Task AskAsync(PortalUser user, string newEmail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        newEmail = newEmail.Trim();
        if (await users.FindByEmailAsync(newEmail) is not null)
        {
            mail.SendInBackground(newEmail, "Your email address on the Devon SEND Portal",
                """
                Someone signed in to the Devon SEND Portal asked to use this email address for their account, but this address already has an account of its own, so nothing has changed.

                If you asked, sign in with this address instead. If you did not, you do not need to do anything.
                """);
        }
        else
        {
            var token = EmailLinkTokens.Encode(await users.GenerateChangeEmailTokenAsync(user, newEmail));
            var link = links.To($"/account/confirm-email-change?userId={Uri.EscapeDataString(user.Id)}&email={Uri.EscapeDataString(newEmail)}&token={token}");
            mail.SendInBackground(newEmail, "Confirm your new email address for the Devon SEND Portal",
                $"""
                You asked to use this email address to sign in to the Devon SEND Portal.

                Confirm it: {link}

                The link works once, for 1 hour. Until you confirm it, you sign in with your old address.

                If you did not ask, you do not need to do anything.
                """);
        }

        mail.SendInBackground(user.Email!, "Someone asked to change your email address on the Devon SEND Portal",
            """
            Someone signed in to your account on the Devon SEND Portal asked to change its email address. Nothing changes until the new address is confirmed.

            If this was not you, reset your password from the sign-in page now, and tell your SEND caseworker.
            """);
        await audit.RecordForAsync(AuditKind.AccountChanged, "Asked to change the email address; a link was sent to the new address", user, cancellationToken: cancellationToken);
    }

    /// <summary>The account a link is for, if the link is still good for that new address.</summary>
    public async Task<PortalUser?> AccountForLinkAsync(string? userId, string? newEmail, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrWhiteSpace(newEmail) || EmailLinkTokens.Decode(token) is not { } decoded
            || await users.FindByIdAsync(userId) is not { DisabledAt: null } user)
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(user, users.Options.Tokens.ChangeEmailTokenProvider, UserManager<PortalUser>.GetChangeEmailTokenPurpose(newEmail), decoded)
            ? user
            : null;
    }

    /// <summary>Changes the address (and the user name, which is the address); every session of the account ends.</summary>
    public async Task<IdentityResult> ConfirmAsync(PortalUser user, string newEmail, string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var oldEmail = user.Email!;
        var changed = await users.ChangeEmailAsync(user, newEmail, EmailLinkTokens.Decode(token) ?? "");
        if (!changed.Succeeded)
        {
            return changed;
        }

        var renamed = await users.SetUserNameAsync(user, newEmail);
        if (!renamed.Succeeded)
        {
            return renamed;
        }

        await sessions.EndAllAsync(user.Id, PortalSessions.Reasons.EmailChanged);
        await audit.RecordForAsync(AuditKind.AccountChanged, "Email address changed from the link sent to the new address; every session ended", user, cancellationToken: cancellationToken);
        await mail.TrySendAsync(oldEmail, "Your email address on the Devon SEND Portal has changed",
            """
            The email address of your account on the Devon SEND Portal has been changed, and you have been signed out everywhere. Use the new address to sign in.

            If you did not change it, tell your SEND caseworker straight away.
            """, cancellationToken);
        return changed;
    }
}
