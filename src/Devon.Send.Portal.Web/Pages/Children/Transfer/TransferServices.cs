namespace Devon.Send.Portal.Web.Pages.Children.Transfer;

/// <summary>Transfers of plans between councils.</summary>
public static class TransferServices
{
    public static IServiceCollection AddTransfers(this IServiceCollection services) =>
        services.AddScoped<PlanTransfers>().AddScoped<Requests.TransferIn.PlansTransferredIn>();
}
