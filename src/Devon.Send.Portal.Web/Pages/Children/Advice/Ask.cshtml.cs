using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Attachments;
using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Advice;

/// <summary>A caseworker asks a professional invited to the case, or the family, for their advice (Reg 6), due 6 weeks on (Reg 8).</summary>
public sealed class AskModel(PortalDbContext db, AdviceService advice, TimeProvider clock) : PageModel
{
    public const string Family = "family";
    public const string UsualType = "usual";

    public static readonly IReadOnlyList<(string Value, string Label)> Types =
    [
        (UsualType, "The advice their role usually gives (educational psychology, health, social care or education; the family's own advice)"),
        .. Enum.GetValues<AdviceType>().Select(t => (t.ToString(), AdviceTimeliness.DisplayName(t))),
    ];

    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";

    /// <summary>Why advice cannot be asked for yet, when it cannot.</summary>
    public string? NotYet { get; private set; }

    public IReadOnlyList<(string Value, string Label)> Contributors { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Select who you are asking for advice")]
    public string? Contributor { get; set; }

    [BindProperty]
    public string Type { get; set; } = UsualType;

    [BindProperty]
    public DateInput RequestedOn { get; set; } = new();

    private AssessmentCase? _case;
    private List<ProfessionalInvitation> _invitations = [];

    /// <summary>
    /// The form, with the kind of advice chosen when the query's <c>type</c> names one (the case page links so); anything
    /// else is ignored. It is read from the query rather than bound, so that it never stands in ModelState for the radios.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        RequestedOn = DateInput.From(clock.UkToday());
        var type = Request.Query["type"].ToString();
        if (Enum.GetNames<AdviceType>().FirstOrDefault(n => string.Equals(n, type, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            Type = named;
            Contributor = named == nameof(AdviceType.ParentOrYoungPerson) ? Family : null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (_case is null)
        {
            return Page();
        }

        var today = clock.UkToday();
        var requestedOn = RequestedOn.Validate(ModelState, nameof(RequestedOn), "the date you asked");
        if (requestedOn > today)
        {
            ModelState.AddModelError(nameof(RequestedOn), "The date you asked must be today or in the past");
        }
        else if (requestedOn < _case.RequestReceivedOn)
        {
            ModelState.AddModelError(nameof(RequestedOn), $"The date you asked must be on or after the day the assessment was requested, {_case.RequestReceivedOn.ToUkDate()}");
        }

        var invitation = _invitations.SingleOrDefault(i => i.Id.ToString() == Contributor);
        if (Contributor is not null && invitation is null && Contributor != Family)
        {
            ModelState.AddModelError(nameof(Contributor), "Select who you are asking for advice from the list");
        }

        AdviceType? type = Type == UsualType ? null : Enum.TryParse<AdviceType>(Type, out var chosen) && Enum.IsDefined(chosen) ? chosen : null;
        if (Type != UsualType && type is null)
        {
            ModelState.AddModelError(nameof(Type), "Select the kind of advice you are asking for");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var adviceType = type ?? (invitation is null ? AdviceType.ParentOrYoungPerson : AdviceService.TypeFor(invitation.Role));
        var invitationId = invitation?.Id;
        var open = await db.AdviceRequests.AsNoTracking()
            .Where(a => a.AssessmentCaseId == _case.Id && a.Type == adviceType && a.InvitationId == invitationId && a.SubmittedOn == null)
            .Select(a => (DateOnly?)a.RequestedOn)
            .FirstOrDefaultAsync(cancellationToken);
        if (open is { } asked)
        {
            ModelState.AddModelError(nameof(Contributor),
                $"You already asked them for {AdviceTimeliness.DisplayName(adviceType).ToLowerInvariant()} advice on {asked.ToUkDate()}, and they have not given it yet. It is due on {StatutoryClock.AdviceDue(asked).ToUkDate()}");
            return Page();
        }

        var request = await advice.RequestAsync(_case, adviceType, invitationId, requestedOn!.Value, User, cancellationToken);
        TempData["Success"] = $"{AdviceTimeliness.DisplayName(adviceType)} advice has been asked for. It is due on {request.DueOn.ToUkDate()}";
        return Redirect($"/children/{ChildId}/advice");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        var latest = await db.AssessmentCases.AsNoTracking().Where(c => c.ChildId == ChildId).OrderByDescending(c => c.RequestReceivedOn).FirstOrDefaultAsync(cancellationToken);
        NotYet = latest switch
        {
            null => $"There is no request for an EHC needs assessment for {ChildName}, so there is no advice to ask for.",
            { ClosedOn: not null } or { RefusedOn: not null } => $"{ChildName}'s latest case has been closed or the council decided not to assess, so there is no advice to ask for.",
            { DecisionToAssessOn: null } => $"The council has not yet decided to assess {ChildName}. Record the decision to assess before asking for advice.",
            _ => null,
        };
        _case = NotYet is null ? latest : null;
        _invitations = await db.ProfessionalInvitations.AsNoTracking()
            .Where(i => i.ChildId == ChildId && i.RevokedAt == null && i.EndsOn >= today)
            .OrderBy(i => i.InvitedAt)
            .ToListAsync(cancellationToken);
        Contributors =
        [
            .. _invitations.Select(i => (i.Id.ToString(), $"{PortalRoles.DisplayName(i.Role)}, {i.Organisation} (usually {AdviceTimeliness.DisplayName(AdviceService.TypeFor(i.Role)).ToLowerInvariant()} advice)")),
            (Family, $"{ChildName}'s family: the parent's or young person's advice"),
        ];
        return true;
    }
}
