using Hyeopchi.Domain.Meetings;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Divisions;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Meetings;
using Hyeopchi.Host.People;
using Hyeopchi.Projections.Meetings;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.Meetings;

public sealed class HoldMeetingForm
{
    public string? DivisionId { get; set; }
    public List<string> Participants { get; set; } = [];
    public string? Minutes { get; set; }
    public string? On { get; set; }
}

/// <summary>정기 회의: GET /api/meetings?year='s read; the form sends the POST /api/meetings command through <see cref="AdminCommands"/>.</summary>
public class IndexModel(IQuerySession query, BusinessCalendar calendar, AdminCommands commands) : AdminPage
{
    public const string HoldForm = "hold";

    public int Year { get; private set; }

    public IReadOnlyList<MeetingView> Meetings { get; private set; } = [];

    public IReadOnlyList<DivisionSummary> Divisions { get; private set; } = [];

    public IReadOnlyList<Person> People { get; private set; } = [];

    public string? Notice { get; private set; }

    [BindProperty] public HoldMeetingForm Hold { get; set; } = new();

    public async Task OnGetAsync(int? year, string? done, CancellationToken ct)
    {
        Notice = done == HoldForm ? "정기 회의를 기록했습니다." : null;
        await Load(year, ct);
    }

    public async Task<IActionResult> OnPostHoldAsync(CancellationToken ct)
    {
        if (!MayRun<HoldMeeting>()) return Forbid();
        Outcome outcome;
        if (!FormValues.TryParseDate(Hold.On, out var on)) outcome = Outcome.Invalid("on", Korean.NotADate);
        else if (!FormValues.TryParseIds([Hold.DivisionId ?? ""], out var division)) outcome = Outcome.Invalid("divisionId", Korean.NotAChoice);
        else if (!FormValues.TryParseIds(Hold.Participants, out var participants)) outcome = Outcome.Invalid("participants", Korean.NotAChoice);
        else
        {
            var command = new HoldMeeting(division.Count == 0 ? null : division[0], MeetingKind.Regular, participants,
                string.IsNullOrWhiteSpace(Hold.Minutes) ? null : Hold.Minutes, on);
            outcome = await commands.SendAsync(HttpContext, command);
        }

        var year = on?.Year ?? calendar.Today.Year;
        if (outcome.Succeeded) return Redirect($"/meetings?year={year}&done={HoldForm}");
        if (Stopped(outcome) is { } stopped) return stopped;
        Fail(HoldForm, outcome);
        await Load(null, ct);
        return Page();
    }

    /// <summary>The year shown when none was asked for (this year, or the latest with meetings).</summary>
    public Domain.Common.ShownYear? Shown { get; private set; }

    private async Task Load(int? year, CancellationToken ct)
    {
        Shown = year is >= 2000 and <= 2100 ? null : await YearsOnRecord.MeetingsAsync(query, calendar.Today, ct);
        Year = Shown?.Year ?? year!.Value;
        Meetings = await MeetingQueries.List(null, Year, query, ct);
        Divisions = await DivisionQueries.List(query, ct);
        if (User.MayCommand()) People = await PersonQueries.List(query, ct);
    }
}
