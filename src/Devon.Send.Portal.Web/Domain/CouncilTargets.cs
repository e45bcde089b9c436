namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// The council's own targets where the Code of Practice gives guidance ("should") rather than a limit in law. Shown
/// as targets beside the law's limits, counted apart, never as overdue. Setting section <c>CouncilTargets</c>.
/// </summary>
public sealed class CouncilTargets
{
    public const string Section = "CouncilTargets";

    /// <summary>How often to review the plan of a child under 5 (CoP 9.178: "should consider" every 3 to 6 months): 0 for no target, 3 or 6.</summary>
    public int UnderFiveReviewMonths { get; set; } = 6;

    /// <summary>The reading age the council aims for in what families read in a plan; shown to writers beside each section's reading age.</summary>
    public int ReadingAge { get; set; } = 11;
}
