using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Monitoring;
using Hyeopchi.Projections.Divisions;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.Monitoring;

public sealed class MonitoringForm
{
    public string? PersonId { get; set; }
    public string? UserName { get; set; }
    public string? MonitorId { get; set; }
    public string? DivisionId { get; set; }
    public string? Code { get; set; }
    public string? Score { get; set; }
    public string? Comment { get; set; }
    public string? Summary { get; set; }
    public string? Reason { get; set; }
    public string? On { get; set; }
}

public sealed class IndicatorForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Baseline { get; set; }
    public string? Target { get; set; }
    public string? ScaleMin { get; set; }
    public string? ScaleMax { get; set; }
    public string? Unit { get; set; }
    public string? On { get; set; }
}

public sealed class EvidenceForm
{
    public string? EvaluationId { get; set; }
    public string? Method { get; set; }
    public string? Count { get; set; }
    public string? Respondents { get; set; }
    public string? KeyFindings { get; set; }
    public string? On { get; set; }
}

/// <summary>
/// 모니터링 연도 페이지: GET /api/monitoring/{year}'s read, and forms that send the monitoring
/// commands: defining an indicator, appointing a monitor (R7), recording an evaluation and attaching its interview or survey evidence (a monitor user for their own
/// appointment only, as <see cref="MonitorAccess"/> says), publishing and correcting the report.
/// </summary>
public class YearModel(IQuerySession query, AdminCommands commands) : RecordPage(commands)
{
    public const string AppointForm = "appoint";
    public const string EvaluationForm = "evaluation";
    public const string PublishForm = "publish";
    public const string CorrectForm = "correct";
    public const string IndicatorFormName = "indicator";
    public const string EvidenceFormName = "evidence";

    private int _year;

    public MonitoringYearDetail Detail { get; private set; } = null!;
    public IReadOnlyList<IndicatorDefinition> Indicators { get; private set; } = [];
    public IReadOnlyList<DivisionProgress> Divisions { get; private set; } = [];
    public IReadOnlyList<Person> People { get; private set; } = [];

    /// <summary>Whom this user may record evaluations as: every monitor for commanders, their own for a linked monitor.</summary>
    public IReadOnlyList<Projections.Monitoring.MonitorView> RecordsAs { get; private set; } = [];

    public bool MayRecord => RecordsAs.Count > 0 || User.MayCommand();

    [BindProperty] public MonitoringForm Appoint { get; set; } = new();
    [BindProperty] public MonitoringForm Evaluation { get; set; } = new();
    [BindProperty] public MonitoringForm Publish { get; set; } = new();
    [BindProperty] public MonitoringForm Correct { get; set; } = new();
    [BindProperty] public IndicatorForm Indicator { get; set; } = new();
    [BindProperty] public EvidenceForm Evidence { get; set; } = new();

    protected override string Here => $"/monitoring/{_year}";

