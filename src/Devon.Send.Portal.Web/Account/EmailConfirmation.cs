using Devon.Send.Portal.Web.Email;
using Microsoft.AspNetCore.Identity;

namespace Devon.Send.Portal.Web.Account;

/// <summary>The email with the link that confirms a new account's address: sent when it is created, and again on request.</summary>
public sealed class EmailConfirmation(UserManager<PortalUser> users, PortalMail mail, PortalLinks links)
{
    public async Task<bool> SendAsync(PortalUser user, CancellationToken cancellationToken = default)
    {
        var token = EmailLinkTokens.Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = links.To($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&token={token}");
        return await mail.TrySendAsync(user.Email!, "Confirm your email address for the Devon SEND Portal",
            $"""
            You have created an account on the Devon SEND Portal.

            Confirm your email address to finish: {link}

            If you did not create this account, tell your SEND caseworker.
            """, cancellationToken);
    }
}
