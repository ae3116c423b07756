using System.Text.Encodings.Web;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.People;
using Marten;
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
    /// (<see cref="CommandAttribute"/>; the door enforces the same).
    /// </summary>
    private bool MayRun<TCommand>() where TCommand : ICommand => CommandCatalogue.MayRun(typeof(TCommand), User);

    /// <summary>Whether the page shows the form of <typeparamref name="TCommand"/>: only to roles the command's declaration lets run it.</summary>
    public bool Offers<TCommand>() where TCommand : ICommand => MayRun<TCommand>();

    /// <summary>
    /// The registered people the forms of <paramref name="forms"/> (their commands) choose from, read
    /// only when the page offers one of those forms (the others are not shown).
    /// </summary>
    protected async Task<IReadOnlyList<Person>> PeopleToChooseAsync(IQuerySession query, CancellationToken ct, params Type[] forms) =>
        forms.Any(form => CommandCatalogue.MayRun(form, User)) ? await PersonQueries.List(query, ct) : [];

    /// <summary>
    /// A form post of <typeparamref name="TCommand"/>: a role that may not run it is 403 before the
    /// form's fields are read, so never a field error; otherwise <paramref name="send"/> reads the
    /// fields and sends the command through <see cref="AdminCommands"/> (the one door), and the page answers.
    /// </summary>
    protected async Task<IActionResult> Post<TCommand>(string form, Func<Task<Outcome>> send, Func<Outcome, string> done, Func<Task<bool>> show)
        where TCommand : ICommand =>
        MayRun<TCommand>() ? await Answer(form, await send(), done, show) : Forbid();

    /// <summary>A form post of <typeparamref name="TCommand"/> on a page that is always there to show again (<paramref name="show"/>).</summary>
    protected Task<IActionResult> Post<TCommand>(string form, Func<Task<Outcome>> send, Func<Outcome, string> done, Func<Task> show)
        where TCommand : ICommand =>
        Post<TCommand>(form, send, done, async () =>
        {
            await show();
            return true;
        });

    /// <summary>
    /// What a form post came to: back to <paramref name="done"/> with a notice, 403 or 404 as such,
    /// or the page shown again (<paramref name="show"/>; false when the record is gone) with the failure beside the form.
    /// </summary>
    protected async Task<IActionResult> Answer(string form, Outcome outcome, Func<Outcome, string> done, Func<Task<bool>> show)
    {
        if (outcome.Succeeded) return Redirect(done(outcome));
        if (Stopped(outcome) is { } stopped) return stopped;
        if (!await show()) return NotFound();
        Fail(form, outcome);
        return Page();
    }

    /// <summary>A failure that is not shown beside a form: a role that may not (403) or a record that is gone (404).</summary>
    protected IActionResult? Stopped(Outcome outcome) => outcome.Status switch
    {
        StatusCodes.Status403Forbidden => Forbid(),
        StatusCodes.Status404NotFound => NotFound(),
        _ => null,
    };
}
