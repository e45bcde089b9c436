using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Devon.Send.Portal.Web.Security;

/// <summary>
/// Requests no page's form sends: a NUL byte in a field or its name, more fields than a form may hold, or a method a
/// page has no handler for. Each gets 400 or 405 and the GOV.UK error page before anything reads it, never a 500,
/// and is logged at warning without the value.
/// </summary>
public static partial class MalformedRequests
{
    /// <summary>
    /// Checks an ordinary (URL-encoded) form and the query string before routing. A form with files is checked by
    /// <see cref="MalformedFormFilter"/> once the page has read it within its own size limits.
    /// </summary>
    public static WebApplication UseMalformedRequestRefusal(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // The error page is reached again with the same request: let it answer.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                await next(context);
                return;
            }

            var request = context.Request;
            string? problem = null;
            if (request.Query.Any(q => HasNul(q.Key) || q.Value.Any(HasNul)))
            {
                problem = "a NUL byte in the query string";
            }
            else if (request.HasFormContentType && !request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    var form = await request.ReadFormAsync(context.RequestAborted);
                    problem = NulIn(form);
                }
                catch (InvalidDataException)
                {
                    problem = "more form fields, or longer ones, than a form may hold";
                }
            }

            if (problem is null)
            {
                await next(context);
                return;
            }

            Refused(Logger(context), problem, request.Method, request.Path);
            Forget(context);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        });
        return app;
    }

    /// <summary>The first NUL byte in a form's names or values, described without the value; null when there is none.</summary>
    public static string? NulIn(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Any(f => HasNul(f.Key) || f.Value.Any(HasNul)) || form.Files.Any(f => HasNul(f.Name) || HasNul(f.FileName))
            ? "a NUL byte in a form field"
            : null;
    }

    /// <summary>The error page is reached with the same request: it must not read, or fail on, the refused form again.</summary>
    internal static void Forget(HttpContext context) =>
        context.Features.Set<Microsoft.AspNetCore.Http.Features.IFormFeature>(new Microsoft.AspNetCore.Http.Features.FormFeature(FormCollection.Empty));

    private static bool HasNul(string? value) => value?.Contains('\0', StringComparison.Ordinal) == true;

    internal static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MalformedRequests));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request with {Problem}: {Method} {Path}")]
    internal static partial void Refused(ILogger logger, string problem, string method, string path);
}

/// <summary>
/// On every page: a method the page has no handler for (a POST to a page that only shows something) gets 405 with
/// the methods it does take; a form with files and a NUL byte gets 400. Both before the page runs.
/// </summary>
public sealed class MalformedFormFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
        {
            MalformedRequests.Refused(MalformedRequests.Logger(context.HttpContext), "a method the page has no handler for", request.Method, request.Path);
            context.HttpContext.Response.Headers.Allow = "GET, HEAD";
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        if (request.HasFormContentType && MalformedRequests.NulIn(request.Form) is { } problem)
        {
            MalformedRequests.Refused(MalformedRequests.Logger(context.HttpContext), problem, request.Method, request.Path);
            MalformedRequests.Forget(context.HttpContext);
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            return;
        }

        await next();
    }
}
