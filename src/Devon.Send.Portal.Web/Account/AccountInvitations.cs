using System.Security.Cryptography;
using System.Text;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Email;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Account;

/// <summary>A code just issued: shown once to the caseworker, and emailed unless the email could not be sent.</summary>
public sealed record IssuedInvitation(Guid Id, string Code, bool Emailed);

/// <summary>Invitation codes: how a caseworker lets a parent, carer or young person create an account.</summary>
public sealed class AccountInvitations(PortalDbContext db, PortalMail mail, PortalLinks links, AuditLog audit, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>
    /// Issues a code for this email address, saved with its audit entry, and emails it. Someone who already has a
    /// family account is told to sign in and add the child with the code rather than to create another account.
    /// </summary>
    public async Task<IssuedInvitation> IssueAsync(
        Guid childId, string toEmail, string relationship, string createdById, bool hasAccount, string auditDetail, CancellationToken cancellationToken = default)
    {
        var code = NewCode();
        var now = clock.GetUtcNow();
        var invitation = new AccountInvitation
        {
            CodeHash = Hash(code),
            Email = toEmail.Trim(),
            Role = relationship == FamilyLink.Self ? PortalRoles.YoungPerson : PortalRoles.Parent,
            ChildId = childId,
            Relationship = relationship,
            CreatedById = createdById,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        db.AccountInvitations.Add(invitation);
        audit.Add(AuditKind.InvitationIssued, auditDetail, childId);
        await db.SaveChangesAsync(cancellationToken);

        // The email names no child and carries no plan content: only what is needed to take up the invitation.
        var expires = (now + Lifetime).ToUkTime().ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        var howToUseIt = hasAccount
            ? $"""
              You already have an account. Sign in at {links.To("/account/sign-in")}, choose "Add a child with an invitation code"
              ({links.To("/account/add-child")}) and enter the code. It works once and expires on {expires}.
              """
            : $"""
              Create your account at {links.To("/account/create-account")} with this email address. The code works once and expires on
              {expires}.
              """;
        var emailed = await mail.TrySendAsync(toEmail.Trim(), "Your invitation to the Devon SEND Portal",
            $"""
            Devon County Council's SEND team has invited you to the Devon SEND Portal, where you can follow your child's
            Education, Health and Care needs assessment or plan online.

            Your invitation code is: {code}

            {howToUseIt}

            If you were not expecting this email, you can ignore it or tell your SEND caseworker.
            """, cancellationToken);
        return new IssuedInvitation(invitation.Id, code, emailed);
    }

    /// <summary>The invitation a code stands for, if it is unused, unexpired and was sent to this email address.</summary>
    public async Task<AccountInvitation?> FindUsableAsync(string code, string forEmail, CancellationToken cancellationToken = default)
    {
        var hash = Hash(code);
        var invitation = await db.AccountInvitations.SingleOrDefaultAsync(i => i.CodeHash == hash, cancellationToken);
        return invitation is not null
            && invitation.UsedAt is null
            && invitation.ExpiresAt > clock.GetUtcNow()
            && string.Equals(invitation.Email, forEmail.Trim(), StringComparison.OrdinalIgnoreCase)
            ? invitation
            : null;
    }

    /// <summary>Links the person to the child the invitation names and uses it up; saved with the next SaveChanges.</summary>
    public void TakeUp(AccountInvitation invitation, PortalUser user)
    {
        var now = clock.GetUtcNow();
        db.FamilyLinks.Add(new FamilyLink { ChildId = invitation.ChildId, UserId = user.Id, Relationship = invitation.Relationship, LinkedAt = now });
        invitation.UsedAt = now;
        audit.AddFor(AuditKind.InvitationUsed, $"Account invitation, as {invitation.Relationship}", user, invitation.ChildId);
    }

    public static string Normalise(string code) =>
        new(code.ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    private static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(code))));

    private static string NewCode()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, 12);
        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}";
    }
}
