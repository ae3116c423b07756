using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Monitoring;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.Expos;
using Hyeopchi.Projections.TaskForce;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.Monitoring;

/// <summary>The fields of the page's forms; each form uses some of them.</summary>
public sealed class MonitoringForm
{
    public string? PersonId { get; set; }
    public string? UserName { get; set; }
    public string? MonitorId { get; set; }
    public string? DivisionId { get; set; }
    public string? Code { get; set; }
    public string? Score { get; set; }
    public string? Comment { get; set; }

    /// <summary>The evaluated policy's key (<see cref="EvaluatedPolicy.KeyOf"/>), empty for none; in a correction also <see cref="YearModel.KeepPolicy"/>.</summary>
    public string? Policy { get; set; }

    public string? EvaluationId { get; set; }
    public string? Summary { get; set; }
    public string? Reason { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Baseline { get; set; }
    public string? Target { get; set; }
    public string? ScaleMin { get; set; }
    public string? ScaleMax { get; set; }
    public string? Unit { get; set; }
    public string? Method { get; set; }
    public string? Count { get; set; }
    public string? Respondents { get; set; }
    public string? KeyFindings { get; set; }
    public string? On { get; set; }
}

/// <summary>A choice of governance policy for the evaluation forms: its key and the name shown.</summary>
public sealed record PolicyChoice(string Key, string Name);

/// <summary>
/// 모니터링 연도 페이지: GET /api/monitoring/{year}'s read, and forms that send the monitoring
/// commands: defining an indicator, appointing a monitor (R7), recording an evaluation and attaching its interview or survey evidence (a monitor user for their own
/// appointment only, as <see cref="MonitorAccess"/> says), publishing and correcting the report; correcting or
/// withdrawing an evaluation or one of its evidence records, and ending a monitor's appointment (R10, each with a reason).
/// An evaluation may name the governance policy it evaluates (L48): an accepted expo exhibit or the enacted ordinance.
/// </summary>
public class YearModel(IQuerySession query, AdminCommands commands) : RecordPage(commands)
{
    public const string AppointForm = "appoint";
    public const string EvaluationForm = "evaluation";
    public const string PublishForm = "publish";
    public const string CorrectForm = "correct";
    public const string IndicatorFormName = "indicator";
    public const string EvidenceFormName = "evidence";
    public const string CorrectEvaluationForm = "correct-evaluation";
    public const string WithdrawEvaluationForm = "withdraw-evaluation";
    public const string WithdrawEvidenceForm = "withdraw-evidence";
    public const string EndAppointmentForm = "end-appointment";

    /// <summary>The correction form's policy choice that leaves the evaluated policy as it is.</summary>
    public const string KeepPolicy = "keep";

    private int _year => RouteYear;

    public MonitoringYearDetail Detail { get; private set; } = null!;
    public IReadOnlyList<IndicatorDefinition> Indicators { get; private set; } = [];
    public IReadOnlyList<DivisionProgress> Divisions { get; private set; } = [];
    public IReadOnlyList<Person> People { get; private set; } = [];

    /// <summary>The policies an evaluation may name: each expo's accepted exhibits and each enacted ordinance.</summary>
    public IReadOnlyList<PolicyChoice> Policies { get; private set; } = [];

    /// <summary>The year's evaluations withdrawn as entered by mistake (R10), shown apart.</summary>
    public IReadOnlyList<Projections.Monitoring.EvaluationView> WithdrawnEvaluations { get; private set; } = [];

    /// <summary>Whom this user may record evaluations as: every monitor for commanders, their own for a linked monitor.</summary>
    public IReadOnlyList<Projections.Monitoring.MonitorView> RecordsAs { get; private set; } = [];

    /// <summary>
    /// Whether the year's form of <typeparamref name="TCommand"/> is shown: to the roles the command declares,
    /// and to a monitor only for a year they are a monitor of (R7, as <see cref="MonitorAccess.Demand"/> holds it).
    /// </summary>
    public bool MayRecord<TCommand>() where TCommand : ICommand =>
        Offers<TCommand>() && (MonitorAccess.ActsForAnyMonitor(User) || RecordsAs.Count > 0);

