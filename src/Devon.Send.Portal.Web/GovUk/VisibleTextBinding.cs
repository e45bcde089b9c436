using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Devon.Send.Portal.Web.GovUk;

/// <summary>
/// Every string a page binds passes through <see cref="VisibleText.Normalise"/>, so no page can forget it: what is left
/// with nothing visible binds as empty (null), and the page's own check asks for it. Passwords are bound exactly as
/// typed: a password is never displayed, and changing it would lock out anyone whose password it changed.
/// </summary>
public sealed class VisibleTextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string) && context.Metadata.PropertyName?.Contains("Password", StringComparison.Ordinal) != true
            ? new VisibleTextBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    /// <summary>Adds the provider just before the one that binds simple types, so that body and header binding keep theirs.</summary>
    public static void AddTo(IList<IModelBinderProvider> providers)
    {
        var simple = providers.Select((p, i) => (p, i)).First(x => x.p is SimpleTypeModelBinderProvider).i;
        providers.Insert(simple, new VisibleTextBinderProvider());
    }

    private sealed class VisibleTextBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result is { IsModelSet: true, Model: string text } && VisibleText.Normalise(text) is var normal && normal != text)
            {
                bindingContext.Result = ModelBindingResult.Success(normal.Length == 0 && bindingContext.ModelMetadata.ConvertEmptyStringToNull ? null : normal);
            }
        }
    }
}
