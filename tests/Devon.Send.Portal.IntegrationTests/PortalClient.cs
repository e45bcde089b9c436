using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Demo;

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

    /// <summary>
    /// Fills in the page's form (the first one with a submit button, or the one matching the selector) and posts it
    /// as a browser would: inputs, textareas, checked radios and checkboxes, selected options. Each value given
    /// replaces every value the form had under that name; <paramref name="submitter"/> names the button pressed,
    /// whose <c>formaction</c> wins over the form's action.
    /// </summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(
        IHtmlDocument page, IReadOnlyDictionary<string, string> values, string formSelector = "main form", string? submitter = null) =>
        await SubmitAsync(page, values.Select(v => (v.Key, v.Value)).ToList(), formSelector, submitter);

    /// <summary>The same, for fields with several values (checkboxes): every name given replaces the form's values for it.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(
        IHtmlDocument page, IReadOnlyList<(string Name, string Value)> values, string formSelector = "main form", string? submitter = null, IReadOnlyList<FormFile>? files = null)
    {
        var (target, fields) = FormOf(page, values, formSelector, submitter);
        HttpContent content = new FormUrlEncodedContent(fields);
        if (files is not null)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var field in fields)
            {
                multipart.Add(new StringContent(field.Value), field.Key);
            }

            foreach (var file in files)
            {
                var part = new ByteArrayContent(file.Content);
                part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
                multipart.Add(part, file.Name, file.FileName);
            }

            content = multipart;
        }

        var response = await http.PostAsync(target, content);
        return (response, await ParseAsync(response));
    }

    /// <summary>
    /// Where the page's form posts and the fields it would send, filled in as <see cref="SubmitAsync(IHtmlDocument, IReadOnlyList{ValueTuple{string, string}}, string, string?, IReadOnlyList{FormFile}?)"/>
    /// does, so that a test can send the very same form several times at once.
    /// </summary>
    public static (Uri Target, List<KeyValuePair<string, string>> Fields) FormOf(
        IHtmlDocument page, IReadOnlyList<(string Name, string Value)> values, string formSelector = "main form", string? submitter = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        return FormOf(page, form, values, submitter);
    }

    /// <summary>The same, for a form already found.</summary>
    public static (Uri Target, List<KeyValuePair<string, string>> Fields) FormOf(
        IHtmlDocument page, IHtmlFormElement form, IReadOnlyList<(string Name, string Value)> values, string? submitter = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is "radio" or "checkbox":
                    if (input.IsChecked)
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is not "submit":
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } textArea:
                    fields.Add(new(textArea.Name!, textArea.Value));
                    break;
                case IHtmlSelectElement { Name.Length: > 0 } select when select.SelectedOptions.Length > 0:
                    fields.Add(new(select.Name!, select.SelectedOptions[0]!.Value));
                    break;
            }
        }

        var given = values.Select(v => v.Name).ToHashSet();
        fields.RemoveAll(f => given.Contains(f.Key));
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)));

        var action = form.GetAttribute("action") ?? "";
        if (submitter is not null)
        {
            var button = form.QuerySelector(submitter) ?? throw new InvalidOperationException($"No button matches '{submitter}'.");
            action = button.GetAttribute("formaction") ?? action;
        }

        var target = new Uri(new Uri(page.Url), action);
        return (new Uri(target.PathAndQuery, UriKind.Relative), fields);
    }

    /// <summary>Sends the same fields to the same address <paramref name="times"/> times at once, as a double (or tenfold) click would.</summary>
    public async Task<HttpResponseMessage[]> PostAtOnceAsync(Uri target, IReadOnlyList<KeyValuePair<string, string>> fields, int times = 10)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = Enumerable.Range(0, times).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await http.PostAsync(target, new FormUrlEncodedContent(fields));
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(posts);
    }

    /// <summary>A file for a form's file input, as a browser would send it: the name and type are the browser's word only.</summary>
    public sealed record FormFile(string Name, string FileName, string ContentType, byte[] Content);

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
