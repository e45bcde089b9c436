using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Account;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Cases;

/// <summary>A caseworker sends a parent, carer or young person the invitation code that lets them create an account.</summary>
public sealed class InviteFamilyModel(PortalDbContext db, IAuthorizationService authorization, AccountInvitations invitations, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Relationships =
        [("Mother", "Mother"), ("Father", "Father"), ("Carer", "Carer or guardian"), (FamilyLink.Self, "The young person themselves")];

    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter the email address to send the invitation to")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Select who you are inviting")]
    public string? Relationship { get; set; }

    public string? IssuedCode { get; private set; }

    public bool Emailed { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Relationship is not null && Relationships.All(r => r.Value != Relationship))
        {
            ModelState.AddModelError(nameof(Relationship), "Select who you are inviting");
        }

        if (Relationship == FamilyLink.Self)
        {
            var born = await db.Children.Where(c => c.Id == ChildId).Select(c => c.DateOfBirth).SingleAsync();
            if (!YoungPersonRights.HaveStarted(born, clock.UkToday()))
            {
                ModelState.AddModelError(nameof(Relationship),
                    $"{ChildName} can have their own account from {YoungPersonRights.StartOn(born):d MMMM yyyy}, the end of the school year in which they turn 16");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var issued = await invitations.IssueAsync(ChildId, Email, Relationship!, User.UserId()!);
        IssuedCode = issued.Code;
        Emailed = issued.Emailed;
        return Page();
    }

    // Not found rather than forbidden, so that a guessed id tells an outsider nothing.
    private async Task<bool> LoadAsync()
    {
        if (!(await authorization.AuthorizeAsync(User, ChildId, PortalPolicies.ManageCase)).Succeeded)
        {
            return false;
        }

        ChildName = await db.Children.Where(c => c.Id == ChildId).Select(c => c.GivenName + " " + c.FamilyName).SingleAsync();
        return true;
    }
}
