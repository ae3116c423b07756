using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Divisions;
using Hyeopchi.Host.Education;
using Hyeopchi.Host.Infrastructure.Clock;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.Divisions;

public sealed class StageForm
{
    public string? ToStage { get; set; }
    public string? Reason { get; set; }
    public string? On { get; set; }
}

public sealed class ChairForm
{
    public string? PersonId { get; set; }
    public string? On { get; set; }
}

public sealed class VisionForm
{
    public string? Statement { get; set; }
    public string? Reason { get; set; }
    public string? On { get; set; }
}

public sealed class MemberForm
{
    public string? Organisation { get; set; }
    public string? Sector { get; set; }
    public string? On { get; set; }
}

public sealed class DepartureForm
{
    public string? Organisation { get; set; }
    public string? Reason { get; set; }
    public string? On { get; set; }
}

public sealed class SteppingDownForm
{
    public string? Reason { get; set; }
    public string? On { get; set; }
}

public sealed class LeaderForm
{
    public string? PersonId { get; set; }
    public string? On { get; set; }
}

/// <summary>
/// 분과 페이지: GET /api/divisions/{id}'s read, and forms that send the stage, chair (appointment and
/// stepping down), member (joining and departure), trained leader and vision commands through <see cref="AdminCommands"/>.
/// </summary>
public class DetailModel(IQuerySession query, BusinessCalendar calendar, GateThresholds thresholds, AdminCommands commands) : AdminPage
{
    public const string AdvanceForm = "advance";
    public const string RevertForm = "revert";
    public const string ChairForm = "chair";
    public const string MemberForm = "member";
    public const string VisionForm = "vision";
    public const string DepartureForm = "departure";
    public const string SteppingDownForm = "stepping-down";
    public const string LeaderForm = "leader";

    public DivisionDetail Division { get; private set; } = null!;

    public IReadOnlyList<Person> People { get; private set; } = [];

    public string? Notice { get; private set; }

