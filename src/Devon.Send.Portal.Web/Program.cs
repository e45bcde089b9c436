using Devon.Send.Portal.Web;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.LocalOffer;
using Devon.Send.Portal.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddPortal();
}
catch (PortalSettingsException e)
{
    // What to fix, alone: a stack trace would bury it.
    await Console.Error.WriteLineAsync(e.Message);
    return PortalSettingsException.ExitCode;
}

if (PortalCommands.IsCommand(args))
{
    PortalCommands.SendLogsToStandardError(builder);
    return await PortalCommands.RunAsync(builder.Build(), args);
}

var app = builder.Build();
app.Logger.LogInformation("Starting in {Environment}: every setting it needs was checked", app.Environment.EnvironmentName);
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DemoSeeding>().PrepareAsync();
}

await app.Services.GetRequiredService<LocalOfferLibrary>().LoadAsync();

app.MapPortal();
await app.RunAsync();
return 0;
