using System.Text.Json.Serialization;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.StrategicTasks;
using JasperFx.Events;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Monitoring;

public sealed record IndicatorInput(string? Code, IndicatorKind? Kind, decimal? Score, string? Comment);

/// <summary>
/// 평가한 협치정책 (L48): <c>{kind: "exhibit", expoYear, exhibitId}</c> for an expo exhibit, or
/// <c>{kind: "ordinance", taskForceId}</c> for the ordinance the task force carried to enactment.
/// </summary>
public sealed record PolicyInput(PolicyKind? Kind, int? ExpoYear, Guid? ExhibitId, Guid? TaskForceId)
{
    public EvaluatedPolicy ToPolicy() => Kind == PolicyKind.Exhibit
        ? EvaluatedPolicy.OfExhibit(ExpoYear!.Value, ExhibitId!.Value)
        : EvaluatedPolicy.OfOrdinance(TaskForceId!.Value);
}

/// <summary>
/// 평가 기록: a monitor of the year evaluates a division (optionally one of its strategic tasks, and
/// optionally a governance policy — an accepted expo exhibit or the enacted ordinance) on catalogue indicators.
/// </summary>
[Command("/api/monitoring/{year}/evaluations", "recordEvaluation", MonitorAccess.Recorders)]
public sealed record RecordEvaluation(Guid? MonitorId, Guid? DivisionId, Guid? StrategicTaskId, IReadOnlyList<IndicatorInput>? Indicators, DateOnly? On) : ICommand
{
    /// <summary>The governance policy evaluated, if any (404 when its expo exhibit or task force is unknown; 409 R7 when it does not stand).</summary>
    public PolicyInput? Policy { get; init; }

    public const int MaxIndicators = 50;

    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid MonitoringYearId => MonitoringStreams.Year(Year);

    public void Check(Checks checks)
    {
        checks
            .NotEmpty("monitorId", MonitorId)
            .NotEmpty("divisionId", DivisionId)
            .That(StrategicTaskId != Guid.Empty, "strategicTaskId", "빈 id입니다. (an empty id)")
            .Indicators(Indicators)
            .Policy(Policy)
            .Range("year", Year, MonitorAccess.FirstYear, MonitorAccess.LastYear);
    }
}

public static class IndicatorChecks
{
    /// <summary>An evaluated policy, if given: an exhibit names its expo's year and its id, the ordinance its task force; nothing else.</summary>
    public static Checks Policy(this Checks checks, PolicyInput? policy)
    {
        if (policy is null) return checks;
        checks.Defined("policy.kind", policy.Kind);
        return policy.Kind switch
        {
            PolicyKind.Exhibit => checks
                .Range("policy.expoYear", policy.ExpoYear, MonitorAccess.FirstYear, MonitorAccess.LastYear)
                .NotEmpty("policy.exhibitId", policy.ExhibitId)
                .That(policy.TaskForceId is null, "policy.taskForceId", "출품 정책에는 TF를 적지 않습니다. (an exhibit names no task force)"),
            PolicyKind.Ordinance => checks
                .NotEmpty("policy.taskForceId", policy.TaskForceId)
                .That(policy.ExpoYear is null, "policy.expoYear", "조례에는 박람회 연도를 적지 않습니다. (the ordinance names no expo year)")
                .That(policy.ExhibitId is null, "policy.exhibitId", "조례에는 출품을 적지 않습니다. (the ordinance names no exhibit)"),
            _ => checks,
        };
    }

    /// <summary>The indicator scores of an evaluation or its correction: 1 to <see cref="RecordEvaluation.MaxIndicators"/>, each code once, a score for a quantitative one and a comment for a qualitative one.</summary>
    public static Checks Indicators(this Checks checks, IReadOnlyList<IndicatorInput>? indicators)
    {
        checks.That(indicators is { Count: > 0 and <= RecordEvaluation.MaxIndicators }, "indicators",
            $"지표 1~{RecordEvaluation.MaxIndicators}개 (1 to {RecordEvaluation.MaxIndicators} indicators)");
        var given = indicators ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            var indicator = given[i];
            if (indicator is null)
            {
                checks.That(false, $"indicators[{i}]", "값을 입력하세요. (required)");
                continue;
            }

            checks.Text($"indicators[{i}].code", indicator.Code, 40)
                .Defined($"indicators[{i}].kind", indicator.Kind)
                .Text($"indicators[{i}].comment", indicator.Comment, Checks.MaxLongTextLength, required: indicator.Kind == IndicatorKind.Qualitative)
                .That(indicator.Kind != IndicatorKind.Quantitative || indicator.Score is not null, $"indicators[{i}].score", "정량 지표에는 점수가 필요합니다. (a quantitative indicator needs a score)")
                .That(indicator.Kind != IndicatorKind.Qualitative || indicator.Score is null, $"indicators[{i}].score", "정성 지표는 점수 대신 의견을 적습니다. (a qualitative indicator takes a comment, not a score)");
        }

