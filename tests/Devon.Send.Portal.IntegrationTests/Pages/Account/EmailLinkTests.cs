using System.Net;
using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

/// <summary>
/// The links the portal emails about an account. A forgotten password: the same answer whatever the address; a link
/// that works once, for an hour, and ends every session of the account; staff who sign in with their work account are
/// pointed there instead. A new email address: confirmed from the new inbox, the old one told, every session ended.
/// </summary>
public sealed partial class EmailLinkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string OldPassword = "harbour lantern pebble";
    private const string NewPassword = "orchard kettle meadow";

    private async Task<PortalUser> CreateAccountAsync(string email, string? password = OldPassword)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Sam Reset", CreatedAt = PortalFactory.Today };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, password is null ? PortalRoles.Caseworker : PortalRoles.Parent);
        return user;
    }

    private static async Task<(HttpResponseMessage Response, string Page)> AskAsync(PortalClient client, string email)
    {
        var (_, form) = await client.GetAsync("/account/forgot-password");
        var (asked, _) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email });
        var (_, page) = await client.GetAsync(asked.Headers.Location!.OriginalString);
        return (asked, page.QuerySelector("main")!.TextContent);
    }

    private async Task<string> LinkAsync(string email)
    {
        var message = await factory.Smtp.WaitForMessageAsync(email, "Reset your password for the Devon SEND Portal");
        var link = new Uri(ResetLink().Match(message.TextBody!).Value);
        return link.PathAndQuery;
    }

    [Fact]
    public async Task Asking_for_an_address_with_or_without_an_account_gives_the_same_answer()
    {
        await CreateAccountAsync("has.account@example.com");
        using var client = factory.CreatePortalClient();

        var (withAccount, withText) = await AskAsync(client, "has.account@example.com");
        var (without, withoutText) = await AskAsync(client, "no.account@example.com");

        Assert.Equal((HttpStatusCode.Redirect, "/account/check-your-email"), (withAccount.StatusCode, withAccount.Headers.Location!.OriginalString));
        Assert.Equal((withAccount.StatusCode, withAccount.Headers.Location), (without.StatusCode, without.Headers.Location));
        Assert.Equal(withText, withoutText);
        Assert.Contains("If there is an account for that email address, we have sent it a link", withText, StringComparison.Ordinal);
        await factory.Smtp.WaitForMessageAsync("has.account@example.com", "Reset your password for the Devon SEND Portal");
        Assert.False(factory.Smtp.HasMessageFor("no.account@example.com"));

        // Nothing about the address is logged as text: the audit row is the account's own, and says what was sent.
        Assert.Single(await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Kind == AuditKind.PasswordResetAsked && e.Detail == "Password reset link sent").ToListAsync()));
        Assert.Empty(await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Detail.Contains("no.account")).ToListAsync()));
    }

    [Fact]
    public async Task Asking_without_a_proper_address_says_what_is_wrong()
    {
        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/forgot-password");

        var (_, empty) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = "" });
        var (_, wrong) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = "not an address" });

        Assert.Equal(["Enter your email address"], empty.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        Assert.Equal(["Enter an email address in the correct format, like name@example.com"], wrong.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task A_new_password_from_the_link_ends_every_session_and_the_link_then_stops_working()
    {
        const string email = "sam.reset@example.com";
        await CreateAccountAsync(email);
        using var elsewhere = factory.CreatePortalClient();
        await elsewhere.SignInAsync(email, OldPassword);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/home")).Response.StatusCode);

        using var client = factory.CreatePortalClient();
        await AskAsync(client, email);
        var link = await LinkAsync(email);
        var (_, form) = await client.GetAsync(link);
        Assert.Equal("Choose a new password", form.QuerySelector("h1")!.TextContent);

        // The same rules as a new account's password.
        var (_, tooShort) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "short" });
        Assert.Single(tooShort.QuerySelectorAll(".govuk-error-summary__list a"));
        Assert.Contains("12 characters", tooShort.QuerySelector(".govuk-error-summary__list a")!.TextContent, StringComparison.Ordinal);
        var (_, common) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "password1234" });
        Assert.Single(common.QuerySelectorAll(".govuk-error-summary__list a"));
        var (_, empty) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "" });
        Assert.Equal(["Enter a new password"], empty.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));

        var (changed, _) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = NewPassword });
        Assert.Equal("/account/password-changed", changed.Headers.Location!.OriginalString);

        // The session started before the reset has ended, however the cookie is replayed.
        var (stale, _) = await elsewhere.GetAsync("/home");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.StartsWith("/account/sign-in", stale.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        // The old password no longer works; the new one does.
        using var again = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await again.SignInAsync(email, OldPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(email, NewPassword)).StatusCode);

        // The link worked once.
        var (_, used) = await client.GetAsync(link);
        Assert.Equal("This link no longer works", used.QuerySelector("h1")!.TextContent);
        Assert.Null(used.QuerySelector("input[name=Password]"));
        var (repeat, repeated) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "another fresh phrase" });
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal("This link no longer works", repeated.QuerySelector("h1")!.TextContent);

        await factory.Smtp.WaitForMessageAsync(email, "Your Devon SEND Portal password has changed");
        var audit = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Kind == AuditKind.PasswordReset && e.ActorName == "Sam Reset").Select(e => e.Detail).ToListAsync());
        Assert.Equal(["New password chosen from the reset link; every session ended"], audit);
    }

    [Fact]
    public async Task A_link_works_for_an_hour()
    {
        const string email = "slow.reader@example.com";
        await CreateAccountAsync(email);
        using var client = factory.CreatePortalClient();
        await AskAsync(client, email);
        var link = await LinkAsync(email);

        factory.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal("Choose a new password", (await client.GetAsync(link)).Document.QuerySelector("h1")!.TextContent);

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var (_, expired) = await client.GetAsync(link);
        Assert.Equal("This link no longer works", expired.QuerySelector("h1")!.TextContent);
        Assert.NotNull(expired.QuerySelector("a[href='/account/forgot-password']"));

        // A link changed on the way does not work either.
        var (_, changed) = await client.GetAsync(link[..^6] + "AAAAAA");
        Assert.Equal("This link no longer works", changed.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Staff_who_sign_in_with_their_work_account_are_pointed_there_and_get_no_link()
    {
        const string email = "work.account@devon.example";
        await CreateAccountAsync(email, password: null);
        using var client = factory.CreatePortalClient();

        var (_, text) = await AskAsync(client, email);

        Assert.Contains("If there is an account for that email address", text, StringComparison.Ordinal);
        var message = await factory.Smtp.WaitForMessageAsync(email, "Signing in to the Devon SEND Portal");
        Assert.Contains("Sign in with your work account", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/account/reset-password", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_reset()
    {
        using var client = factory.CreatePortalClient();

        var (_, page) = await client.GetAsync("/account/sign-in");

        Assert.Equal("Forgotten your password?", page.QuerySelector("main a[href='/account/forgot-password']")!.TextContent);
    }

    [Fact]
    public async Task A_new_email_address_is_confirmed_from_its_inbox_and_the_old_one_is_told()
    {
        const string email = "moving.house@example.com";
        const string newEmail = "new.home@example.com";
        await CreateAccountAsync(email);
        await CreateAccountAsync("taken.address@example.com");
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email, OldPassword);
        var (_, security) = await client.GetAsync("/account/two-factor");
        Assert.NotNull(security.QuerySelector("main a[href='/account/change-email']"));
        var (_, form) = await client.GetAsync("/account/change-email");

        // Errors in the order of the fields; the password is asked for again.
        var (_, invalid) = await client.SubmitAsync(form, new Dictionary<string, string> { ["NewEmail"] = "not an address", ["Password"] = "" });
        Assert.Equal(["Enter an email address in the correct format, like name@example.com", "Enter your password"],
            invalid.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        var (_, same) = await client.SubmitAsync(form, new Dictionary<string, string> { ["NewEmail"] = email.ToUpperInvariant(), ["Password"] = OldPassword });
        Assert.Equal(["Enter an email address that is different from the one you use now"], same.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        var (_, wrong) = await client.SubmitAsync(form, new Dictionary<string, string> { ["NewEmail"] = newEmail, ["Password"] = "not my password at all" });
        Assert.Equal(["The password is not right"], wrong.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));

        // An address that already has an account: the same page, and that inbox is told, not linked.
        var (taken, _) = await client.SubmitAsync(form, new Dictionary<string, string> { ["NewEmail"] = "taken.address@example.com", ["Password"] = OldPassword });
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var takenNote = await factory.Smtp.WaitForMessageAsync("taken.address@example.com", "Your email address on the Devon SEND Portal");
        Assert.DoesNotContain("/account/confirm-email-change", takenNote.TextBody, StringComparison.Ordinal);

        var (asked, _) = await client.SubmitAsync(form, new Dictionary<string, string> { ["NewEmail"] = newEmail, ["Password"] = OldPassword });
        var (_, sent) = await client.GetAsync(asked.Headers.Location!.OriginalString);
        Assert.Contains($"Check the inbox of {newEmail}", sent.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        await factory.Smtp.WaitForMessageAsync(email, "Someone asked to change your email address on the Devon SEND Portal");
        var message = await factory.Smtp.WaitForMessageAsync(newEmail, "Confirm your new email address for the Devon SEND Portal");
        var link = new Uri(ChangeLink().Match(message.TextBody!).Value).PathAndQuery;

        // Opening the link changes nothing; a link whose address was changed on the way does not work.
        using var elsewhere = factory.CreatePortalClient();
        var (_, confirm) = await elsewhere.GetAsync(link);
        Assert.Equal("Confirm your new email address", confirm.QuerySelector("h1")!.TextContent);
        Assert.Equal(email, await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email || u.Email == newEmail).Select(u => u.Email).SingleAsync()));
        var (_, tampered) = await elsewhere.GetAsync(link.Replace("new.home", "evil.home", StringComparison.Ordinal));
        Assert.Equal("This link no longer works", tampered.QuerySelector("h1")!.TextContent);

        var (done, _) = await elsewhere.SubmitAsync(confirm, []);
        Assert.Equal("/account/email-changed", done.Headers.Location!.OriginalString);
        await factory.Smtp.WaitForMessageAsync(email, "Your email address on the Devon SEND Portal has changed");

        // The session that asked has ended; the new address signs in, the old one does not; the link worked once.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/home")).Response.StatusCode);
        using var again = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await again.SignInAsync(email, OldPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(newEmail, OldPassword)).StatusCode);
        // Sent again without its one-time key (with it, the copy is only sent where the first went).
        var (_, used) = await elsewhere.SubmitAsync(confirm, [("__SubmissionKey", "")]);
        Assert.Equal("This link no longer works", used.QuerySelector("h1")!.TextContent);
        var audit = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Kind == AuditKind.AccountChanged && e.ActorName == "Sam Reset").Select(e => e.Detail).ToListAsync());
        Assert.Contains("Email address changed from the link sent to the new address; every session ended", audit);
        Assert.DoesNotContain(audit, d => d.Contains('@', StringComparison.Ordinal));
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();

    [GeneratedRegex(@"https?://\S+/account/confirm-email-change\?\S+")]
    private static partial Regex ChangeLink();
}
