using System.Text.Json;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Divisions;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.StrategicTasks;
using Hyeopchi.Host.Workshops;
using Hyeopchi.Projections.StrategicTasks;
using Hyeopchi.Projections.Workshops;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.StrategicTasks;

/// <summary>The fields of the task page's forms; each form uses some of them.</summary>
public sealed class TaskForm
{
    public string? Percent { get; set; }
    public string? Note { get; set; }
    public string? EvidenceUrl { get; set; }
    public string? Status { get; set; }
    public string? ToYear { get; set; }
    public string? Title { get; set; }
    public string? DueOn { get; set; }
    public string? Weight { get; set; }
    public string? MilestoneId { get; set; }

    /// <summary>A division's id, "joint" for a joint task, or "joint:{division id}" for a joint task led by a division.</summary>
    public string? Owner { get; set; }

    /// <summary>The civil–government workshop whose decision makes the task joint (R8).</summary>
    public string? WorkshopId { get; set; }

    public string? CorrectsVersion { get; set; }
    public string? Reason { get; set; }
    public string? On { get; set; }
}

/// <summary>
/// 전략 과제 페이지: GET /api/strategic-tasks/{id}'s read; for admins, coordinators and auditors the
/// audit reads (history, as-of rebuilt from events, diff, lineage) through the audit endpoints' own
/// methods; for coordinators the progress, correction, milestone, owner, status and carry-over forms, run through <see cref="AdminCommands"/>.
/// </summary>
public class DetailModel(IQuerySession query, AdminCommands commands) : RecordPage(commands)
{
    public const string ProgressFormName = "progress";
    public const string StatusFormName = "status";
    public const string CarryOverFormName = "carry-over";
    public const string MilestoneFormName = "milestone";
    public const string ReachFormName = "reach";
    public const string OwnerFormName = "owner";
    public const string CorrectionFormName = "correction";
    public const string Joint = "joint";
    public const string AsOfDateForm = "as-of-date";

