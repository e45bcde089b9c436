using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Admin.Teams;

/// <summary>Adding a team, the council's or a professional one: a name no other such team has, audited.</summary>
public abstract class AddTeamModel(AuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the team's name")]
    [StringLength(200, ErrorMessage = "The team's name must be 200 characters or fewer")]
    [Display(Name = "Team name", Order = 1)]
    public string Name { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Name?.Trim() ?? "";
        if (ModelState.IsValid && await AlreadyExistsAsync(name) is { } message)
        {
            ModelState.AddModelError(nameof(Name), message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        audit.Add(AuditKind.TeamCreated, Add(name));
        await SaveAsync();
        TempData["Success"] = Added;
        return RedirectToPage("Index");
    }

    protected abstract string Added { get; }

    /// <summary>What to tell the administrator when such a team exists already; null when it does not.</summary>
    protected abstract Task<string?> AlreadyExistsAsync(string name);

    /// <summary>Adds the team and says what was added, for the audit log.</summary>
    protected abstract string Add(string name);

    protected abstract Task SaveAsync();
}
