using Hyeopchi.Host.Infrastructure.Commands;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Admin;

/// <summary>
/// A page about one record (a TF, an expo, a course, a monitoring year) with several forms: each
/// form post sends its command through <see cref="AdminCommands"/>, then redirects
/// back with a notice, or shows the page again with the failure next to the form that was sent.
/// </summary>
public abstract class RecordPage(AdminCommands commands) : AdminPage
{
    public string? Notice { get; protected set; }

    /// <summary>Reads the record and what the page shows of it; false when there is no such record (404).</summary>
    protected abstract Task<bool> LoadAsync(CancellationToken ct);

    /// <summary>Where a successful form goes back to.</summary>
    protected abstract string Here { get; }

    /// <summary>The record's id in the route (<c>{id:guid}</c>), for a page about a record named by its id.</summary>
    protected Guid RouteId => Guid.TryParse(RouteData.Values["id"]?.ToString(), out var id) ? id : Guid.Empty;

    /// <summary>The year in the route (<c>{year:int}</c>), for a page about a year's record.</summary>
    protected int RouteYear => Number(RouteData.Values["year"]?.ToString()) ?? 0;

    /// <summary>
    /// A form of <typeparamref name="TCommand"/>: a role that may not run it is 403 before any field
    /// is read; then the form's date (blank for today) is read, and <paramref name="send"/> reads the
    /// other fields and sends the command (<see cref="SendAsync"/>), or says which field failed.
    /// </summary>
    protected Task<IActionResult> Run<TCommand>(string form, string? date, Func<DateOnly?, Task<Outcome>> send, CancellationToken ct)
        where TCommand : ICommand =>
        Post<TCommand>(form, async () => Date(date, out var on) ?? await send(on), _ => $"{Here}?done={form}", () => LoadAsync(ct));

    /// <summary>Sends a command through <see cref="AdminCommands"/> (the one door): what it came to.</summary>
    protected Task<Outcome> SendAsync(ICommand command) => commands.SendAsync(HttpContext, command);

    /// <summary>A field's choice that names nothing, as the form shows it.</summary>
    protected static Task<Outcome> NotAChoice(string field) => Task.FromResult(Outcome.Invalid(field, Korean.NotAChoice));

    /// <summary>A field that is not a number, as the form shows it.</summary>
    protected static Task<Outcome> NotANumber(string field) => Task.FromResult(Outcome.Invalid(field, Korean.NotANumber));

    /// <summary>A field that is not a date, as the form shows it.</summary>
    protected static Task<Outcome> NotADate(string field) => Task.FromResult(Outcome.Invalid(field, Korean.NotADate));

    /// <summary>A form's date, blank for today; an invalid date fails the form.</summary>
    protected static Outcome? Date(string? text, out DateOnly? on) =>
        FormValues.TryParseDate(text, out on) ? null : Outcome.Invalid("on", Korean.NotADate);

    protected static Guid? Id(string? text) => Guid.TryParse(text, out var id) ? id : null;

    protected static int? Number(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    protected static decimal? Decimal(string? text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    protected static readonly Outcome Missing = Outcome.Failed("이 기록을 찾을 수 없습니다.");
}