    public TaskDetail Task { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Divisions { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The civil–government workshops not withdrawn, newest first: the decisions that may make a task joint (R8).</summary>
    public IReadOnlyList<WorkshopView> JointWorkshops { get; private set; } = [];

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public long StreamVersion { get; private set; }

    public long HistoryFrom { get; private set; } = 1;

    public TaskLineage? Lineage { get; private set; }

    public WorkshopView? OriginWorkshop { get; private set; }

    /// <summary>The version the auditor asked to see, the task as it stood then, and what changed from the version before.</summary>
    public long? AsOfVersion { get; private set; }

    public TaskDetail? AsOf { get; private set; }

    public TaskDiff? Diff { get; private set; }

    /// <summary>The business date the auditor asked about ("as it stood on"), as typed, and the date when it parsed.</summary>
    public string? AsOfDateText { get; private set; }

    public DateOnly? AsOfDate { get; private set; }

    /// <summary>Whether the task's history and lineage are shown: reading them is a query, not a command, so its readers are those the audit endpoints declare.</summary>
    public bool MayAudit => StrategicTaskAudit.Readers.Split(',').Any(User.IsInRole);

    [BindProperty] public TaskForm Progress { get; set; } = new();
    [BindProperty] public TaskForm Status { get; set; } = new();
    [BindProperty] public TaskForm CarryOver { get; set; } = new();
    [BindProperty] public TaskForm Milestone { get; set; } = new();
    [BindProperty] public TaskForm Reach { get; set; } = new();
    [BindProperty] public TaskForm NewOwner { get; set; } = new();
    [BindProperty] public TaskForm Correction { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, long? version, string? on, long? from, CancellationToken ct)
    {
        Notice = done switch
        {
            ProgressFormName => "진행 상황을 기록했습니다.",
            StatusFormName => "상태를 바꾸었습니다.",
            CarryOverFormName => "차년도로 이월했습니다. 이어받은 과제는 아래 계보에 있습니다.",
            MilestoneFormName => "이정표를 추가했습니다.",
            ReachFormName => "이정표 달성을 기록했습니다.",
            OwnerFormName => "담당을 바꾸었습니다.",
            CorrectionFormName => "진행 보고 정정을 기록했습니다. 원래 보고는 기록 이력에 남습니다.",
            _ => null,
        };
        if (!await Load(id, from, ct)) return NotFound();
        if (version is { } v && MayAudit)
        {
            AsOfVersion = v;
            AsOf = await StrategicTaskAudit.AsOfVersionAsync(query, id, v, ct);
            if (AsOf is null) return NotFound();
            if (v > 1) Diff = await StrategicTaskAudit.DiffAsync(query, id, v - 1, v, ct);
        }
        else if (on is not null && MayAudit)
        {
            AsOfDateText = on;
            if (!DateOnly.TryParseExact(on, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            {
                Fail(AsOfDateForm, Outcome.Invalid("on", Korean.NotADate));
                return Page();
            }

            AsOfDate = day;
            AsOf = await StrategicTaskAudit.AsOfDayAsync(query, id, day, ct);
        }

        return Page();
    }

    public Task<IActionResult> OnPostProgressAsync(Guid id, CancellationToken ct) => Run<ReportProgress>(ProgressFormName, Progress.On, on =>
        FormValues.TryParseInt(Progress.Percent, out var percent)
            ? SendAsync(new ReportProgress(percent, Progress.Note, string.IsNullOrWhiteSpace(Progress.EvidenceUrl) ? null : Progress.EvidenceUrl, on) { Id = id })
            : NotANumber("percent"), ct);

    public Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken ct) => Run<ChangeTaskStatus>(StatusFormName, Status.On, on =>
        FormValues.TryParse<StrategicTaskStatus>(Status.Status, out var status)
            ? SendAsync(new ChangeTaskStatus(status, Status.Reason, on) { Id = id })
            : NotAChoice("status"), ct);

    public Task<IActionResult> OnPostCarryOverAsync(Guid id, CancellationToken ct) => Run<CarryOverTask>(CarryOverFormName, CarryOver.On, on =>
        FormValues.TryParseInt(CarryOver.ToYear, out var toYear)
            ? SendAsync(new CarryOverTask(toYear, string.IsNullOrWhiteSpace(CarryOver.Title) ? null : CarryOver.Title, CarryOver.Reason, on) { Id = id })
            : NotANumber("toYear"), ct);

    public Task<IActionResult> OnPostMilestoneAsync(Guid id, CancellationToken ct) => Run<AddTaskMilestone>(MilestoneFormName, Milestone.On, on =>
        !FormValues.TryParseDate(Milestone.DueOn, out var dueOn) ? NotADate("dueOn")
        : !FormValues.TryParseInt(Milestone.Weight, out var weight) ? NotANumber("weight")
        : SendAsync(new AddTaskMilestone(Milestone.Title, dueOn, weight, on) { Id = id }), ct);

    public Task<IActionResult> OnPostReachAsync(Guid id, CancellationToken ct) => Run<ReachTaskMilestone>(ReachFormName, Reach.On, on =>
        Id(Reach.MilestoneId) is not { } milestoneId
            ? NotAChoice("milestoneId")
            : SendAsync(new ReachTaskMilestone(string.IsNullOrWhiteSpace(Reach.Note) ? null : Reach.Note, on) { Id = id, MilestoneId = milestoneId }), ct);

    public Task<IActionResult> OnPostOwnerAsync(Guid id, CancellationToken ct) => Run<ChangeTaskOwner>(OwnerFormName, NewOwner.On, on =>
    {
        var choice = NewOwner.Owner ?? "";
        var joint = choice == Joint || choice.StartsWith(Joint + ":", StringComparison.Ordinal);
        var divisionText = choice.StartsWith(Joint + ":", StringComparison.Ordinal) ? choice[(Joint.Length + 1)..] : joint ? "" : choice;
        var divisionId = Id(divisionText);
        if (divisionText.Length > 0 && divisionId is null) return NotAChoice("divisionId");
        var workshopId = Id(NewOwner.WorkshopId);
        if (!string.IsNullOrEmpty(NewOwner.WorkshopId) && workshopId is null) return NotAChoice("workshopId");
        return SendAsync(new ChangeTaskOwner(divisionId, joint ? true : null, NewOwner.Reason, workshopId, on) { Id = id });
    }, ct);

    public Task<IActionResult> OnPostCorrectionAsync(Guid id, CancellationToken ct) => Run<CorrectProgress>(CorrectionFormName, Correction.On, on =>
        !FormValues.TryParseInt(Correction.CorrectsVersion, out var version) ? NotANumber("correctsVersion")
        : !FormValues.TryParseInt(Correction.Percent, out var percent) ? NotANumber("percent")
        : SendAsync(new CorrectProgress(version, percent, string.IsNullOrWhiteSpace(Correction.Note) ? null : Correction.Note, Correction.Reason, on) { Id = id }), ct);

    public string Owner(StrategicTaskOwner owner) => Korean.Owner(owner, Divisions);

    /// <summary>The event's label without the English gloss: "진행 보고".</summary>
    public static string Label(HistoryEntry e) => Korean.Event(e.Data)?.Korean ?? e.Type;

    /// <summary>What the event says, in Korean.</summary>
    public string Describe(HistoryEntry e) => e.Data switch
    {
        StrategicTaskAdopted a => $"'{a.Title}' — {a.Year}년 과제, 담당 {Owner(a.Owner)}",
        StrategicTaskContinued c => $"'{c.Title}' — {c.Year}년 과제로 이어받음, 진행률 {c.CarriedPercent}%에서 시작. 사유: {c.Reason}",
        StrategicTaskOwnerChanged o => $"담당 {Owner(o.From)} → {Owner(o.To)}. 사유: {o.Reason}",
        StrategicTaskMilestoneAdded m => $"'{m.Title}' ({Korean.Date(m.DueOn)}까지, 비중 {m.Weight})",
        StrategicTaskMilestoneReached r => r.Note is null ? "이정표 달성" : $"이정표 달성: {r.Note}",
        StrategicTaskProgressReported p => $"진행률 {p.Percent}%. {p.Note}",
        StrategicTaskProgressCorrected c => $"버전 {c.CorrectsVersion}의 진행 보고를 {c.Percent}%로 정정. 사유: {c.Reason}",
        StrategicTaskStatusChanged s => $"상태 {Korean.Label(s.From)} → {Korean.Label(s.To)}. 사유: {s.Reason}",
        StrategicTaskCarriedOver c => $"{c.ToYear}년으로 이월. 사유: {c.Reason}",
        _ => e.Type,
    };

    public string FieldValue(string field, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null) return "—";
        return field switch
        {
            "status" when FormValues.TryParse<StrategicTaskStatus>(value.GetString(), out var s) && s is { } status => Korean.Label(status),
            "percent" => $"{value}%",
            "owner" => Owner(new StrategicTaskOwner(
                value.TryGetProperty("divisionId", out var d) && d.ValueKind == JsonValueKind.String ? d.GetGuid() : null,
                value.TryGetProperty("joint", out var j) && j.ValueKind == JsonValueKind.True)),
            "milestones" => $"{value.GetArrayLength()}개 (달성 {value.EnumerateArray().Count(m => m.TryGetProperty("reachedOn", out var r) && r.ValueKind == JsonValueKind.String)}개)",
            _ => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ToString(),
        };
    }

    public string? FindingText(Guid? id) =>
        OriginWorkshop?.Findings.Find(f => f.Id == id) is { } f ? $"{Korean.Label(f.Kind)}: {f.Text}" : null;

    public string? ProposalText(Guid? id) => OriginWorkshop?.Proposals.Find(p => p.Id == id)?.Text;

    protected override string Here => $"/strategic-tasks/{RouteId}";

    protected override Task<bool> LoadAsync(CancellationToken ct) => Load(RouteId, null, ct);

    private async Task<bool> Load(Guid id, long? from, CancellationToken ct)
    {
        if (await query.LoadAsync<StrategicTaskView>(id, ct) is not { } view) return false;
        Task = TaskDetail.Of(view);
        Divisions = (await DivisionQueries.List(query, ct)).ToDictionary(d => Guid.Parse(d.Id), d => d.Name);
        JointWorkshops = (await query.Query<WorkshopView>().Where(w => w.Kind == WorkshopKind.CivilGovernment && w.WithdrawnOn == null).ToListAsync(ct))
            .OrderByDescending(w => w.On).ToList();
        OriginWorkshop = await query.LoadAsync<WorkshopView>(view.Origin.WorkshopId, ct);
        if (!MayAudit) return true;

        StreamVersion = (await query.Events.FetchStreamStateAsync(id, ct))?.Version ?? 0;
        HistoryFrom = from is > 0 ? from.Value : 1;
        History = (await TaskTimeTravel.HistoryPageAsync(query, id, HistoryFrom, StrategicTaskAudit.DefaultPageSize, ct)).Select(StrategicTaskAudit.Entry).ToList();
        Lineage = await StrategicTaskAudit.LineageAsync(query, id, ct);
        return true;
    }
}
