using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hyeopchi.Host.Admin;

/// <summary>
/// One form of an admin page as every page shows it: a card headed by its title, the failure of that
/// form when it was the one sent (<c>_Outcome</c>), and the form posting to the page's
/// <see cref="Handler"/> with the fields written inside, then its submit button:
/// <code>
/// &lt;form-card name="finding" heading="발견 사항 기록" form="@DetailModel.FindingFormName" handler="Finding" route-id="@w.Id" submit="발견 사항 기록"&gt;
///     fields
/// &lt;/form-card&gt;
/// </code>
/// renders as the hand-written <c>section.card</c> (<c>aria-labelledby="finding-heading"</c>), <c>h2#finding-heading</c>,
/// the outcome, and <c>form method="post"</c> with its anti-forgery token, as the form tag helper writes them.
/// </summary>
[HtmlTargetElement("form-card")]
public sealed class FormCardTagHelper(IHtmlHelper html, IUrlHelperFactory urls, IHtmlGenerator generator) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The card's name: its heading's id is <c>{name}-heading</c>.</summary>
    public string Name { get; set; } = "";

    public string Heading { get; set; } = "";

    /// <summary>A line under the heading, shown muted (optional).</summary>
    public string? Hint { get; set; }

    /// <summary>The form's name on its page (<see cref="AdminPage.OutcomeOf"/>).</summary>
    public string Form { get; set; } = "";

    /// <summary>The page handler the form posts to (<c>OnPost{Handler}Async</c>).</summary>
    public string Handler { get; set; } = "";

    /// <summary>Route values of the page's address (<c>route-id</c>, <c>route-year</c>).</summary>
    [HtmlAttributeName(DictionaryAttributePrefix = "route-")]
    public IDictionary<string, object?> Route { get; set; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public string Submit { get; set; } = "";

    /// <summary>A secondary button (corrections, withdrawals, reverts).</summary>
    public bool Secondary { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ((IViewContextAware)html).Contextualize(ViewContext);
        var page = (AdminPage)ViewContext.ViewData.Model!;
        var fields = await output.GetChildContentAsync();
        var action = urls.GetUrlHelper(ViewContext).Page(pageName: null, pageHandler: Handler, values: new Microsoft.AspNetCore.Routing.RouteValueDictionary(Route));
        var heading = $"{Name}-heading";

        output.TagName = "section";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "card");
        output.Attributes.SetAttribute("aria-labelledby", heading);
        var content = output.Content;
        content.AppendHtml($"\n<h2 id=\"{heading}\">").Append(Heading).AppendHtml("</h2>\n");
        if (Hint is not null) content.AppendHtml("<p class=\"muted\">").Append(Hint).AppendHtml("</p>\n");
        content.AppendHtml(await html.PartialAsync("_Outcome", page.OutcomeOf(Form)));
        content.AppendHtml("<form method=\"post\" action=\"").Append(action ?? "").AppendHtml("\">")
            .AppendHtml(fields)
            .AppendHtml(Secondary ? "<button type=\"submit\" class=\"secondary\">" : "<button type=\"submit\">").Append(Submit).AppendHtml("</button>\n")
            .AppendHtml(generator.GenerateAntiforgery(ViewContext) ?? HtmlString.Empty)
            .AppendHtml("</form>\n");
    }
}
