using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class ChildNameTests
{
    private static readonly Child Mia = new() { GivenName = "Mia", FamilyName = "Thompson-Reed" };

    [Fact]
    public void A_childs_name_is_their_given_name_then_their_family_name()
    {
        Assert.Equal("Mia Thompson-Reed", ChildName.Of("Mia", "Thompson-Reed"));
        Assert.Equal("Mia Thompson-Reed", Mia.FullName);
    }

    [Fact]
    public void The_query_expression_gives_the_same_name()
    {
        Assert.Equal(ChildName.Of(Mia.GivenName, Mia.FamilyName), ChildName.Full.Compile()(Mia));
    }
}
