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

/// <summary>The fields of the page's forms; each form uses some of them (a correction's field left empty is not changed).</summary>
public sealed class MeetingForm
{
    /// <summary>A division's id; in a correction also empty (unchanged) or <see cref="IndexModel.WholeNetwork"/> (a meeting of the whole network).</summary>
    public string? DivisionId { get; set; }

    public List<string> Participants { get; set; } = [];
    public string? Minutes { get; set; }
    public string? MeetingId { get; set; }
    public string? HeldOn { get; set; }
    public string? Reason { get; set; }
    public string? On { get; set; }
}

/// <summary>
/// 정기 회의: GET /api/meetings?year='s read; the forms send the POST /api/meetings command and a
/// meeting's correction and withdrawal (R10) through <see cref="AdminCommands"/>.
/// </summary>
public class IndexModel(IQuerySession query, BusinessCalendar calendar, AdminCommands commands) : AdminPage
{
    public const string HoldForm = "hold";
    public const string CorrectForm = "correct";
    public const string WithdrawForm = "withdraw";
    public const string WholeNetwork = "network";

    public int Year { get; private set; }

    public IReadOnlyList<MeetingView> Meetings { get; private set; } = [];

    public IReadOnlyList<DivisionSummary> Divisions { get; private set; } = [];

    public IReadOnlyList<Person> People { get; private set; } = [];

    public string? Notice { get; private set; }

    [BindProperty] public MeetingForm Hold { get; set; } = new();
    [BindProperty] public MeetingForm Correction { get; set; } = new();
    [BindProperty] public MeetingForm Withdrawal { get; set; } = new();

    /// <summary>The year's meetings a correction or withdrawal may name: those not withdrawn.</summary>
    public IReadOnlyList<MeetingView> Standing => Meetings.Where(m => m.WithdrawnOn is null).ToList();

    public async Task OnGetAsync(int? year, string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            HoldForm => "정기 회의를 기록했습니다.",
            CorrectForm => "회의 정정을 기록했습니다. 원래 내용은 기록에 남습니다.",
            WithdrawForm => "회의를 철회했습니다. 기록에는 남지만 어떤 규칙에도 세지 않습니다.",
            _ => null,
        };
        await Load(year, ct);
    }

    public Task<IActionResult> OnPostHoldAsync(CancellationToken ct)
    {
        DateOnly? on = null;
        return Post<HoldMeeting>(HoldForm, async () =>
        {
            if (!FormValues.TryParseDate(Hold.On, out on)) return Outcome.Invalid("on", Korean.NotADate);
            if (!FormValues.TryParseIds([Hold.DivisionId ?? ""], out var division)) return Outcome.Invalid("divisionId", Korean.NotAChoice);
            if (!FormValues.TryParseIds(Hold.Participants, out var participants)) return Outcome.Invalid("participants", Korean.NotAChoice);
            return await commands.SendAsync(HttpContext, new HoldMeeting(division.Count == 0 ? null : division[0], MeetingKind.Regular, participants,
                string.IsNullOrWhiteSpace(Hold.Minutes) ? null : Hold.Minutes, on));
        }, _ => $"/meetings?year={on?.Year ?? calendar.Today.Year}&done={HoldForm}", () => Load(null, ct));
    }

    public Task<IActionResult> OnPostCorrectAsync(CancellationToken ct) => PostAbout<CorrectMeeting>(CorrectForm, Correction.MeetingId, async meetingId =>
    {
        var form = Correction;
        if (!FormValues.TryParseDate(form.On, out var on)) return Outcome.Invalid("on", Korean.NotADate);
        if (!FormValues.TryParseDate(form.HeldOn, out var heldOn)) return Outcome.Invalid("heldOn", Korean.NotADate);
        if (!FormValues.TryParseIds(form.Participants, out var participants)) return Outcome.Invalid("participants", Korean.NotAChoice);
        if (form.DivisionId is { Length: > 0 } chosen && chosen != WholeNetwork && !Guid.TryParse(chosen, out _)) return Outcome.Invalid("divisionId", Korean.NotAChoice);
        var network = form.DivisionId == WholeNetwork ? true : (bool?)null;
        Guid? division = Guid.TryParse(form.DivisionId, out var divisionId) ? divisionId : null;
        // A field left empty is not sent, so the recorded fact stays.
        return await commands.SendAsync(HttpContext, new CorrectMeeting(form.Reason, heldOn, division, network, participants.Count == 0 ? null : participants,
            string.IsNullOrWhiteSpace(form.Minutes) ? null : form.Minutes, on)
        { Id = meetingId });
    }, ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => PostAbout<WithdrawMeeting>(WithdrawForm, Withdrawal.MeetingId, async meetingId =>
        FormValues.TryParseDate(Withdrawal.On, out var on)
            ? await commands.SendAsync(HttpContext, new WithdrawMeeting(Withdrawal.Reason, on) { Id = meetingId })
            : Outcome.Invalid("on", Korean.NotADate), ct);

    /// <summary>A form about one meeting: back to the meeting's year (as corrected) with a notice, or the page again with the failure next to the form.</summary>
    private Task<IActionResult> PostAbout<TCommand>(string form, string? meeting, Func<Guid, Task<Outcome>> send, CancellationToken ct)
        where TCommand : Infrastructure.Commands.ICommand
    {
        int? year = null;
        return Post<TCommand>(form, async () =>
        {
            if (!Guid.TryParse(meeting, out var meetingId)) return Outcome.Invalid("meetingId", Korean.NotAChoice);
            var outcome = await send(meetingId);
            year = (await query.LoadAsync<MeetingView>(meetingId, ct))?.Year;
            return outcome;
        }, _ => $"/meetings?year={year ?? calendar.Today.Year}&done={form}", () => Load(year, ct));
    }

    /// <summary>The year shown when none was asked for (this year, or the latest with meetings).</summary>
    public Domain.Common.ShownYear? Shown { get; private set; }

    private async Task Load(int? year, CancellationToken ct)
    {
        Shown = year is >= 2000 and <= 2100 ? null : await YearsOnRecord.MeetingsAsync(query, calendar.Today, ct);
        Year = Shown?.Year ?? year!.Value;
        Meetings = await MeetingQueries.List(null, Year, query, ct);
        Divisions = await DivisionQueries.List(query, ct);
        People = await PeopleToChooseAsync(query, ct, typeof(HoldMeeting), typeof(CorrectMeeting));
    }
}
