using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Attachments;

public static class AttachmentServices
{
    public static IServiceCollection AddAttachments(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<AttachmentOptions>(configuration.GetSection("Attachments"));
        var folder = AttachmentOptions.FolderFor(configuration, environment);
        // Production checks this with every other setting first; elsewhere a wrong store stops start-up here.
        if (AttachmentSettings.Problems(configuration, requireBlob: false) is { Count: > 0 } problems)
        {
            throw new PortalSettingsException(problems);
        }

        services.AddSingleton(sp => AttachmentSettings.Create(sp, configuration, folder));
        return services;
    }
}

/// <summary>
/// Lets a page read uploads up to <see cref="AttachmentOptions.MaxRequestBytes"/>, well above the file limit, so a
/// file that is too large reaches the page and is refused with a message on the form. Runs before the anti-forgery
/// check, which is the first thing to read the form.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AttachmentUploadLimitsAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public bool IsReusable => true;

    public int Order => -3000;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<IOptions<AttachmentOptions>>().Value.MaxRequestBytes);

    private sealed class Filter(long limit) : IAuthorizationFilter
    {
        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var features = context.HttpContext.Features;
            if (features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            if (features.Get<IFormFeature>()?.Form is null)
            {
                features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
            }
        }
    }
}
