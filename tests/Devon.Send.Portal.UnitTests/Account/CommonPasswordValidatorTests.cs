using Devon.Send.Portal.Web.Account;
using Devon.Send.Portal.Web.Data;

namespace Devon.Send.Portal.UnitTests.Account;

public sealed class CommonPasswordValidatorTests
{
    private static readonly PortalUser User = new() { Email = "jane.smith@example.com", UserName = "jane.smith@example.com", DisplayName = "Jane Smith" };

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password123!")]
    [InlineData("qwertyuiop123")]
    [InlineData("iloveyou2026!!")]
    [InlineData("111111111111")]
    [InlineData("abcabcabcabc")]
    [InlineData("monkeymonkeymonkey")]
    public void Common_passwords_and_padded_ones_are_refused(string password)
    {
        Assert.True(CommonPasswordValidator.IsCommon(password));
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("DevonDemo2026!")]
    [InlineData("kettle-garden-lighthouse")]
    public void Long_uncommon_passwords_are_accepted(string password)
    {
        Assert.False(CommonPasswordValidator.IsCommon(password));
    }

    [Fact]
    public async Task A_password_made_of_the_persons_email_is_refused()
    {
        var result = await new CommonPasswordValidator().ValidateAsync(null!, User, "jane.smith2026");

        Assert.False(result.Succeeded);
        Assert.Equal("CommonPassword", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_good_password_passes()
    {
        var result = await new CommonPasswordValidator().ValidateAsync(null!, User, "seaside tractor violin");

        Assert.True(result.Succeeded);
    }
}
