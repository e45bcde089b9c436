using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Account;
using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>A parent, carer or young person creates their account with the code their caseworker gave them.</summary>
[EnableRateLimiting(Hardening.AccountForms)]
[AllowAnonymous]
public sealed class CreateAccountModel(
    PortalDbContext db,
    UserManager<PortalUser> users,
    AccountInvitations invitations,
    EmailConfirmation confirmation,
    AuditLog audit,
    TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public CreateAccountInput Input { get; set; } = new();

    public void OnGet(string? code) => Input.Code = code ?? "";

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var invitation = await invitations.FindUsableAsync(Input.Code, Input.Email);
        if (invitation is null)
        {
            // Neither the code nor the email is logged: only that a code was refused, and from where.
            await audit.RecordForAsync(AuditKind.InvitationRefused, "An invitation code was not accepted", null);
            ModelState.AddModelError("Input.Code", "Enter the invitation code from your email, with the email address it was sent to. Codes work once and expire after 30 days");
            return Page();
        }

        if (await users.FindByEmailAsync(Input.Email.Trim()) is not null)
        {
            // Only someone holding a valid code for this address learns that it has an account.
            ModelState.AddModelError("Input.Email",
                "You already have an account with this email address. Sign in, then choose \"Add a child with an invitation code\" and enter this code");
            return Page();
        }

        var user = new PortalUser
        {
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            DisplayName = Input.FullName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            }

            return Page();
        }

        await users.AddToRoleAsync(user, invitation.Role);
        audit.AddFor(AuditKind.AccountCreated, $"From an invitation, as {invitation.Relationship}", user, invitation.ChildId);
        invitations.TakeUp(invitation, user);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        // The account exists now whatever happens to the email; if it cannot be sent, the next page says so.
        if (!await confirmation.SendAsync(user))
        {
            TempData[CheckYourEmailModel.NotSent] = true;
        }

        return RedirectToPage("CheckYourEmail");
    }
}

public sealed class CreateAccountInput
{
    [Required(ErrorMessage = "Enter your invitation code")]
    [StringLength(20, ErrorMessage = "Enter the invitation code exactly as it appears in your email, like ABCD-EFGH-JKMN")]
    [Display(Name = "Invitation code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter your full name")]
    [StringLength(100, ErrorMessage = "Full name must be 100 characters or fewer")]
    [Display(Name = "Full name")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter a password")]
    [StringLength(256, ErrorMessage = "Password must be 256 characters or fewer")]
    [Display(Name = "Create a password")]
    public string Password { get; set; } = "";
}
