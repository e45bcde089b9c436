using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Data;

/// <summary>The <c>verify-plans</c> command, run for real against a database someone has tampered with. Its own portal, as it breaks the guards.</summary>
public sealed class PlanVerificationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Verify_plans_finds_every_plan_intact_then_names_the_plan_whose_history_was_altered_behind_the_portals_back()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var connection = db.Database.GetConnectionString()!;
        var plans = await db.Plans.CountAsync();

        var intact = await PortalCommand.RunAsync(connection, "verify-plans");

        Assert.True(intact.ExitCode == 0, intact.Output + intact.Errors);
        Assert.StartsWith($"All {plans} plans are intact", intact.Output, StringComparison.Ordinal);

        // Someone with direct access to the database drops the guard and rewrites one word of Leo's plan.
        var leo = await factory.ChildIdAsync("Leo");
        var plan = await db.Plans.Where(p => p.ChildId == leo).Select(p => p.Id).SingleAsync();
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER SectionRevisions_NoUpdate");
        var changed = await db.Database.ExecuteSqlAsync(
            $"UPDATE SectionRevisions SET Content = replace(Content, '6 sessions of 45 minutes', '2 sessions of 45 minutes') WHERE PlanId = {plan} AND SectionCode = 'F'");
        Assert.Equal(1, changed);

        var altered = await PortalCommand.RunAsync(connection, "verify-plans");

        Assert.True(altered.ExitCode == 2, altered.Output + altered.Errors);
        Assert.Contains($"ALTERED: plan {plan}", altered.Output, StringComparison.Ordinal);
        Assert.Contains("Section F revision 1: its content or details were changed after it was saved", altered.Output, StringComparison.Ordinal);
        Assert.Contains($"1 of {plans} plans have an altered history", altered.Output, StringComparison.Ordinal);

        // A cleverer one also recomputes that revision's hash: the versions that name it still give it away.
        var revision = await db.SectionRevisions.AsNoTracking().SingleAsync(r => r.PlanId == plan && r.SectionCode == "F");
        await db.Database.ExecuteSqlAsync($"UPDATE SectionRevisions SET Hash = {PlanIntegrity.HashOf(revision)} WHERE Id = {revision.Id}");

        var rehashed = await PortalCommand.RunAsync(connection, "verify-plans");

        Assert.True(rehashed.ExitCode == 2, rehashed.Output + rehashed.Errors);
        Assert.DoesNotContain("Section F revision 1", rehashed.Output, StringComparison.Ordinal);
        Assert.Contains("Draft 1: its details or the revisions it is made of were changed after it was issued", rehashed.Output, StringComparison.Ordinal);
        Assert.Contains("Final plan: its details or the revisions it is made of were changed after it was issued", rehashed.Output, StringComparison.Ordinal);
    }
}
