using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Admin.Teams;

public sealed class AddSendTeamModel(PortalDbContext db, AuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the team's name")]
    [StringLength(200, ErrorMessage = "The team's name must be 200 characters or fewer")]
    [Display(Name = "Team name")]
    public string Name { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Name?.Trim() ?? "";
        if (ModelState.IsValid && await db.SendTeams.AnyAsync(t => t.Name == name))
        {
            ModelState.AddModelError(nameof(Name), $"There is already a SEND team called {name}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.SendTeams.Add(new SendTeam { Name = name });
        audit.Add(AuditKind.TeamCreated, $"SEND team: {name}");
        await db.SaveChangesAsync();
        TempData["Success"] = "The SEND team has been added";
        return RedirectToPage("Index");
    }
}
