using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.LocalOffer;

/// <summary>The Local Offer's front page: the common tasks, every category, search and the A to Z.</summary>
[AllowAnonymous]
public sealed class IndexModel(LocalOfferLibrary library) : PageModel
{
    /// <summary>What families most often come to do, each answered by one page.</summary>
    public static readonly IReadOnlyList<(string Slug, string Task)> Tasks =
    [
        ("what-is-an-ehc-plan", "Find out what an EHC plan is"),
        ("asking-for-an-ehc-needs-assessment", "Ask for an EHC needs assessment"),
        ("the-20-week-process", "Understand the 20-week assessment process"),
        ("annual-reviews", "Get ready for an annual review"),
        ("personal-budgets", "Ask for a personal budget"),
        ("appealing-to-the-send-tribunal", "Challenge a decision: mediation and appeals"),
        ("preparing-for-adulthood", "Plan for life after school"),
        ("information-advice-and-support-service", "Get free, impartial advice"),
    ];

    public LocalOfferSnapshot Library { get; private set; } = LocalOfferSnapshot.Empty;

    public void OnGet() => Library = library.Current;
}
