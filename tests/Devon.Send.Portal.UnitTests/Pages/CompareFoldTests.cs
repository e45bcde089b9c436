using Devon.Send.Portal.Web.Pages.Children.Plan;

namespace Devon.Send.Portal.UnitTests.Pages;

public sealed class CompareFoldTests
{
    [Theory]
    [InlineData(new[] { "C" }, "Section C has not changed.")]
    [InlineData(new[] { "A", "B" }, "Sections A and B have not changed.")]
    [InlineData(new[] { "A", "B", "D", "G" }, "Sections A, B, D and G have not changed.")]
    public void A_comparison_folds_the_unchanged_sections_into_one_line(string[] codes, string line) =>
        Assert.Equal(line, CompareModel.UnchangedLine(codes));
}
