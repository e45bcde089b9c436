using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class TeamContactTests
{
    [Theory]
    [InlineData("01392 383000", "01392 383000")]
    [InlineData("  01392   383000 ", "01392 383000")]
    [InlineData("(01392) 383-000", "(01392) 383-000")]
    [InlineData("0345 155 1013", "0345 155 1013")]
    [InlineData("+44 1392 383000", "+44 1392 383000")]
    [InlineData("020 7946 0000", "020 7946 0000")]
    [InlineData("01632960123", "01632960123")]
    public void A_uk_number_is_kept_as_typed_with_its_spaces_tidied(string typed, string kept) =>
        Assert.Equal(kept, TeamContact.NormalisePhone(typed));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345")]
    [InlineData("1392 383000")]
    [InlineData("00 44 1392 383000")]
    [InlineData("+44 01392 383000")]
    [InlineData("+33 1 42 68 53 00")]
    [InlineData("01392 383000 ext 2")]
    [InlineData("01392 3830000 1")]
    [InlineData("0139 238")]
    [InlineData("+44+1392383000")]
    public void Anything_else_is_refused(string typed) => Assert.Null(TeamContact.NormalisePhone(typed));
}