    [BindProperty] public MonitoringForm Appoint { get; set; } = new();
    [BindProperty] public MonitoringForm Evaluation { get; set; } = new();
    [BindProperty] public MonitoringForm Publish { get; set; } = new();
    [BindProperty] public MonitoringForm Correct { get; set; } = new();
    [BindProperty] public MonitoringForm Indicator { get; set; } = new();
    [BindProperty] public MonitoringForm Evidence { get; set; } = new();
    [BindProperty] public MonitoringForm EvaluationCorrection { get; set; } = new();
    [BindProperty] public MonitoringForm EvaluationWithdrawal { get; set; } = new();
    [BindProperty] public MonitoringForm EvidenceWithdrawal { get; set; } = new();
    [BindProperty] public MonitoringForm AppointmentEnd { get; set; } = new();

    protected override string Here => $"/monitoring/{_year}";

    public async Task<IActionResult> OnGetAsync(int year, string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            AppointForm => "모니터를 위촉했습니다.",
            EvaluationForm => "평가를 기록했습니다.",
            PublishForm => "보고서를 발간했습니다.",
            CorrectForm => "보고서 정정을 기록했습니다.",
            IndicatorFormName => "평가 지표를 정의했습니다.",
            EvidenceFormName => "면접·설문 근거를 첨부했습니다.",
            CorrectEvaluationForm => "평가 정정을 기록했습니다.",
            WithdrawEvaluationForm => "평가를 철회했습니다.",
            WithdrawEvidenceForm => "근거를 철회했습니다.",
            EndAppointmentForm => "모니터 위촉을 종료했습니다.",
            _ => null,
        };
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAppointAsync(int year, CancellationToken ct) => Run<AppointMonitor>(AppointForm, Appoint.On, on =>
        SendAsync(new AppointMonitor(Id(Appoint.PersonId), string.IsNullOrWhiteSpace(Appoint.UserName) ? null : Appoint.UserName, on) { Year = year }), ct);

    public Task<IActionResult> OnPostEvaluationAsync(int year, CancellationToken ct) => Run<RecordEvaluation>(EvaluationForm, Evaluation.On, async on =>
    {
        var score = Decimal(Evaluation.Score);
        if (!string.IsNullOrWhiteSpace(Evaluation.Score) && score is null) return Outcome.Invalid("indicators[0].score", "점수를 숫자로 입력하세요.");
        var definition = await query.Query<IndicatorDefinition>().FirstOrDefaultAsync(d => d.Code == Evaluation.Code, ct);
        var indicator = new IndicatorInput(Evaluation.Code, definition?.Kind, score, string.IsNullOrWhiteSpace(Evaluation.Comment) ? null : Evaluation.Comment);
        if (!TryPolicy(Evaluation.Policy, out var policy)) return Outcome.Invalid("policy.kind", Korean.NotAChoice);
        return await SendAsync(new RecordEvaluation(Id(Evaluation.MonitorId), Id(Evaluation.DivisionId), null, [indicator], on) { Year = year, Policy = policy });
    }, ct);

