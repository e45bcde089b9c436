namespace Devon.Send.Portal.Web.GovUk;

/// <summary>Which page of a list is shown, and how to link to another: the model of the GOV.UK pagination partial.</summary>
public sealed record Pagination(int Current, int Pages, Func<int, string> Href)
{
    /// <summary>The page numbers to show; null stands for a gap ("…"). The first, last and two either side of this one.</summary>
    public IEnumerable<int?> Numbers()
    {
        int? previous = null;
        for (var n = 1; n <= Pages; n++)
        {
            if (n == 1 || n == Pages || Math.Abs(n - Current) <= 2)
            {
                if (previous is { } p && n - p > 1)
                {
                    yield return null;
                }

                yield return n;
                previous = n;
            }
        }
    }

    public static int PagesFor(int count, int pageSize) => Math.Max(1, (count + pageSize - 1) / pageSize);
}
