using Devon.Send.Portal.Web.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Security;

/// <summary>
/// A page whose posts may be repeated as they are: signing in (the second answer must carry its own cookie) and
/// keeping a session alive. Its forms' keys are not claimed.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RepeatablePostsAttribute : Attribute;

/// <summary>
/// Every form the portal draws carries a one-time key (<see cref="GovUk.SubmissionKeyTagHelper"/>). The first post
/// with a key claims it in the database before the page acts; the same form sent again with the same contents, at the
/// same moment or later, is not acted on: it waits for the first to finish and is sent where the first was sent, told
/// that the form was sent twice. The same page filled in again differently (after the back button) is a new request. Only an answer that moves on (a redirect) keeps the claim: a form shown again with its errors did
/// nothing, so its key is let go and a second copy is checked in its turn. A post without a key (an old page, a
/// script) is acted on as before, and the page's own checks keep it from doing a thing twice. Autosaves are exempt:
/// each saves the whole draft, so the last one wins.
/// </summary>
public sealed class SubmissionKeyFilter(IServiceScopeFactory scopes, TimeProvider clock, ITempDataDictionaryFactory tempData, IUrlHelperFactory urls)
    : IAsyncPageFilter
{
    public const string FieldName = "__SubmissionKey";

    /// <summary>How long a copy waits for the first to finish before being sent back to the page.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan Kept = TimeSpan.FromDays(1);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (KeyOf(context) is not { } key)
        {
            await next();
            return;
        }

        var userId = http.User.UserId();
        var contents = ContentsOf(http.Request.Form);
        var waitUntil = clock.GetUtcNow() + Wait;
        while (true)
        {
            if (await TryClaimAsync(key, userId, contents, http.RequestAborted))
            {
                await ActAsync(key, context, next);
                return;
            }

            var first = await FirstOutcomeAsync(key, contents, waitUntil, http.RequestAborted);
            if (first is not null && first.Contents != contents)
            {
                // The same page filled in again differently: a new request, which the page's own checks answer.
                await next();
                return;
            }

            if (first is null)
            {
                // The first was shown its errors and let the key go: this copy is checked in its own right. A key that
                // cannot be claimed at all is no reason to refuse the form: the page's own checks still stand.
                if (clock.GetUtcNow() >= waitUntil)
                {
                    await next();
                    return;
                }

                continue;
            }

            var temp = tempData.GetTempData(http);
            var mine = first.UserId == userId;
            temp["Success"] = mine && first.Notice is { Length: > 0 } notice
                ? $"{notice.TrimEnd('.')}. You sent this form twice: it was acted on once"
                : "You sent this form twice: it was acted on once";
            context.Result = new RedirectResult(mine && first.RedirectTo is { } to ? to : http.Request.PathBase + http.Request.Path);
            return;
        }
    }

    private static Guid? KeyOf(PageHandlerExecutingContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType || context.HandlerMethod is null
            || context.HandlerMethod.Name == "Autosave"
            || context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.ActionDescriptor.ModelTypeInfo?.IsDefined(typeof(RepeatablePostsAttribute), inherit: false) == true)
        {
            return null;
        }

        return Guid.TryParse(request.Form[FieldName], out var key) ? key : null;
    }

    private async Task ActAsync(Guid key, PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        PageHandlerExecutedContext? executed = null;
        try
        {
            executed = await next();
        }
        finally
        {
            // A redirect says the page acted, whatever its bound fields said (discarding a draft ignores them).
            var to = executed is { Exception: null } ? RedirectOf(executed) : null;
            if (to is null)
            {
                await ReleaseAsync(key);
            }
            else
            {
                var notice = tempData.GetTempData(context.HttpContext).Peek("Success") as string;
                await FinishAsync(key, to, notice);
            }
        }
    }

    private string? RedirectOf(PageHandlerExecutedContext executed)
    {
        var url = executed.Result switch
        {
            RedirectResult r => r.Url,
            LocalRedirectResult r => r.Url,
            RedirectToPageResult r => urls.GetUrlHelper(executed).Page(r.PageName, r.PageHandler, r.RouteValues, r.Protocol, r.Host, r.Fragment),
            _ => null,
        };
        return url is { Length: > 0 and <= FormSubmission.MaxUrlLength } && (url.StartsWith('/') || Uri.IsWellFormedUriString(url, UriKind.Absolute)) ? url : null;
    }

    /// <summary>A hash of every field but the key and the anti-forgery token, in order, and of any files' names and sizes.</summary>
    private static string ContentsOf(IFormCollection form)
    {
        var text = new System.Text.StringBuilder();
        foreach (var field in form.Where(f => f.Key is not FieldName and not "__RequestVerificationToken").OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            foreach (var value in field.Value)
            {
                text.Append(field.Key.Length).Append(':').Append(field.Key).Append(value?.Length ?? 0).Append(':').Append(value).Append('\n');
            }
        }

        foreach (var file in form.Files)
        {
            text.Append(file.Name).Append(':').Append(file.FileName).Append(':').Append(file.Length).Append('\n');
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }

    private async Task<bool> TryClaimAsync(Guid key, string? userId, string contents, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow();
        var expired = now - Kept;
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                // Serializable, so that of two posts of one key exactly one finds it free; no failed insert to log.
                await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
                if (await db.FormSubmissions.AnyAsync(s => s.Id == key, cancellationToken))
                {
                    return false;
                }

                await db.FormSubmissions.Where(s => s.CreatedAt < expired).ExecuteDeleteAsync(cancellationToken);
                db.FormSubmissions.Add(new FormSubmission { Id = key, UserId = userId, CreatedAt = now, Contents = contents });
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            });
        }
        catch (DbUpdateException)
        {
            // Claimed by another post after all: the caller waits for it.
            return false;
        }
    }

    /// <summary>The first post's outcome once it is known, or, if it is still running when the wait ends, a copy of it without one; null if it let the key go.</summary>
    private async Task<FormSubmission?> FirstOutcomeAsync(Guid key, string contents, DateTimeOffset waitUntil, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var found = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().FormSubmissions.AsNoTracking()
                    .SingleOrDefaultAsync(s => s.Id == key, cancellationToken);
                if (found is null || found.FinishedAt is not null || found.Contents != contents)
                {
                    return found;
                }

                if (clock.GetUtcNow() >= waitUntil)
                {
                    return new FormSubmission { Id = key, UserId = found.UserId, CreatedAt = found.CreatedAt, Contents = contents };
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }

    private async Task FinishAsync(Guid key, string to, string? notice)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = clock.GetUtcNow();
        notice = notice?.Length > FormSubmission.MaxNoticeLength ? null : notice;
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().FormSubmissions.Where(s => s.Id == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FinishedAt, now).SetProperty(x => x.RedirectTo, to).SetProperty(x => x.Notice, notice), CancellationToken.None);
    }

    private async Task ReleaseAsync(Guid key)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().FormSubmissions.Where(s => s.Id == key).ExecuteDeleteAsync(CancellationToken.None);
    }
}
