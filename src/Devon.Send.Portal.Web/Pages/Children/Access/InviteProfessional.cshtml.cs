using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Email;
using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Access;

/// <summary>A caseworker gives a professional, or a whole team, access to a child's case until an end date.</summary>
public sealed class InviteProfessionalModel(
    PortalDbContext db,
    UserManager<PortalUser> users,
    PortalMail mail,
    PortalLinks links,
    AuditLog audit,
    TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Roles =
        [.. PortalRoles.Professionals.Select(r => (r, PortalRoles.DisplayName(r)))];

    public static readonly IReadOnlyList<(string Value, string Label)> SectionOptions =
        [.. PlanSections.All.Select(s => (s.Code, $"{s.Code}: {s.Title}"))];

    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";

    public IReadOnlyList<(string Value, string Label)> Teams { get; private set; } = [];

    [BindProperty]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [Display(Name = "Their work email address")]
    public string? Email { get; set; }

    [BindProperty]
    [Display(Name = "Or give access to a team")]
    public string? TeamId { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the organisation they work for")]
    [StringLength(200, ErrorMessage = "Organisation must be 200 characters or fewer")]
    [Display(Name = "Organisation")]
    public string Organisation { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Select what kind of professional they are")]
    public string? Role { get; set; }

    [BindProperty]
    public List<string> Sections { get; set; } = [];

    [BindProperty]
    public DateInput EndsOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();

        EndsOn = DateInput.From(clock.UkToday().AddMonths(6));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();

        var today = clock.UkToday();
        var endsOn = EndsOn.Validate(ModelState, nameof(EndsOn), "the date access ends");
        if (endsOn is { } end && (end < today || end > today.AddYears(2)))
        {
            ModelState.AddModelError(nameof(EndsOn), "The date access ends must be between today and 2 years from today");
        }

        // With no teams there is no list on the page, so no error may point at one.
        Guid? teamId = Guid.TryParse(TeamId, out var parsed) && Teams.Any(t => t.Value == TeamId) ? parsed : null;
        if (!string.IsNullOrEmpty(TeamId) && teamId is null && Teams.Count > 0)
        {
            ModelState.AddModelError(nameof(TeamId), "Select a team from the list");
        }

        if (string.IsNullOrWhiteSpace(Email) == (teamId is null))
        {
            ModelState.AddModelError(nameof(Email), teamId is not null ? "Give access to a person or to a team, not both"
                : Teams.Count > 0 ? "Enter their work email address, or choose a team" : "Enter their work email address");
        }

        if (Role is not null && Roles.All(r => r.Value != Role))
        {
            ModelState.AddModelError(nameof(Role), "Select what kind of professional they are");
        }

        if (Sections.Count == 0 || Sections.Any(s => !PlanSections.IsCode(s)))
        {
            ModelState.AddModelError(nameof(Sections), "Select the plan sections they may contribute to");
        }

        var existing = string.IsNullOrWhiteSpace(Email) ? null : await users.FindByEmailAsync(Email.Trim());
        if (existing is not null && (await users.GetRolesAsync(existing)).Intersect(PortalRoles.Families).Any())
        {
            ModelState.AddModelError(nameof(Email), "This email address belongs to a parent's or young person's account. Use their work email address");
        }

        var address = Email?.Trim().ToLowerInvariant();
        if (ModelState.IsValid && await db.ProfessionalInvitations.AnyAsync(i => i.ChildId == ChildId && i.RevokedAt == null && i.EndsOn >= today
                && ((address != null && i.Email == address) || (teamId != null && i.ProfessionalTeamId == teamId))))
        {
            ModelState.AddModelError(nameof(Email), "They already have access to this case. Remove that access first to change it");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var invitation = new ProfessionalInvitation
        {
            ChildId = ChildId,
            Email = address,
            UserId = existing?.Id,
            ProfessionalTeamId = teamId,
            Role = Role!,
            Organisation = Organisation.Trim(),
            Sections = string.Join(',', PlanSections.All.Select(s => s.Code).Where(Sections.Contains)),
            EndsOn = endsOn!.Value,
            InvitedById = User.UserId(),
            InvitedAt = clock.GetUtcNow(),
        };
        db.ProfessionalInvitations.Add(invitation);
        audit.Add(AuditKind.InvitationIssued, $"{PortalRoles.DisplayName(invitation.Role)}, {invitation.Organisation}", ChildId);
        await db.SaveChangesAsync();
        if (address is null)
        {
            TempData["Success"] = "The team now has access to this case";
            return Redirect($"/children/{ChildId}/access");
        }

        // No child's name in the email: the case is shown once they sign in.
        var emailed = await mail.TrySendAsync(address, "You have been given access to a case on the Devon SEND Portal",
            $"""
            Devon County Council's SEND team has given you access to a child's Education, Health and Care case on the
            Devon SEND Portal, as {PortalRoles.DisplayName(invitation.Role).ToLowerInvariant()} for {invitation.Organisation}, until {invitation.EndsOn:d MMMM yyyy}.

            Sign in with your work account to see the case and anything asked of you: {links.To("/account/sign-in")}
            """);
        // Messages carried to the next page name nobody: the page itself shows who has access.
        TempData["Success"] = emailed
            ? "They now have access to this case. We have emailed them to tell them"
            : "They now have access to this case, but we could not email them. Tell them yourself that they can sign in to the portal to see it";
        return Redirect($"/children/{ChildId}/access");
    }

    private async Task LoadAsync()
    {
        ChildName = await db.Children.NameOfAsync(ChildId);
        Teams = (await db.ProfessionalTeams.AsNoTracking().OrderBy(t => t.Organisation).ThenBy(t => t.Name).Select(t => new { t.Id, t.Name, t.Organisation }).ToListAsync())
            .Select(t => (t.Id.ToString(), $"{t.Name}, {t.Organisation}"))
            .ToList();
    }
}
