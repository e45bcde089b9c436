using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();
var app = builder.Build();

if (args is ["seed-demo-data", ..])
{
    await using var scope = app.Services.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<PortalDatabase>().SeedDemoDataCommandAsync(Console.Out);
}

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<PortalDatabase>().PrepareAsync();
}

app.MapPortal();
await app.RunAsync();
return 0;
