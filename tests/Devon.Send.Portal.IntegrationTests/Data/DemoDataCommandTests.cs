using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Data;

public sealed class DemoDataCommandTests
{
    [Fact]
    public async Task SeedDemoData_InProduction_IsRefused()
    {
        await using var factory = new PortalFactory { Environment = "Production" };
        await using var scope = factory.Services.CreateAsyncScope();
        var output = new StringWriter();

        var exitCode = await scope.ServiceProvider.GetRequiredService<DemoSeeding>()
            .SeedDemoDataCommandAsync(output);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Refused", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_NeverLoadsDemoDataOnStartUp()
    {
        await using var factory = new PortalFactory { Environment = "Production" };
        await using var scope = factory.Services.CreateAsyncScope();

        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        Assert.False(db.Users.Any());
    }
}
