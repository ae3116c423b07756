using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hyeopchi.Host.Admin;

/// <summary>
/// An element marked <c>omit-if-empty</c> (such as the <c>actions</c> block of a page's forms) is not
/// written when nothing inside it is: a user offered none of its forms gets no empty block.
/// </summary>
[HtmlTargetElement(Attributes = "omit-if-empty")]
public sealed class OmitIfEmptyTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll("omit-if-empty");
        var content = await output.GetChildContentAsync();
        if (content.IsEmptyOrWhiteSpace) output.SuppressOutput();
    }
}