    /// <summary>
    /// 평가 정정: one indicator's score or comment as it should have been recorded (the evaluation's other indicators
    /// stay as they are), and the policy kept, taken off or changed.
    /// </summary>
    public Task<IActionResult> OnPostEvaluationCorrectionAsync(int year, CancellationToken ct) => Run<CorrectEvaluation>(CorrectEvaluationForm, EvaluationCorrection.On, async on =>
    {
        var form = EvaluationCorrection;
        if (Id(form.EvaluationId) is not { } evaluationId) return Outcome.Invalid("evaluationId", Korean.NotAChoice);
        var view = await query.LoadAsync<Projections.Monitoring.MonitoringYearView>(MonitoringStreams.Year(year), ct);
        if (view?.Evaluations.Find(e => e.Id == evaluationId) is not { } evaluation) return Missing;
        var score = Decimal(form.Score);
        if (!string.IsNullOrWhiteSpace(form.Score) && score is null) return Outcome.Invalid("score", Korean.NotANumber);
        var definition = await query.Query<IndicatorDefinition>().FirstOrDefaultAsync(d => d.Code == form.Code, ct);
        if (definition is null) return Outcome.Invalid("code", Korean.NotAChoice);
        var corrected = new IndicatorInput(definition.Code, definition.Kind, score, string.IsNullOrWhiteSpace(form.Comment) ? null : form.Comment);
        var indicators = evaluation.Indicators.Select(i => i.Code == definition.Code ? corrected : new IndicatorInput(i.Code, i.Kind, i.Score, i.Comment)).ToList();
        if (indicators.All(i => i.Code != definition.Code)) indicators.Add(corrected);

        var command = new CorrectEvaluation(indicators, form.Reason, on) { Year = year, EvaluationId = evaluationId };
        if (form.Policy != KeepPolicy)
        {
            if (!TryPolicy(form.Policy, out var policy)) return Outcome.Invalid("policy.kind", Korean.NotAChoice);
            command = policy is null ? command with { WithoutPolicy = true } : command with { Policy = policy };
        }

        return await SendAsync(command);
    }, ct);

    public Task<IActionResult> OnPostEvaluationWithdrawalAsync(int year, CancellationToken ct) => Run<WithdrawEvaluation>(WithdrawEvaluationForm, EvaluationWithdrawal.On, async on =>
    {
        if (Id(EvaluationWithdrawal.EvaluationId) is not { } evaluationId) return Outcome.Invalid("evaluationId", Korean.NotAChoice);
        return await SendAsync(new WithdrawEvaluation(EvaluationWithdrawal.Reason, on) { Year = year, EvaluationId = evaluationId });
    }, ct);

    /// <summary>근거 철회: the choice is the evaluation and the evidence's number, as <c>{evaluationId}/{number}</c>.</summary>
    public Task<IActionResult> OnPostEvidenceWithdrawalAsync(int year, CancellationToken ct) => Run<WithdrawEvidence>(WithdrawEvidenceForm, EvidenceWithdrawal.On, async on =>
    {
        var parts = (EvidenceWithdrawal.EvaluationId ?? "").Split('/');
        if (parts.Length != 2 || Id(parts[0]) is not { } evaluationId || Number(parts[1]) is not { } number)
            return Outcome.Invalid("evidence", Korean.NotAChoice);
        return await SendAsync(new WithdrawEvidence(EvidenceWithdrawal.Reason, on) { Year = year, EvaluationId = evaluationId, Number = number });
    }, ct);

    public Task<IActionResult> OnPostAppointmentEndAsync(int year, CancellationToken ct) => Run<EndMonitorAppointment>(EndAppointmentForm, AppointmentEnd.On, async on =>
    {
        if (Id(AppointmentEnd.PersonId) is not { } personId) return Outcome.Invalid("personId", Korean.NotAChoice);
        return await SendAsync(new EndMonitorAppointment(AppointmentEnd.Reason, on) { Year = year, PersonId = personId });
    }, ct);

    /// <summary>A policy choice: empty for none, else a key of <see cref="Policies"/>' form; false for text that names no policy.</summary>
    private static bool TryPolicy(string? key, out PolicyInput? policy)
    {
        policy = null;
        if (string.IsNullOrWhiteSpace(key)) return true;
        try
        {
            var named = EvaluatedPolicy.FromKey(key);
            policy = new PolicyInput(named.Kind, named.ExpoYear, named.ExhibitId, named.TaskForceId);
            return true;
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException)
        {
            return false;
        }
    }

    public Task<IActionResult> OnPostPublishAsync(int year, CancellationToken ct) => Run<PublishReport>(PublishForm, Publish.On, on =>
        SendAsync(new PublishReport(Publish.Summary, on) { Year = year }), ct);

    public Task<IActionResult> OnPostCorrectAsync(int year, CancellationToken ct) => Run<CorrectReport>(CorrectForm, Correct.On, on =>
        SendAsync(new CorrectReport(Correct.Summary, Correct.Reason, on) { Year = year }), ct);

