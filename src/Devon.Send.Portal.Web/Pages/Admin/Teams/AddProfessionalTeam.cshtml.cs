using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Admin.Teams;

public sealed class AddProfessionalTeamModel(PortalDbContext db, AuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the team's name")]
    [StringLength(200, ErrorMessage = "The team's name must be 200 characters or fewer")]
    [Display(Name = "Team name")]
    public string Name { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter the organisation the team belongs to")]
    [StringLength(200, ErrorMessage = "Organisation must be 200 characters or fewer")]
    [Display(Name = "Organisation")]
    public string Organisation { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Name?.Trim() ?? "";
        var organisation = Organisation?.Trim() ?? "";
        if (ModelState.IsValid && await db.ProfessionalTeams.AnyAsync(t => t.Name == name && t.Organisation == organisation))
        {
            ModelState.AddModelError(nameof(Name), $"{organisation} already has a team called {name}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ProfessionalTeams.Add(new ProfessionalTeam { Name = name, Organisation = organisation });
        audit.Add(AuditKind.TeamCreated, $"Professional team: {name}, {organisation}");
        await db.SaveChangesAsync();
        TempData["Success"] = "The professional team has been added";
        return RedirectToPage("Index");
    }
}
