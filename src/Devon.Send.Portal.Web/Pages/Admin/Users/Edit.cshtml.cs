using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Admin.Users;

/// <summary>
/// An administrator changes one account: its roles, SEND team, organisation and professional teams; unlocks it;
/// or turns it off, which refuses sign-in and ends its sessions at once. Every change is audited. Nothing about
/// any child is shown: administrators have no access to children's records.
/// </summary>
public sealed class EditModel(PortalDbContext db, UserManager<PortalUser> users, PortalSessions sessions, SignInThrottles throttles, AuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>Family roles come from a caseworker's invitation to a child's case, never from an administrator.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> RoleOptions =
        [.. PortalRoles.All.Except(PortalRoles.Families).Select(r => (r, PortalRoles.DisplayName(r)))];

    [FromRoute]
    public string UserId { get; set; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    [StringLength(200, ErrorMessage = "Organisation must be 200 characters or fewer")]
    [Display(Name = "Organisation")]
    public string? Organisation { get; set; }

    [BindProperty]
    [Display(Name = "SEND team")]
    public string? SendTeamId { get; set; }

    [BindProperty]
    public List<string> ProfessionalTeamIds { get; set; } = [];

    public PortalUser Account { get; private set; } = null!;
    public IReadOnlyList<string> FamilyRoles { get; private set; } = [];
    public bool SignsInWithEntra { get; private set; }
    public bool LockedOut { get; private set; }

    /// <summary>Until when the account must wait before a password is checked, after too many failed sign-ins.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }
    public bool IsSelf => Account.Id == User.UserId();
    public IReadOnlyList<(string Value, string Label)> SendTeams { get; private set; } = [];
    public IReadOnlyList<(string Value, string Label)> ProfessionalTeams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Roles = [.. (await users.GetRolesAsync(Account)).Except(PortalRoles.Families)];
        Organisation = Account.Organisation;
        SendTeamId = Account.SendTeamId?.ToString();
        ProfessionalTeamIds = await db.ProfessionalTeamMembers.Where(m => m.UserId == Account.Id).Select(m => m.ProfessionalTeamId.ToString()).ToListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var sendTeam = Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var current = await users.GetRolesAsync(Account);
        var wanted = current.Intersect(PortalRoles.Families).Concat(Roles).ToList();
        var added = wanted.Except(current).ToList();
        var removed = current.Except(wanted).ToList();
        var teamsNow = await db.ProfessionalTeamMembers.Where(m => m.UserId == Account.Id).ToListAsync();
        var teamsWanted = ProfessionalTeamIds.Select(Guid.Parse).ToHashSet();
        var organisation = string.IsNullOrWhiteSpace(Organisation) ? null : Organisation.Trim();

        var changes = new List<string>();
        if (added.Count > 0) { changes.Add("roles added " + string.Join(", ", added)); }
        if (removed.Count > 0) { changes.Add("roles removed " + string.Join(", ", removed)); }
        if (organisation != Account.Organisation) { changes.Add("organisation changed"); }
        if (sendTeam != Account.SendTeamId) { changes.Add("SEND team " + (sendTeam is null ? "removed" : "set to " + Label(SendTeams, sendTeam))); }
        var joined = teamsWanted.Except(teamsNow.Select(m => m.ProfessionalTeamId)).ToList();
        var left = teamsNow.Where(m => !teamsWanted.Contains(m.ProfessionalTeamId)).ToList();
        if (joined.Count > 0) { changes.Add("joined " + string.Join(", ", joined.Select(t => Label(ProfessionalTeams, t)))); }
        if (left.Count > 0) { changes.Add("left " + string.Join(", ", left.Select(m => Label(ProfessionalTeams, m.ProfessionalTeamId)))); }
        if (changes.Count == 0)
        {
            TempData["Success"] = "Nothing was changed";
            return RedirectToPage();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.RemoveFromRolesAsync(Account, removed);
        await users.AddToRolesAsync(Account, added);
        Account.Organisation = organisation;
        Account.SendTeamId = sendTeam;
        db.ProfessionalTeamMembers.RemoveRange(left);
        db.ProfessionalTeamMembers.AddRange(joined.Select(t => new ProfessionalTeamMember { ProfessionalTeamId = t, UserId = Account.Id }));
        audit.Add(AuditKind.AccountChanged, $"Account {Account.Id}: {string.Join("; ", changes)}");
        await users.UpdateAsync(Account);
        await transaction.CommitAsync();
        TempData["Success"] = "The account has been updated";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Account.LockoutEnd = null;
        Account.AccessFailedCount = 0;
        audit.Add(AuditKind.AccountChanged, $"Account {Account.Id}: unlocked");
        await users.UpdateAsync(Account);
        await throttles.ClearAsync(Account);
        TempData["Success"] = "The account has been unlocked. They can sign in again now";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTurnOffAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (IsSelf)
        {
            ModelState.AddModelError("", "You cannot turn off your own account. Ask another administrator");
            await OnGetAsync();
            return Page();
        }

        Account.DisabledAt = clock.GetUtcNow();
        audit.Add(AuditKind.AccountChanged, $"Account {Account.Id}: turned off");
        // A new security stamp ends every session the account has, on its next request.
        await users.UpdateSecurityStampAsync(Account);
        await sessions.EndAllAsync(Account.Id, PortalSessions.Reasons.TurnedOff);
        TempData["Success"] = "The account has been turned off. They have been signed out and cannot sign in";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTurnOnAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Account.DisabledAt = null;
        audit.Add(AuditKind.AccountChanged, $"Account {Account.Id}: turned on again");
        await users.UpdateAsync(Account);
        TempData["Success"] = "The account has been turned on again. They can sign in";
        return RedirectToPage();
    }

    private Guid? Validate()
    {
        if (Roles.Any(r => RoleOptions.All(o => o.Value != r)))
        {
            ModelState.AddModelError(nameof(Roles), "Select roles from the list");
        }

        if (IsSelf && !Roles.Contains(PortalRoles.Administrator))
        {
            ModelState.AddModelError(nameof(Roles), "You cannot take away your own administrator role. Ask another administrator");
        }

        Guid? sendTeam = null;
        if (!string.IsNullOrEmpty(SendTeamId))
        {
            sendTeam = SendTeams.Any(t => t.Value == SendTeamId) ? Guid.Parse(SendTeamId) : null;
            if (sendTeam is null)
            {
                ModelState.AddModelError(nameof(SendTeamId), "Select a SEND team from the list");
            }
            else if (!PortalRoles.CouncilStaff.Any(Roles.Contains))
            {
                ModelState.AddModelError(nameof(SendTeamId), "Only caseworkers and team managers belong to a SEND team. Choose no SEND team, or give them one of those roles");
            }
        }
        else if (Roles.Contains(PortalRoles.TeamManager) && SendTeams.Count > 0)
        {
            ModelState.AddModelError(nameof(SendTeamId), "Select the SEND team this team manager manages");
        }

        if (ProfessionalTeamIds.Any(t => ProfessionalTeams.All(o => o.Value != t)))
        {
            ModelState.AddModelError(nameof(ProfessionalTeamIds), "Select professional teams from the list");
        }
        else if (ProfessionalTeamIds.Count > 0 && !PortalRoles.Professionals.Any(Roles.Contains))
        {
            ModelState.AddModelError(nameof(ProfessionalTeamIds), "Only professionals can be in a professional team. Give them a professional role, or choose no team");
        }

        return sendTeam;
    }

    private async Task<bool> LoadAsync()
    {
        if (await users.FindByIdAsync(UserId) is not { } account)
        {
            return false;
        }

        Account = account;
        FamilyRoles = [.. (await users.GetRolesAsync(account)).Intersect(PortalRoles.Families).Select(PortalRoles.DisplayName)];
        SignsInWithEntra = (await users.GetLoginsAsync(account)).Any(l => l.LoginProvider == EntraId.Scheme);
        LockedUntil = clock.GetUtcNow() + await throttles.WaitAsync(SignInThrottles.AccountKey(account.Id));
        LockedOut = LockedUntil is not null;
        SendTeams = (await db.SendTeams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync())
            .Select(t => (t.Id.ToString(), t.Name)).ToList();
        ProfessionalTeams = (await db.ProfessionalTeams.AsNoTracking().OrderBy(t => t.Organisation).ThenBy(t => t.Name).Select(t => new { t.Id, t.Name, t.Organisation }).ToListAsync())
            .Select(t => (t.Id.ToString(), $"{t.Name}, {t.Organisation}")).ToList();
        return true;
    }

    private static string Label(IReadOnlyList<(string Value, string Label)> options, Guid? id) =>
        options.FirstOrDefault(o => o.Value == id.ToString()).Label ?? "a team";
}