    public Task<IActionResult> OnPostIndicatorAsync(int year, CancellationToken ct) => Run<DefineIndicator>(IndicatorFormName, Indicator.On, async on =>
    {
        if (!FormValues.TryParse<IndicatorKind>(Indicator.Kind, out var kind)) return Outcome.Invalid("kind", Korean.NotAChoice);
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
        if (numbers.Count > 0) return Outcome.Invalid(numbers);
        var outcome = await SendAsync(command);
        // The catalogue keeps a code once: the store refuses a second definition as a conflict, which the form shows beside the code.
        if (outcome is { Succeeded: false, Status: StatusCodes.Status409Conflict, Refusal: null }
            && await query.Events.FetchStreamStateAsync(MonitoringStreams.Indicator(command.Code!), ct) is not null)
        {
            outcome = Outcome.Invalid("code", "이미 정의된 지표 코드입니다.");
        }

        return outcome;
    }, ct);

    public Task<IActionResult> OnPostEvidenceAsync(int year, CancellationToken ct) => Run<AttachEvidence>(EvidenceFormName, Evidence.On, async on =>
    {
        if (!FormValues.TryParse<EvidenceMethod>(Evidence.Method, out var method)) return Outcome.Invalid("method", Korean.NotAChoice);
        if (Id(Evidence.EvaluationId) is not { } evaluationId) return Outcome.Invalid("evaluationId", Korean.NotAChoice);
        var count = Number(Evidence.Count);
        var respondents = Number(Evidence.Respondents);
        if (!string.IsNullOrWhiteSpace(Evidence.Count) && count is null) return Outcome.Invalid("count", Korean.NotANumber);
        if (!string.IsNullOrWhiteSpace(Evidence.Respondents) && respondents is null) return Outcome.Invalid("respondents", Korean.NotANumber);
        var findings = (Evidence.KeyFindings ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return await SendAsync(new AttachEvidence(method, count, respondents, findings, on) { Year = year, EvaluationId = evaluationId });
    }, ct);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!MonitorAccess.IsYear(_year)) return false;
        Detail = await MonitoringQueries.Year(_year, query, ct);
        Indicators = await query.Query<IndicatorDefinition>().OrderBy(d => d.Code).ToListAsync(ct);
        Divisions = await query.Query<DivisionProgress>().OrderBy(d => d.Name).ToListAsync(ct);
        RecordsAs = !Offers<RecordEvaluation>() ? []
            : MonitorAccess.ActsForAnyMonitor(User) ? Detail.Monitors
            : Detail.Monitors.Where(m => m.UserName == User.Identity?.Name).ToList();
        People = await PeopleToChooseAsync(query, ct, typeof(AppointMonitor));
        WithdrawnEvaluations = (await query.LoadAsync<Projections.Monitoring.MonitoringYearView>(MonitoringStreams.Year(_year), ct))?.WithdrawnEvaluations ?? [];
        if (MayRecord<RecordEvaluation>() || MayRecord<CorrectEvaluation>())
        {
            var expos = await query.Query<ExpoCatalogue>().OrderBy(e => e.Year).ToListAsync(ct);
            var taskForces = await query.Query<TaskForceView>().ToListAsync(ct);
            Policies =
            [
                .. expos.SelectMany(e => e.Accepted.OrderBy(x => x.Title, StringComparer.Ordinal)
                    .Select(x => new PolicyChoice(EvaluatedPolicy.KeyOf(EvaluatedPolicy.OfExhibit(e.Year, x.Id)), $"{e.Year}년 박람회 · {x.Title} ({x.Organisation})"))),
                .. taskForces.Where(t => t.Ordinance is not null).OrderBy(t => t.Name, StringComparer.Ordinal)
                    .Select(t => new PolicyChoice(EvaluatedPolicy.KeyOf(EvaluatedPolicy.OfOrdinance(t.Id)), $"제정 조례 · {t.Name} {t.Ordinance!.OrdinanceNumber}")),
            ];
        }

        return true;
    }
}
