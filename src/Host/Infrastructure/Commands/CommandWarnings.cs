using Hyeopchi.Domain.Common;
using Hyeopchi.Host.Admin;

namespace Hyeopchi.Host.Infrastructure.Commands;

/// <summary>
/// Something a recorded command is warned about: it was recorded, not refused, but looks like a
/// mistake the caller should check. <paramref name="Code"/> is rule-style, as a refusal's.
/// </summary>
public sealed record CommandWarning(string Code, DateOnly On, string Holiday)
{
    /// <summary>The business date <c>on</c> given with the command is a public holiday.</summary>
    public const string HolidayCode = "calendar.holiday";

    /// <summary>"입력한 날짜 2025-10-06은 공휴일(추석)입니다 — 날짜를 확인하세요."</summary>
    public string Text => Korean.HolidayWarning(On, Holiday);
}

/// <summary>
/// What <see cref="CommandDoor"/> warns about after a command is recorded, the same for the API and
/// the web admin: a business date <c>on</c> given with the command that falls on a Korean public
/// holiday (<see cref="PublicHolidays"/>) is suspicious, not wrong — the network meets and works on
/// working days, so it is most often a typing slip. A blank <c>on</c> (today) is never warned about.
/// The API answers each warning in a <see cref="Header"/> header
/// (<c>calendar.holiday; on=2025-10-06; text=…</c>, the Korean sentence percent-encoded as UTF-8);
/// the web admin shows the sentence on the page the form goes back to.
/// </summary>
public static class CommandWarnings
{
    public const string Header = "Hyeopchi-Warning";

    private static readonly AsyncLocal<List<CommandWarning>?> Heard = new();

    /// <summary>The warnings of <paramref name="command"/> once recorded: its business date on a public holiday.</summary>
    public static IReadOnlyList<CommandWarning> Of(CommandCatalogue.Entry entry, ICommand command) =>
        entry.BusinessDateOf?.Invoke(command) is { } on && PublicHolidays.On(on) is { } holiday
            ? [new CommandWarning(CommandWarning.HolidayCode, on, holiday.Name)]
            : [];

    /// <summary>
    /// Starts listening for what the door warns about while the caller sends its command (the door
    /// runs within the caller's flow, so it adds to this list); read <see cref="Listening.Warnings"/> after.
    /// </summary>
    public static Listening Listen()
    {
        var outer = Heard.Value;
        var warnings = new List<CommandWarning>();
        Heard.Value = warnings;
        return new Listening(warnings, outer);
    }

    /// <summary>Called by the door once the command is recorded: tells whoever listens.</summary>
    internal static void Recorded(CommandCatalogue.Entry entry, ICommand command)
    {
        if (Heard.Value is { } heard) heard.AddRange(Of(entry, command));
    }

    /// <summary>The header value of a warning: its code, the date and the Korean sentence percent-encoded.</summary>
    public static string HeaderValue(CommandWarning warning) =>
        $"{warning.Code}; on={warning.On:yyyy-MM-dd}; text={Uri.EscapeDataString(warning.Text)}";

    /// <summary>Adds one <see cref="Header"/> header per warning to an API answer.</summary>
    public static void Write(HttpResponse response, IReadOnlyList<CommandWarning> warnings)
    {
        foreach (var warning in warnings) response.Headers.Append(Header, HeaderValue(warning));
    }

    public sealed class Listening(List<CommandWarning> warnings, List<CommandWarning>? outer) : IDisposable
    {
        public IReadOnlyList<CommandWarning> Warnings => warnings;

        public void Dispose() => Heard.Value = outer;
    }
}
