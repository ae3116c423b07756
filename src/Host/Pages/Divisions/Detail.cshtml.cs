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

/// <summary>The fields of the division page's forms; each form uses some of them.</summary>
public sealed class DivisionForm
{
    public string? ToStage { get; set; }
    public string? PersonId { get; set; }
    public string? Statement { get; set; }
    public string? Organisation { get; set; }
    public string? Sector { get; set; }
    public string? Reason { get; set; }
    public string? On { get; set; }
}

/// <summary>
/// 분과 페이지: GET /api/divisions/{id}'s read, and forms that send the stage, chair (appointment and
/// stepping down), member (joining and departure), trained leader and vision commands through <see cref="AdminCommands"/>.
/// </summary>
public class DetailModel(IQuerySession query, BusinessCalendar calendar, GateThresholds thresholds, AdminCommands commands) : RecordPage(commands)
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

    [BindProperty] public DivisionForm Advance { get; set; } = new();
    [BindProperty] public DivisionForm Revert { get; set; } = new();
    [BindProperty] public DivisionForm Chair { get; set; } = new();
    [BindProperty] public DivisionForm Member { get; set; } = new();
    [BindProperty] public DivisionForm Vision { get; set; } = new();
    [BindProperty] public DivisionForm Departure { get; set; } = new();
    [BindProperty] public DivisionForm SteppingDown { get; set; } = new();
    [BindProperty] public DivisionForm Leader { get; set; } = new();

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
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAdvanceAsync(Guid id, CancellationToken ct) => ChangeStage(id, AdvanceForm, StageAction.Advance, Advance, ct);

    public Task<IActionResult> OnPostRevertAsync(Guid id, CancellationToken ct) => ChangeStage(id, RevertForm, StageAction.Revert, Revert, ct);

    public Task<IActionResult> OnPostChairAsync(Guid id, CancellationToken ct) => Run<AppointChair>(ChairForm, Chair.On, on =>
        SendAsync(new AppointChair(Id(Chair.PersonId), on) { Id = id }), ct);

    public Task<IActionResult> OnPostMemberAsync(Guid id, CancellationToken ct) => Run<AddMember>(MemberForm, Member.On, on =>
        FormValues.TryParse<Sector>(Member.Sector, out var sector)
            ? SendAsync(new AddMember(Member.Organisation, sector, on) { Id = id })
            : NotAChoice("sector"), ct);

    public Task<IActionResult> OnPostVisionAsync(Guid id, CancellationToken ct) => Run<StateDivisionVision>(VisionForm, Vision.On, on =>
        SendAsync(new StateDivisionVision(Vision.Statement, Vision.Reason, on) { Id = id }), ct);

    public Task<IActionResult> OnPostDepartureAsync(Guid id, CancellationToken ct) => Run<RecordDeparture>(DepartureForm, Departure.On, on =>
        SendAsync(new RecordDeparture(Departure.Organisation, Departure.Reason, on) { Id = id }), ct);

    public Task<IActionResult> OnPostSteppingDownAsync(Guid id, CancellationToken ct) => Run<StepDownChair>(SteppingDownForm, SteppingDown.On, on =>
        SendAsync(new StepDownChair(SteppingDown.Reason, on) { Id = id }), ct);

    public Task<IActionResult> OnPostLeaderAsync(Guid id, CancellationToken ct) => Run<LinkLeader>(LeaderForm, Leader.On, on =>
        SendAsync(new LinkLeader(Id(Leader.PersonId), on) { Id = id }), ct);

    private Task<IActionResult> ChangeStage(Guid id, string form, StageAction action, DivisionForm input, CancellationToken ct) =>
        Run<Host.Divisions.ChangeStage>(form, input.On, on => SendAsync(new ChangeStage(action, Number(input.ToStage), input.Reason, on) { Id = id }), ct);

    protected override string Here => $"/divisions/{RouteId}";

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await DivisionQueries.Detail(RouteId, query, calendar, thresholds, ct) is not { } division) return false;
        Division = division;
        People = await PeopleToChooseAsync(query, ct, typeof(AppointChair), typeof(AddMember), typeof(LinkLeader));
        return true;
    }
}
