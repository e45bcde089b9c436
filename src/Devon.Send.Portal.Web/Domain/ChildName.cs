using System.Linq.Expressions;

namespace Devon.Send.Portal.Web.Domain;

/// <summary>How a child's name is shown: given name then family name.</summary>
public static class ChildName
{
    /// <summary>The name as a query selects it, so that the database builds it rather than loading the child.</summary>
    public static readonly Expression<Func<Child, string>> Full = c => c.GivenName + " " + c.FamilyName;

    public static string Of(string givenName, string familyName) => givenName + " " + familyName;

    /// <summary>"your" when the young person reads about themselves (GOV.UK style: speak to the reader), otherwise "Leo Carter's".</summary>
    public static string Whose(string name, bool readerIsTheChild) => readerIsTheChild ? "your" : name + "'s";

    /// <summary>The same at the start of a heading or sentence: "Your" or "Leo Carter's".</summary>
    public static string WhoseAtStart(string name, bool readerIsTheChild) => readerIsTheChild ? "Your" : name + "'s";
}
