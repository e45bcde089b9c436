namespace Devon.Send.Portal.Web.Pages.Children.Plan.Cease;

/// <summary>
/// Where a proposal to stop the plan stands, for everyone who can see the child: why, who has given views, the decision
/// with its reasons, the last day to appeal and the day the plan stops. The family reads it in the second person.
/// </summary>
public sealed class IndexModel(PlanCessations cessations, TimeProvider clock) : CeasePageModel(cessations)
{
    public DateOnly Today { get; private set; }
    public bool CanManage { get; private set; }
    public bool CanGiveViews { get; private set; }
    public bool IsFamily { get; private set; }

    /// <summary>The last day to appeal a decision to cease, moved by a mediation certificate about it.</summary>
    public DateOnly? AppealBy => Current is { IsCeasing: true, NoticeSentOn: { } notice }
        ? StatutoryClock.AppealDue(notice, Ceased!.Case.CurrentMediation?.CertificateOn)
        : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Today = clock.UkToday();
        var permissions = HttpContext.ChildPermissions();
        CanManage = permissions.CanManage;
        CanGiveViews = permissions.Has(ChildAction.GiveViewsOnCeasing);
        IsFamily = PortalRoles.Families.Any(User.IsInRole);
    }
}
