using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Admin.Teams;

public sealed class AddProfessionalTeamModel(PortalDbContext db, AuditLog audit) : AddTeamModel(audit)
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the organisation the team belongs to")]
    [StringLength(200, ErrorMessage = "Organisation must be 200 characters or fewer")]
    [Display(Name = "Organisation", Order = 2)]
    public string Organisation { get; set; } = "";

    private string TrimmedOrganisation => Organisation?.Trim() ?? "";

    protected override string Added => "The professional team has been added";

    protected override async Task<string?> AlreadyExistsAsync(string name) =>
        await db.ProfessionalTeams.AnyAsync(t => t.Name == name && t.Organisation == TrimmedOrganisation)
            ? $"{TrimmedOrganisation} already has a team called {name}"
            : null;

    protected override string Add(string name)
    {
        db.ProfessionalTeams.Add(new ProfessionalTeam { Name = name, Organisation = TrimmedOrganisation });
        return $"Professional team: {name}, {TrimmedOrganisation}";
    }

    protected override Task SaveAsync() => db.SaveChangesAsync();
}
