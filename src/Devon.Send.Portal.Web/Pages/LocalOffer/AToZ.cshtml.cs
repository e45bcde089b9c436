using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.LocalOffer;

/// <summary>Every Local Offer page, by the first letter of its title.</summary>
[AllowAnonymous]
public sealed class AToZModel(LocalOfferLibrary library) : PageModel
{
    public static readonly IReadOnlyList<char> Letters = [.. Enumerable.Range('A', 26).Select(c => (char)c)];

    public ILookup<char, LocalOfferPage> ByLetter { get; private set; } = Array.Empty<LocalOfferPage>().ToLookup(_ => 'A');

    public void OnGet() => ByLetter = library.Current.Pages.ToLookup(p => LetterOf(p.Document.Title));

    // Titles that start with a number are listed under the first letter of the words, as people look for them.
    private static char LetterOf(string title) =>
        char.ToUpperInvariant(title.FirstOrDefault(char.IsLetter, 'A')) is var letter && Letters.Contains(letter) ? letter : 'A';
}