        var duplicates = given.Where(i => i?.Code is not null).GroupBy(i => i.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return checks.That(duplicates.Count == 0, "indicators", $"지표 코드가 중복되었습니다: {string.Join(", ", duplicates)} (each code once)");
    }
}

public sealed record EvaluationFacts(long? StrategicTaskVersion, Domain.StrategicTasks.StrategicTaskOwner? TaskOwner, IReadOnlyDictionary<string, IndicatorDefinition> Catalogue)
{
    public PolicyUnderEvaluation? Policy { get; init; }
}

/// <summary>The evaluated policy with the state R7 judges it by: 404 when the expo has no such exhibit, or no task force has the id.</summary>
public static class EvaluatedPolicies
{
    public static async Task<PolicyUnderEvaluation> LoadAsync(IQuerySession session, EvaluatedPolicy policy, CancellationToken ct)
    {
        if (policy.Kind == PolicyKind.Exhibit)
        {
            var expo = await session.Events.AggregateStreamAsync<Domain.Expos.Expo>(Domain.Expos.Expo.StreamIdFor(policy.ExpoYear!.Value), token: ct);
            if (expo?.Exhibit(policy.ExhibitId!.Value) is null)
                throw new UnknownRecordException($"The {policy.ExpoYear} expo has no exhibit {policy.ExhibitId}.");
            return new PolicyUnderEvaluation(policy, expo, null);
        }

        var taskForce = await session.Events.AggregateStreamAsync<Domain.TaskForce.JointTaskForce>(policy.TaskForceId!.Value, token: ct)
                        ?? throw new UnknownRecordException($"No task force has the id {policy.TaskForceId}.");
        return new PolicyUnderEvaluation(policy, null, taskForce);
    }
}

public sealed record EvaluationCreated(string Id, int Year, string Url) : CreationResponse(Url);

public static class RecordEvaluationHandler
{
    /// <summary>
    /// The division, the strategic task and the indicators the evaluation names (404 when one is
    /// unknown); then 403 R7 for a monitor user who is not one of the year's, or records as another monitor.
    /// </summary>
    public static async Task<EvaluationFacts> LoadAsync(RecordEvaluation command, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<DivisionProgress>(command.DivisionId!.Value, ct) is null)
            throw new UnknownRecordException($"No division has the id {command.DivisionId}.");

        long? taskVersion = null;
        Domain.StrategicTasks.StrategicTaskOwner? taskOwner = null;
        if (command.StrategicTaskId is { } taskId)
        {
            var task = await session.Events.FetchStreamStateAsync(taskId, ct);
            if (task is null) throw new UnknownRecordException($"No strategic task has the id {taskId}.");
            taskVersion = task.Version;
            taskOwner = (await session.LoadAsync<StrategicTaskView>(taskId, ct))?.Owner;
        }

        var codes = command.Indicators!.Select(i => i.Code!).ToArray();
        var catalogue = (await session.Query<IndicatorDefinition>().Where(d => codes.Contains(d.Code)).ToListAsync(ct)).ToDictionary(d => d.Code);
        var unknown = codes.Where(c => !catalogue.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
            throw new UnknownRecordException($"The indicator catalogue has no code {string.Join(", ", unknown)}; define it first (POST /api/monitoring/indicators).");

        var policy = command.Policy is { } named ? await EvaluatedPolicies.LoadAsync(session, named.ToPolicy(), ct) : null;

        MonitorAccess.Demand(await MonitorAccess.YearAsync(session, command.Year, ct), command.MonitorId);
        return new EvaluationFacts(taskVersion, taskOwner, catalogue) { Policy = policy };
    }

    /// <summary>409 R7 when the monitor is not one of the year's or the policy does not stand; 409 once the year's report is published; 409 off the indicator's scale.</summary>
    public static EvaluationCreated Handle(RecordEvaluation command,
        [WriteAggregate(nameof(RecordEvaluation.MonitoringYearId), Required = false)] IEventStream<MonitoringYear> stream, EvaluationFacts facts, BusinessCalendar calendar)
    {
        var id = Guid.CreateVersion7();
        var scores = command.Indicators!.Select(i => new IndicatorScore(i.Code!, i.Kind!.Value, i.Score, i.Comment?.Trim())).ToList();
        var decision = MonitoringDecisions.Evaluate(stream.Aggregate ?? MonitoringYear.Empty(command.Year), id, command.MonitorId!.Value, command.DivisionId!.Value,
            command.StrategicTaskId, facts.StrategicTaskVersion, facts.TaskOwner, facts.Policy, scores, facts.Catalogue, calendar.DateOf(command.On));
        Recorded.Append(stream, decision);
        return new EvaluationCreated(id.ToString(), command.Year, $"/api/monitoring/{command.Year}/evaluations/{id}");
    }
}
