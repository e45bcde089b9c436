using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using Devon.Send.Portal.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

public sealed class TwoFactorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Post_AuthenticatorCode_TurnsOnTwoStepSignInWhichIsThenRequired()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.ThirdParent);
        var (_, setup) = await client.GetAsync("/account/two-factor");
        var key = setup.QuerySelector(".app-setup-key")!.TextContent;

        var (_, enabled) = await client.SubmitAsync(setup, new Dictionary<string, string> { ["Code"] = CodeFor(key) }, "main form[action*='Enable']");

        Assert.Equal("Two-step sign-in is on", enabled.QuerySelector(".govuk-panel__title")!.TextContent);
        var recoveryCodes = enabled.QuerySelectorAll(".app-recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recoveryCodes.Count);

        using var later = factory.CreatePortalClient();
        var afterPassword = await later.SignInAsync(DemoData.ThirdParent.Email);
        Assert.StartsWith("/account/sign-in-two-factor", afterPassword.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var (_, codePage) = await later.GetAsync(afterPassword.Headers.Location.OriginalString);

        var (wrong, wrongPage) = await later.SubmitAsync(codePage, new Dictionary<string, string> { ["Code"] = "000000" == CodeFor(key) ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal("#Code", wrongPage.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));

        var (right, _) = await later.SubmitAsync(wrongPage, new Dictionary<string, string> { ["Code"] = recoveryCodes[0] });
        Assert.Equal("/home", right.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_WrongSetupCode_LeavesTwoStepSignInOff()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Editor);
        var (_, setup) = await client.GetAsync("/account/two-factor");

        var (_, page) = await client.SubmitAsync(setup, new Dictionary<string, string> { ["Code"] = "12345" }, "main form[action*='Enable']");

        Assert.Equal("Enter the 6-digit code from your authenticator app, like 123456", page.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.NotNull(page.QuerySelector(".app-setup-key"));
    }

    [Fact]
    public async Task Get_TwoFactorSignInWithoutAPassword_GoesBackToSignIn()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.Http.GetAsync(new Uri("/account/sign-in-two-factor", UriKind.Relative));

        Assert.Equal("/account/sign-in", response.Headers.Location!.OriginalString);
    }

    /// <summary>RFC 6238 with the settings authenticator apps use: HMAC-SHA1, 30-second steps, 6 digits.</summary>
    private string CodeFor(string setupKey)
    {
        var secret = Base32(setupKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        // Identity checks authenticator codes against the system clock, not the injected TimeProvider.
        var now = TimeProvider.System.GetUtcNow();
        var step = (long)((now - DateTimeOffset.UnixEpoch).TotalSeconds / 30);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
