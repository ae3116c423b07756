using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hyeopchi.Host.Admin;

/// <summary>
/// What every admin page with forms shares: which form failed and why, so the page is shown again
/// with the rule, the unmet conditions and the field messages next to what was typed.
/// </summary>
public abstract class AdminPage : PageModel
{
    public string? FailedForm { get; private set; }

    public Outcome? Outcome { get; private set; }

    /// <summary>The outcome to show next to <paramref name="form"/>, if that form is the one that failed.</summary>
    public Outcome? OutcomeOf(string form) => FailedForm == form ? Outcome : null;

    public IHtmlContent ErrorFor(string form, string field, string inputId)
    {
        var message = OutcomeOf(form)?.ErrorFor(field);
        return message is null
            ? HtmlString.Empty
            : new HtmlString($"<p class=\"field-error\" id=\"{inputId}-error\">{Korean.Html.Encode(message)}</p>");
    }

    /// <summary>aria attributes for an input whose field failed.</summary>
    public IHtmlContent Invalid(string form, string field, string inputId) =>
        OutcomeOf(form)?.ErrorFor(field) is null
            ? HtmlString.Empty
            : new HtmlString($"aria-invalid=\"true\" aria-describedby=\"{inputId}-error\"");

    /// <summary>Keeps the failure for the page to show; the status says what kind (400 input, 409 rule or conflict, 412 changed since shown).</summary>
    protected void Fail(string form, Outcome outcome)
    {
        FailedForm = form;
        Outcome = outcome;
        Response.StatusCode = outcome.Status;
    }

    /// <summary>
    /// Whether the caller's roles may run <typeparamref name="TCommand"/>, as the command declares it
    /// (<see cref="Infrastructure.Commands.CommandAttribute"/>; the door enforces the same). A form
    /// that reads its fields before sending asks first, so a post from a role that may not is 403
    /// whatever the fields hold, never a field error.
    /// </summary>
    protected bool MayRun<TCommand>() where TCommand : Infrastructure.Commands.ICommand =>
        Infrastructure.Commands.CommandCatalogue.MayRun(typeof(TCommand), User);

    /// <summary>Whether the page shows the form of <typeparamref name="TCommand"/>: only to roles the command's declaration lets run it.</summary>
    public bool Offers<TCommand>() where TCommand : Infrastructure.Commands.ICommand => MayRun<TCommand>();

    /// <summary>A failure that is not shown beside a form: a role that may not (403) or a record that is gone (404).</summary>
    protected IActionResult? Stopped(Outcome outcome) => outcome.Status switch
    {
        StatusCodes.Status403Forbidden => Forbid(),
        StatusCodes.Status404NotFound => NotFound(),
        _ => null,
    };

}