    [BindProperty] public StageForm Advance { get; set; } = new();
    [BindProperty] public StageForm Revert { get; set; } = new();
    [BindProperty] public ChairForm Chair { get; set; } = new();
    [BindProperty] public MemberForm Member { get; set; } = new();
    [BindProperty] public VisionForm Vision { get; set; } = new();
    [BindProperty] public DepartureForm Departure { get; set; } = new();
    [BindProperty] public SteppingDownForm SteppingDown { get; set; } = new();
    [BindProperty] public LeaderForm Leader { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "registered" => "분과를 등록했습니다.",
            AdvanceForm => "단계를 올렸습니다.",
            RevertForm => "단계를 되돌렸습니다.",
            ChairForm => "분과장을 선임했습니다.",
            MemberForm => "회원 단체를 추가했습니다.",
            VisionForm => "비전을 기록했습니다.",
            DepartureForm => "회원 단체의 탈퇴를 기록했습니다. 탈퇴일부터 R2에 세지 않습니다.",
            SteppingDownForm => "분과장 사임을 기록했습니다. 새 분과장을 선임할 때까지 R2에 분과장이 없습니다.",
            LeaderForm => "수료 리더의 분과 참여를 기록했습니다.",
            _ => null,
        };
        return await Load(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAdvanceAsync(Guid id, CancellationToken ct) => ChangeStage(id, AdvanceForm, StageAction.Advance, Advance, ct);

    public Task<IActionResult> OnPostRevertAsync(Guid id, CancellationToken ct) => ChangeStage(id, RevertForm, StageAction.Revert, Revert, ct);

    public async Task<IActionResult> OnPostChairAsync(Guid id, CancellationToken ct)
    {
        if (!MayRun<AppointChair>()) return Forbid();
        if (!FormValues.TryParseDate(Chair.On, out var on)) return await Failed(id, ChairForm, Outcome.Invalid("on", Korean.NotADate), ct);
        Guid? personId = Guid.TryParse(Chair.PersonId, out var parsed) ? parsed : null;
        var command = new AppointChair(personId, on);
        return await Finish(id, ChairForm, await commands.SendAsync(HttpContext, command with { Id = id }), ct);
    }

    public async Task<IActionResult> OnPostMemberAsync(Guid id, CancellationToken ct)
    {
        if (!MayRun<AddMember>()) return Forbid();
        if (!FormValues.TryParseDate(Member.On, out var on)) return await Failed(id, MemberForm, Outcome.Invalid("on", Korean.NotADate), ct);
        if (!FormValues.TryParse<Sector>(Member.Sector, out var sector)) return await Failed(id, MemberForm, Outcome.Invalid("sector", Korean.NotAChoice), ct);
        var command = new AddMember(Member.Organisation, sector, on);
        return await Finish(id, MemberForm, await commands.SendAsync(HttpContext, command with { Id = id }), ct);
    }

    public async Task<IActionResult> OnPostVisionAsync(Guid id, CancellationToken ct)
    {
        if (!MayRun<StateDivisionVision>()) return Forbid();
        if (!FormValues.TryParseDate(Vision.On, out var on)) return await Failed(id, VisionForm, Outcome.Invalid("on", Korean.NotADate), ct);
        var command = new StateDivisionVision(Vision.Statement, Vision.Reason, on);
        return await Finish(id, VisionForm, await commands.SendAsync(HttpContext, command with { Id = id }), ct);
    }

    public async Task<IActionResult> OnPostDepartureAsync(Guid id, CancellationToken ct)
    {
        if (!MayRun<RecordDeparture>()) return Forbid();
        if (!FormValues.TryParseDate(Departure.On, out var on)) return await Failed(id, DepartureForm, Outcome.Invalid("on", Korean.NotADate), ct);
        var command = new RecordDeparture(Departure.Organisation, Departure.Reason, on);
        return await Finish(id, DepartureForm, await commands.SendAsync(HttpContext, command with { Id = id }), ct);
    }

    public async Task<IActionResult> OnPostSteppingDownAsync(Guid id, CancellationToken ct)
    {
        if (!MayRun<StepDownChair>()) return Forbid();
        if (!FormValues.TryParseDate(SteppingDown.On, out var on)) return await Failed(id, SteppingDownForm, Outcome.Invalid("on", Korean.NotADate), ct);
        var command = new StepDownChair(SteppingDown.Reason, on);
        return await Finish(id, SteppingDownForm, await commands.SendAsync(HttpContext, command with { Id = id }), ct);
    }

    public async Task<IActionResult> OnPostLeaderAsync(Guid id, CancellationToken ct)
    {
        if (!MayRun<LinkLeader>()) return Forbid();
        if (!FormValues.TryParseDate(Leader.On, out var on)) return await Failed(id, LeaderForm, Outcome.Invalid("on", Korean.NotADate), ct);
        Guid? personId = Guid.TryParse(Leader.PersonId, out var parsed) ? parsed : null;
        var command = new LinkLeader(personId, on);
        return await Finish(id, LeaderForm, await commands.SendAsync(HttpContext, command with { Id = id }), ct);
    }

    private async Task<IActionResult> ChangeStage(Guid id, string form, StageAction action, StageForm input, CancellationToken ct)
    {
        if (!MayRun<Host.Divisions.ChangeStage>()) return Forbid();
        if (!FormValues.TryParseDate(input.On, out var on)) return await Failed(id, form, Outcome.Invalid("on", Korean.NotADate), ct);
        int? toStage = int.TryParse(input.ToStage, out var stage) ? stage : null;
        var command = new ChangeStage(action, toStage, input.Reason, on);
        return await Finish(id, form, await commands.SendAsync(HttpContext, command with { Id = id }), ct);
    }

    private async Task<IActionResult> Finish(Guid id, string form, Outcome outcome, CancellationToken ct) =>
        outcome.Succeeded ? Redirect($"/divisions/{id}?done={form}") : await Failed(id, form, outcome, ct);

    private async Task<IActionResult> Failed(Guid id, string form, Outcome outcome, CancellationToken ct)
    {
        if (Stopped(outcome) is { } stopped) return stopped;
        if (!await Load(id, ct)) return NotFound();
        Fail(form, outcome);
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        if (await DivisionQueries.Detail(id, query, calendar, thresholds, ct) is not { } division) return false;
        Division = division;
        if (User.MayCommand()) People = await query.Query<Person>().OrderBy(p => p.Name).ToListAsync(ct);
        return true;
    }
}
