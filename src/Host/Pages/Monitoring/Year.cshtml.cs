using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
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
/// 모니터링 연도 페이지: GET /api/monitoring/{year}'s read, and forms that run the monitoring endpoints'
/// own methods: defining an indicator, appointing a monitor (R7), recording an evaluation and attaching its interview or survey evidence (a monitor user for their own
/// appointment only, as <see cref="MonitorAccess"/> says), publishing and correcting the report.
/// </summary>
public class YearModel(IQuerySession query, BusinessCalendar calendar, AdminCommands commands) : RecordPage(commands)
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
        if (!User.MayCommand()) return Forbid();
        if (Date(Appoint.On, out var on) is { } invalid) return await Finish(AppointForm, invalid, ct);
        var command = new AppointMonitor(Id(Appoint.PersonId), string.IsNullOrWhiteSpace(Appoint.UserName) ? null : Appoint.UserName, on);
        return await Command(AppointForm, async session =>
        {
            if (Outcome.From(AppointMonitorEndpoint.Validate(command)) is { } bad) return bad;
            var (candidate, problem) = await AppointMonitorEndpoint.LoadAsync(year, command, session, ct);
            if (Outcome.From(problem) is { } stopped) return stopped;
            await AppointMonitorEndpoint.Post(year, command, candidate, session, calendar, ct);
            return null;
        }, ct);
    }

    public async Task<IActionResult> OnPostEvaluationAsync(int year, CancellationToken ct)
    {
        _year = year;
        if (!MayUseMonitoringForms()) return Forbid();
        if (Date(Evaluation.On, out var on) is { } invalid) return await Finish(EvaluationForm, invalid, ct);
        var score = Decimal(Evaluation.Score);
        if (!string.IsNullOrWhiteSpace(Evaluation.Score) && score is null) return await Finish(EvaluationForm, Outcome.Invalid("indicators[0].score", "점수를 숫자로 입력하세요."), ct);
        var definition = await query.Query<IndicatorDefinition>().FirstOrDefaultAsync(d => d.Code == Evaluation.Code, ct);
        var indicator = new IndicatorInput(Evaluation.Code, definition?.Kind, score, string.IsNullOrWhiteSpace(Evaluation.Comment) ? null : Evaluation.Comment);
        var command = new RecordEvaluation(Id(Evaluation.MonitorId), Id(Evaluation.DivisionId), null, [indicator], on);
        if (Outcome.From(RecordEvaluationEndpoint.Validate(command)) is { } bad) return await Finish(EvaluationForm, bad, ct);
        var forbidden = false;
        var result = await Command(EvaluationForm, async session =>
        {
            var (facts, problem) = await RecordEvaluationEndpoint.LoadAsync(year, command, session, User, ct);
            if (problem.Status == StatusCodes.Status403Forbidden) forbidden = true;
            if (Outcome.From(problem) is { } stopped) return stopped;
            await RecordEvaluationEndpoint.Post(year, command, facts, session, calendar, ct);
            return null;
        }, ct);
        return forbidden ? Forbid() : result;
    }

    public async Task<IActionResult> OnPostPublishAsync(int year, CancellationToken ct)
    {
        _year = year;
        if (!MayUseMonitoringForms()) return Forbid();
        if (Date(Publish.On, out var on) is { } invalid) return await Finish(PublishForm, invalid, ct);
        var command = new PublishReport(Publish.Summary, on);
        if (Outcome.From(PublishReportEndpoint.Validate(command)) is { } bad) return await Finish(PublishForm, bad, ct);
        if ((await PublishReportEndpoint.LoadAsync(year, query, User, ct)).Status == StatusCodes.Status403Forbidden) return Forbid();
        return await Command(PublishForm, async session =>
        {
            await PublishReportEndpoint.Post(year, command, session, calendar, ct);
            return null;
        }, ct);
    }

    public async Task<IActionResult> OnPostCorrectAsync(int year, CancellationToken ct)
    {
        _year = year;
        if (!MayUseMonitoringForms()) return Forbid();
        if (Date(Correct.On, out var on) is { } invalid) return await Finish(CorrectForm, invalid, ct);
        var command = new CorrectReport(Correct.Summary, Correct.Reason, on);
        if (Outcome.From(CorrectReportEndpoint.Validate(command)) is { } bad) return await Finish(CorrectForm, bad, ct);
        if ((await CorrectReportEndpoint.LoadAsync(year, query, User, ct)).Status == StatusCodes.Status403Forbidden) return Forbid();
        return await Command(CorrectForm, async session =>
        {
            await CorrectReportEndpoint.Post(year, command, session, calendar, ct);
            return null;
        }, ct);
    }

    public async Task<IActionResult> OnPostIndicatorAsync(int year, CancellationToken ct)
    {
        _year = year;
        if (!User.MayCommand()) return Forbid();
        if (Date(Indicator.On, out var on) is { } invalid) return await Finish(IndicatorFormName, invalid, ct);
        if (!Korean.TryParse<IndicatorKind>(Indicator.Kind, out var kind)) return await Finish(IndicatorFormName, Outcome.Invalid("kind", Korean.NotAChoice), ct);
        var numbers = new Dictionary<string, string[]>();
        decimal? Parsed(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (Decimal(text) is { } n) return n;
            numbers[field] = ["숫자를 입력하세요."];
            return null;
        }
        var command = new DefineIndicator(Indicator.Code?.Trim(), Indicator.Name, kind,
            Parsed("baseline", Indicator.Baseline), Parsed("target", Indicator.Target), Parsed("scaleMin", Indicator.ScaleMin), Parsed("scaleMax", Indicator.ScaleMax),
            string.IsNullOrWhiteSpace(Indicator.Unit) ? null : Indicator.Unit, on);
        if (numbers.Count > 0) return await Finish(IndicatorFormName, Outcome.Invalid(numbers), ct);
        return await Command(IndicatorFormName, async session =>
        {
            if (Outcome.From(DefineIndicatorEndpoint.Validate(command)) is { } bad) return bad;
            if (await session.Events.FetchStreamStateAsync(MonitoringStreams.Indicator(command.Code!), ct) is not null)
                return Outcome.Invalid("code", "이미 정의된 지표 코드입니다.");
            var (_, start) = DefineIndicatorEndpoint.Post(command, calendar);
            start.Execute(session);
            return null;
        }, ct);
    }

    public async Task<IActionResult> OnPostEvidenceAsync(int year, CancellationToken ct)
    {
        _year = year;
        if (!MayUseMonitoringForms()) return Forbid();
        if (Date(Evidence.On, out var on) is { } invalid) return await Finish(EvidenceFormName, invalid, ct);
        if (!Korean.TryParse<EvidenceMethod>(Evidence.Method, out var method)) return await Finish(EvidenceFormName, Outcome.Invalid("method", Korean.NotAChoice), ct);
        if (Id(Evidence.EvaluationId) is not { } evaluationId) return await Finish(EvidenceFormName, Outcome.Invalid("evaluationId", Korean.NotAChoice), ct);
        var count = Number(Evidence.Count);
        var respondents = Number(Evidence.Respondents);
        if (!string.IsNullOrWhiteSpace(Evidence.Count) && count is null) return await Finish(EvidenceFormName, Outcome.Invalid("count", "숫자를 입력하세요."), ct);
        if (!string.IsNullOrWhiteSpace(Evidence.Respondents) && respondents is null) return await Finish(EvidenceFormName, Outcome.Invalid("respondents", "숫자를 입력하세요."), ct);
        var findings = (Evidence.KeyFindings ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var command = new AttachEvidence(method, count, respondents, findings, on);
        if (Outcome.From(AttachEvidenceEndpoint.Validate(command)) is { } bad) return await Finish(EvidenceFormName, bad, ct);
        var forbidden = false;
        var result = await Command(EvidenceFormName, async session =>
        {
            var problem = await AttachEvidenceEndpoint.LoadAsync(year, evaluationId, session, User, ct);
            if (problem.Status == StatusCodes.Status403Forbidden) forbidden = true;
            if (Outcome.From(problem) is { } stopped) return stopped;
            await AttachEvidenceEndpoint.Post(year, evaluationId, command, session, calendar, ct);
            return null;
        }, ct);
        return forbidden ? Forbid() : result;
    }

    /// <summary>Admins and coordinators, or a monitor user (the year's link is checked by the endpoint's own LoadAsync).</summary>
    private bool MayUseMonitoringForms() => User.MayCommand() || User.IsInRole(Roles.Monitor);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (MonitorAccess.YearOutOfRange(_year) is not null) return false;
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
