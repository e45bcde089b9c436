using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Admin.Teams;

/// <summary>A SEND team's phone number and email address, which families see on their child's case page.</summary>
public sealed class ContactModel(PortalDbContext db, AuditLog audit) : PageModel
{
    [FromRoute]
    public Guid TeamId { get; set; }

    public static readonly IReadOnlyList<string> Fields = [nameof(Phone), nameof(Email)];

    public string TeamName { get; private set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter the team's phone number")]
    [StringLength(30, ErrorMessage = "The phone number must be 30 characters or fewer")]
    [Display(Name = "Phone number")]
    public string Phone { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter the team's email address")]
    [StringLength(254, ErrorMessage = "The email address must be 254 characters or fewer")]
    [RegularExpression(@"^\s*[^@\s]+@[^@\s]+\.[^@\s]+\s*$", ErrorMessage = "Enter an email address in the correct format, like send.team@devon.gov.uk")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.SendTeams.SingleOrDefaultAsync(t => t.Id == TeamId) is not { } team)
        {
            return NotFound();
        }

        TeamName = team.Name;
        Phone = team.Phone ?? "";
        Email = team.Email ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.SendTeams.SingleOrDefaultAsync(t => t.Id == TeamId) is not { } team)
        {
            return NotFound();
        }

        TeamName = team.Name;
        var phone = TeamContact.NormalisePhone(Phone);
        // Checked whatever the email says, so that both mistakes are listed at once; an empty or too long number has its error already.
        if (ModelState.GetFieldValidationState(nameof(Phone)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid && phone is null)
        {
            ModelState.AddModelError(nameof(Phone), "Enter a UK phone number, like 01392 383000");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        team.Phone = phone;
        team.Email = Email.Trim();
        audit.Add(AuditKind.TeamChanged, $"Contact details of SEND team: {team.Name}");
        await db.SaveChangesAsync();
        TempData["Success"] = $"{team.Name}'s contact details have been saved";
        return RedirectToPage("Index");
    }
}
