using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

/// <summary>Sign-in must not tell anyone which email addresses have accounts.</summary>
public sealed class SignInEnumerationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed class CountingHasher : IPasswordHasher<PortalUser>
    {
        private readonly PasswordHasher<PortalUser> _inner = new();

        public static int Verifications;

        public string HashPassword(PortalUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private async Task CreateUnconfirmedAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, DisplayName = "Not Confirmed", CreatedAt = PortalFactory.Today };
        Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
        await users.AddToRoleAsync(user, PortalRoles.Parent);
    }

    private static async Task<string> ErrorAfterSigningInAsync(PortalClient client, string email, string password)
    {
        var (_, form) = await client.GetAsync("/account/sign-in");
        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        return page.QuerySelector(".govuk-error-summary__list a")!.TextContent;
    }

    [Fact]
    public async Task Post_UnknownEmail_StillChecksAPasswordHash_SoItTakesAsLongAsAWrongPassword()
    {
        var counted = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<IPasswordHasher<PortalUser>, CountingHasher>()));
        using var client = new PortalClient(counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }));
        var before = CountingHasher.Verifications;

        var error = await ErrorAfterSigningInAsync(client, "nobody.here@example.com", "some password or other");

        Assert.Equal("Enter a correct email address and password", error);
        Assert.Equal(1, CountingHasher.Verifications - before);
    }

    [Fact]
    public async Task Post_UnconfirmedAccountWithTheWrongPassword_GetsTheSameAnswerAsAnUnknownOne()
    {
        await CreateUnconfirmedAsync("unconfirmed.wrong@example.com");
        using var client = factory.CreatePortalClient();

        var error = await ErrorAfterSigningInAsync(client, "unconfirmed.wrong@example.com", "not the password at all");

        Assert.Equal("Enter a correct email address and password", error);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.Equal(1, await users.GetAccessFailedCountAsync((await users.FindByEmailAsync("unconfirmed.wrong@example.com"))!));
    }

    [Fact]
    public async Task Post_UnconfirmedAccountWithTheRightPassword_IsAskedToConfirmTheEmail()
    {
        await CreateUnconfirmedAsync("unconfirmed.right@example.com");
        using var client = factory.CreatePortalClient();

        var error = await ErrorAfterSigningInAsync(client, "unconfirmed.right@example.com", DemoData.Password);

        Assert.StartsWith("Confirm your email address before you sign in", error, StringComparison.Ordinal);
    }
}
