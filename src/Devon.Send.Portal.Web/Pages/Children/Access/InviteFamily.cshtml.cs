using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Access;

/// <summary>
/// A caseworker sends a parent, carer or young person an invitation code: to create an account, or, for someone
/// who already has a family account, to add this child to it.
/// </summary>
public sealed class InviteFamilyModel(
    PortalDbContext db,
    UserManager<PortalUser> users,
    AccountInvitations invitations,
    TimeProvider clock) : PageModel
{
    public const string YoungPersonAgreesValue = "Agrees";

    public static readonly IReadOnlyList<(string Value, string Label)> Relationships =
        [("Mother", "Mother"), ("Father", "Father"), ("Carer", "Carer or guardian"), (FamilyLink.Self, "The young person themselves")];

    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";

    /// <summary>From the end of the school year in which they turn 16 the young person decides who in their family sees their plan.</summary>
    public bool YoungPersonDecides { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the email address to send the invitation to")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Select who you are inviting")]
    public string? Relationship { get; set; }

    [BindProperty]
    public List<string> YoungPersonAgrees { get; set; } = [];

    public IEnumerable<(string Value, string Label)> AgreementOptions =>
        [(YoungPersonAgreesValue, $"{ChildName} has told us they agree that this person can see their plan")];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();

        if (Relationship is not null && Relationships.All(r => r.Value != Relationship))
        {
            ModelState.AddModelError(nameof(Relationship), "Select who you are inviting");
        }

        var born = await db.Children.Where(c => c.Id == ChildId).Select(c => c.DateOfBirth).SingleAsync();
        if (Relationship == FamilyLink.Self && !YoungPersonRights.HaveStarted(born, clock.UkToday()))
        {
            ModelState.AddModelError(nameof(Relationship),
                $"{ChildName} can have their own account from {YoungPersonRights.StartOn(born):d MMMM yyyy}, the end of the school year in which they turn 16");
        }

        var agreed = YoungPersonDecides && Relationship is not null && Relationship != FamilyLink.Self && YoungPersonAgrees.Contains(YoungPersonAgreesValue);
        if (YoungPersonDecides && Relationship is not null && Relationship != FamilyLink.Self && !agreed)
        {
            ModelState.AddModelError(nameof(YoungPersonAgrees),
                $"{ChildName} is over compulsory school age, so they decide who in their family can see their plan (SEND Code of Practice, paragraph 8.13). " +
                "Ask them first, and invite this person only if they agree");
        }

        var existing = ModelState.IsValid ? await users.FindByEmailAsync(Email.Trim()) : null;
        if (existing is not null)
        {
            var roles = await users.GetRolesAsync(existing);
            if (roles.Count == 0 || roles.Any(r => !PortalRoles.Families.Contains(r)))
            {
                ModelState.AddModelError(nameof(Email),
                    "This email address belongs to a professional's or council staff account. Ask for the family member's own email address");
            }
            else if (await db.FamilyLinks.AnyAsync(f => f.ChildId == ChildId && f.UserId == existing.Id))
            {
                ModelState.AddModelError(nameof(Email), $"The account with this email address is already linked to {ChildName}'s case");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var detail = (Relationship == FamilyLink.Self ? "Account invitation for the young person" : $"Account invitation for a {Relationship!.ToLowerInvariant()}")
            + (existing is null ? "" : ", to an existing family account")
            + (agreed ? ", with the young person's agreement" : "");
        var issued = await invitations.IssueAsync(ChildId, Email, Relationship!, User.UserId()!, hasAccount: existing is not null, detail);

        // Post/Redirect/Get, so refreshing the confirmation cannot issue a second code. The code is shown once: it
        // travels in the encrypted TempData cookie, which is deleted when read; the address is looked up again.
        TempData[InvitationSentModel.CodeKey] = issued.Code;
        TempData[InvitationSentModel.InvitationKey] = issued.Id;
        TempData[InvitationSentModel.EmailedKey] = issued.Emailed;
        return RedirectToPage("InvitationSent", new { childId = ChildId });
    }

    // Not found rather than forbidden, so that a guessed id tells an outsider nothing.
    private async Task LoadAsync()
    {
        var child = await db.Children.Where(c => c.Id == ChildId).Select(c => new { Name = c.GivenName + " " + c.FamilyName, c.DateOfBirth }).SingleAsync();
        ChildName = child.Name;
        YoungPersonDecides = YoungPersonRights.HaveStarted(child.DateOfBirth, clock.UkToday());
    }
}
