using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Account;
using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>
/// A parent, carer or young person who already has an account adds another child's case with the invitation code
/// their caseworker sent to the same email address.
/// </summary>
public sealed class AddChildModel(PortalDbContext db, UserManager<PortalUser> users, AccountInvitations invitations, AuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your invitation code")]
    [StringLength(20, ErrorMessage = "Enter the invitation code exactly as it appears in your email, like ABCD-EFGH-JKMN")]
    [Display(Name = "Invitation code")]
    public string Code { get; set; } = "";

    public IActionResult OnGet(string? code)
    {
        Code = code ?? "";
        return IsFamily ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!IsFamily)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        var invitation = user?.Email is null ? null : await invitations.FindUsableAsync(Code, user.Email);
        if (user is null || invitation is null)
        {
            await audit.RecordAsync(AuditKind.InvitationRefused, "An invitation code was not accepted from a signed-in account");
            ModelState.AddModelError(nameof(Code),
                "Enter the invitation code from your email. It must have been sent to the email address you sign in with. Codes work once and expire after 30 days");
            return Page();
        }

        if (await db.FamilyLinks.AnyAsync(f => f.ChildId == invitation.ChildId && f.UserId == user.Id))
        {
            ModelState.AddModelError(nameof(Code), "Your account is already linked to this child's case");
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        if (!await users.IsInRoleAsync(user, invitation.Role))
        {
            await users.AddToRoleAsync(user, invitation.Role);
        }

        invitations.TakeUp(invitation, user);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        // The message names no child: the home page shows which children the account can now see.
        TempData["Success"] = "The case has been added to your account";
        return Redirect("/home");
    }

    // Staff and professionals are given access to cases by a caseworker, not with a family's code.
    /// <summary>Adding another child is a parent's or carer's: a young person's account is for their own case.</summary>
    private bool IsFamily => User.IsInRole(PortalRoles.Parent);
}
