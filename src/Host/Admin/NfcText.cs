using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Hyeopchi.Host.Admin;

/// <summary>
/// Every text a page form posts is bound composed (Unicode NFC): Hangul typed or pasted
/// decomposed (NFD, as macOS produces it) becomes the same characters the API stores, so names
/// compare equal whichever door they came through. The API's counterpart is <see cref="Infrastructure.Security.NfcStringConverter"/>.
/// </summary>
public sealed class NfcTextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string)
            ? new NfcTextBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    private sealed class NfcTextBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is string text && !text.IsNormalized(NormalizationForm.FormC))
            {
                bindingContext.Result = ModelBindingResult.Success(text.Normalize(NormalizationForm.FormC));
            }
        }
    }
}
