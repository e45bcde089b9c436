using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Data;

namespace Devon.Send.Portal.IntegrationTests;

/// <summary>An HTTP client that reads pages as HTML and submits their forms, anti-forgery token included.</summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(string url)
    {
        var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await ParseAsync(response));
    }

    /// <summary>Fills in the page's form (the first one with a submit button, or the one matching the selector) and posts it.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(
        IHtmlDocument page, IReadOnlyDictionary<string, string> values, string formSelector = "main form")
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is not ("radio" or "checkbox" or "submit"))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        var target = new Uri(new Uri(page.Url), form.GetAttribute("action") ?? "");
        var response = await http.PostAsync(new Uri(target.PathAndQuery, UriKind.Relative), new FormUrlEncodedContent(fields));
        return (response, await ParseAsync(response));
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = DemoData.Password)
    {
        var (_, page) = await GetAsync("/account/sign-in");
        var (response, _) = await SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        return response;
    }

    public async Task SignInAsync(DemoData.Account account)
    {
        var response = await SignInAsync(account.Email);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {account.Role} failed with {(int)response.StatusCode}.");
        }
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        // The document keeps its address so that relative form actions resolve.
        return (IHtmlDocument)await BrowsingContext.New().OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public void Dispose() => http.Dispose();
}
