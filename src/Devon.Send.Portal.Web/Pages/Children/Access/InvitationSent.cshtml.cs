using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Access;

/// <summary>The confirmation after a family invitation: the code, shown once, and whether it could be emailed.</summary>
public sealed class InvitationSentModel(PortalDbContext db) : PageModel
{
    public const string CodeKey = "InvitationCode";
    public const string InvitationKey = "InvitationId";
    public const string EmailedKey = "InvitationEmailed";

    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";
    public string? Code { get; private set; }
    public string? Email { get; private set; }
    public bool Emailed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        ChildName = await db.Children.NameOfAsync(ChildId);
        if (TempData[CodeKey] is string code && TempData[InvitationKey] is Guid invitationId)
        {
            Email = await db.AccountInvitations.Where(i => i.Id == invitationId && i.ChildId == ChildId).Select(i => i.Email).SingleOrDefaultAsync();
            Code = Email is null ? null : code;
            Emailed = TempData[EmailedKey] is true;
        }

        return Page();
    }
}