    public async Task<IActionResult> OnGetAsync(int year, string? done, CancellationToken ct)
    {
        _year = year;
        Notice = done switch
        {
            AppointForm => "모니터를 위촉했습니다.",
            EvaluationForm => "평가를 기록했습니다.",
            PublishForm => "보고서를 발간했습니다.",
            CorrectForm => "보고서 정정을 기록했습니다.",
            IndicatorFormName => "평가 지표를 정의했습니다.",
            EvidenceFormName => "면접·설문 근거를 첨부했습니다.",
            _ => null,
        };
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAppointAsync(int year, CancellationToken ct)
    {
        _year = year;
        if (!MayRun<AppointMonitor>()) return Forbid();
        if (Date(Appoint.On, out var on) is { } invalid) return await Finish(AppointForm, invalid, ct);
        var command = new AppointMonitor(Id(Appoint.PersonId), string.IsNullOrWhiteSpace(Appoint.UserName) ? null : Appoint.UserName, on) { Year = year };
        return await Send(AppointForm, command, ct);
    }

    public async Task<IActionResult> OnPostEvaluationAsync(int year, CancellationToken ct)
    {
        _year = year;
        if (!MayRun<RecordEvaluation>()) return Forbid();
        if (Date(Evaluation.On, out var on) is { } invalid) return await Finish(EvaluationForm, invalid, ct);
        var score = Decimal(Evaluation.Score);
        if (!string.IsNullOrWhiteSpace(Evaluation.Score) && score is null) return await Finish(EvaluationForm, Outcome.Invalid("indicators[0].score", "점수를 숫자로 입력하세요."), ct);
        var definition = await query.Query<IndicatorDefinition>().FirstOrDefaultAsync(d => d.Code == Evaluation.Code, ct);
        var indicator = new IndicatorInput(Evaluation.Code, definition?.Kind, score, string.IsNullOrWhiteSpace(Evaluation.Comment) ? null : Evaluation.Comment);
        return await Send(EvaluationForm, new RecordEvaluation(Id(Evaluation.MonitorId), Id(Evaluation.DivisionId), null, [indicator], on) { Year = year }, ct);
    }

    public async Task<IActionResult> OnPostPublishAsync(int year, CancellationToken ct)
    {
        _year = year;
        if (!MayRun<PublishReport>()) return Forbid();
        if (Date(Publish.On, out var on) is { } invalid) return await Finish(PublishForm, invalid, ct);
        return await Send(PublishForm, new PublishReport(Publish.Summary, on) { Year = year }, ct);
    }

    public async Task<IActionResult> OnPostCorrectAsync(int year, CancellationToken ct)
    {
        _year = year;
        if (!MayRun<CorrectReport>()) return Forbid();
        if (Date(Correct.On, out var on) is { } invalid) return await Finish(CorrectForm, invalid, ct);
        return await Send(CorrectForm, new CorrectReport(Correct.Summary, Correct.Reason, on) { Year = year }, ct);
    }

    public async Task<IActionResult> OnPostIndicatorAsync(int year, CancellationToken ct)
    {
        _year = year;
        if (!MayRun<DefineIndicator>()) return Forbid();
        if (Date(Indicator.On, out var on) is { } invalid) return await Finish(IndicatorFormName, invalid, ct);
        if (!FormValues.TryParse<IndicatorKind>(Indicator.Kind, out var kind)) return await Finish(IndicatorFormName, Outcome.Invalid("kind", Korean.NotAChoice), ct);
        var numbers = new Dictionary<string, string[]>();
        decimal? Parsed(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (Decimal(text) is { } n) return n;
            numbers[field] = [Korean.NotANumber];
            return null;
        }
        var command = new DefineIndicator(Indicator.Code?.Trim(), Indicator.Name, kind,
            Parsed("baseline", Indicator.Baseline), Parsed("target", Indicator.Target), Parsed("scaleMin", Indicator.ScaleMin), Parsed("scaleMax", Indicator.ScaleMax),
            string.IsNullOrWhiteSpace(Indicator.Unit) ? null : Indicator.Unit, on);
        if (numbers.Count > 0) return await Finish(IndicatorFormName, Outcome.Invalid(numbers), ct);
        var outcome = await SendAsync(command);
        // The catalogue keeps a code once: the store refuses a second definition as a conflict, which the form shows beside the code.
        if (outcome is { Succeeded: false, Status: StatusCodes.Status409Conflict, Refusal: null }
            && await query.Events.FetchStreamStateAsync(MonitoringStreams.Indicator(command.Code!), ct) is not null)
        {
            outcome = Outcome.Invalid("code", "이미 정의된 지표 코드입니다.");
        }

        return await Finish(IndicatorFormName, outcome, ct);
    }

    public async Task<IActionResult> OnPostEvidenceAsync(int year, CancellationToken ct)
    {
        _year = year;
        if (!MayRun<AttachEvidence>()) return Forbid();
        if (Date(Evidence.On, out var on) is { } invalid) return await Finish(EvidenceFormName, invalid, ct);
        if (!FormValues.TryParse<EvidenceMethod>(Evidence.Method, out var method)) return await Finish(EvidenceFormName, Outcome.Invalid("method", Korean.NotAChoice), ct);
        if (Id(Evidence.EvaluationId) is not { } evaluationId) return await Finish(EvidenceFormName, Outcome.Invalid("evaluationId", Korean.NotAChoice), ct);
        var count = Number(Evidence.Count);
        var respondents = Number(Evidence.Respondents);
        if (!string.IsNullOrWhiteSpace(Evidence.Count) && count is null) return await Finish(EvidenceFormName, Outcome.Invalid("count", Korean.NotANumber), ct);
        if (!string.IsNullOrWhiteSpace(Evidence.Respondents) && respondents is null) return await Finish(EvidenceFormName, Outcome.Invalid("respondents", Korean.NotANumber), ct);
        var findings = (Evidence.KeyFindings ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return await Send(EvidenceFormName, new AttachEvidence(method, count, respondents, findings, on) { Year = year, EvaluationId = evaluationId }, ct);
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!MonitorAccess.IsYear(_year)) return false;
        Detail = await MonitoringQueries.Year(_year, query, ct);
        Indicators = await query.Query<IndicatorDefinition>().OrderBy(d => d.Code).ToListAsync(ct);
        Divisions = await query.Query<DivisionProgress>().OrderBy(d => d.Name).ToListAsync(ct);
        RecordsAs = User.MayCommand()
            ? Detail.Monitors
            : User.IsInRole(Roles.Monitor) ? Detail.Monitors.Where(m => m.UserName == User.Identity?.Name).ToList() : [];
        if (User.MayCommand()) People = await query.Query<Person>().OrderBy(p => p.Name).ToListAsync(ct);
        return true;
    }
}
