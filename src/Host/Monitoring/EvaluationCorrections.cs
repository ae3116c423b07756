using System.Text.Json.Serialization;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Monitoring;

/// <summary>The year's evaluation a correction names: 404 when the year has none with the id; 403 R7 for a monitor user who is not one of the year's.</summary>
internal static class KnownEvaluation
{
    public static async Task<MonitoringYear> RequireAsync(IQuerySession session, int year, Guid evaluationId, CancellationToken ct)
    {
        var state = await MonitorAccess.YearAsync(session, year, ct);
        if (!state.EvaluationRecords.ContainsKey(evaluationId))
            throw new UnknownRecordException($"{year} has no evaluation {evaluationId}.");
        MonitorAccess.Demand(state);
        return state;
    }
}

/// <summary>평가 철회 (R10): an evaluation entered by mistake is withdrawn, with a reason; it leaves the year's means, the report and the task's lineage.</summary>
[Command("/api/monitoring/{year}/evaluations/{evaluationId}/withdrawal", "withdrawEvaluation", MonitorAccess.Recorders)]
public sealed record WithdrawEvaluation(string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid EvaluationId { get; init; }

    [JsonIgnore] public Guid MonitoringYearId => MonitoringStreams.Year(Year);

    public void Check(Checks checks) => checks
        .Text("reason", Reason, Checks.MaxLongTextLength)
        .Range("year", Year, MonitorAccess.FirstYear, MonitorAccess.LastYear);
}

public static class WithdrawEvaluationHandler
{
    public static Task LoadAsync(WithdrawEvaluation command, IQuerySession session, CancellationToken ct) =>
        KnownEvaluation.RequireAsync(session, command.Year, command.EvaluationId, ct);

    public static YearRecorded Handle(WithdrawEvaluation command, [WriteAggregate(nameof(WithdrawEvaluation.MonitoringYearId))] IEventStream<MonitoringYear> stream,
        BusinessCalendar calendar)
    {
        var decision = MonitoringDecisions.WithdrawEvaluation(stream.Aggregate!, command.EvaluationId, command.Reason!.Trim(), calendar.DateOf(command.On));
        return new YearRecorded(command.Year, Recorded.Append(stream, decision).Version);
    }
}

/// <summary>
/// 평가 정정 (R10): the evaluation's indicators as they should have been recorded, with a reason; the original stays in the history.
/// <c>policy</c> names the governance policy it should have evaluated (judged by R7 like a new evaluation's);
/// <c>withoutPolicy: true</c> takes the policy off; with neither, the evaluated policy stays as it is.
/// </summary>
[Command("/api/monitoring/{year}/evaluations/{evaluationId}/corrections", "correctEvaluation", MonitorAccess.Recorders)]
public sealed record CorrectEvaluation(IReadOnlyList<IndicatorInput>? Indicators, string? Reason, DateOnly? On) : ICommand
{
    public PolicyInput? Policy { get; init; }

    public bool? WithoutPolicy { get; init; }

    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid EvaluationId { get; init; }

    [JsonIgnore] public Guid MonitoringYearId => MonitoringStreams.Year(Year);

    public void Check(Checks checks)
    {
        checks.Text("reason", Reason, Checks.MaxLongTextLength)
            .Indicators(Indicators)
            .Policy(Policy)
            .That(Policy is null || WithoutPolicy != true, "withoutPolicy", "정책을 고르거나 빼거나 하나만 하세요. (a policy, or withoutPolicy, not both)")
            .Range("year", Year, MonitorAccess.FirstYear, MonitorAccess.LastYear);
    }
}

/// <summary>The catalogue of a correction's indicators, and the policy the evaluation should have named (its current one when the correction leaves it).</summary>
public sealed record CorrectionFacts(IReadOnlyDictionary<string, IndicatorDefinition> Catalogue, PolicyUnderEvaluation? Policy);

public static class CorrectEvaluationHandler
{
    public static async Task<CorrectionFacts> LoadAsync(CorrectEvaluation command, IQuerySession session, CancellationToken ct)
    {
        var year = await KnownEvaluation.RequireAsync(session, command.Year, command.EvaluationId, ct);
        var codes = command.Indicators!.Select(i => i.Code!).ToArray();
        var catalogue = (await session.Query<IndicatorDefinition>().Where(d => codes.Contains(d.Code)).ToListAsync(ct)).ToDictionary(d => d.Code);
        var unknown = codes.Where(c => !catalogue.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
            throw new UnknownRecordException($"The indicator catalogue has no code {string.Join(", ", unknown)}; define it first (POST /api/monitoring/indicators).");
        var current = year.EvaluationRecords[command.EvaluationId].Policy;
        var policy = command switch
        {
            { Policy: { } named } when named.ToPolicy() != current => await EvaluatedPolicies.LoadAsync(session, named.ToPolicy(), ct),
            { Policy: { } named } => new PolicyUnderEvaluation(named.ToPolicy(), null, null),
            { WithoutPolicy: true } => null,
            _ => current is null ? null : new PolicyUnderEvaluation(current, null, null),
        };
        return new CorrectionFacts(catalogue, policy);
    }

    /// <summary>409 R10 when the correction changes nothing; 409 R7 when a newly named policy does not stand.</summary>
    public static YearRecorded Handle(CorrectEvaluation command, [WriteAggregate(nameof(CorrectEvaluation.MonitoringYearId))] IEventStream<MonitoringYear> stream,
        CorrectionFacts facts, BusinessCalendar calendar)
    {
        var scores = command.Indicators!.Select(i => new IndicatorScore(i.Code!, i.Kind!.Value, i.Score, i.Comment?.Trim())).ToList();
        var decision = MonitoringDecisions.CorrectEvaluation(stream.Aggregate!, command.EvaluationId, scores, facts.Catalogue, facts.Policy,
            command.Reason!.Trim(), calendar.DateOf(command.On));
        return new YearRecorded(command.Year, Recorded.Append(stream, decision).Version);
    }
}

/// <summary>증빙 철회 (R10): the <c>number</c>-th evidence of an evaluation (from 1) is withdrawn, with a reason.</summary>
[Command("/api/monitoring/{year}/evaluations/{evaluationId}/evidence/{number}/withdrawal", "withdrawEvaluationEvidence", MonitorAccess.Recorders)]
public sealed record WithdrawEvidence(string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid EvaluationId { get; init; }

    [JsonIgnore] public int Number { get; init; }

    [JsonIgnore] public Guid MonitoringYearId => MonitoringStreams.Year(Year);

    public void Check(Checks checks) => checks
        .Text("reason", Reason, Checks.MaxLongTextLength)
        .Range("year", Year, MonitorAccess.FirstYear, MonitorAccess.LastYear)
        .Range("number", Number, 1, 100_000);
}

public static class WithdrawEvidenceHandler
{
    public static async Task LoadAsync(WithdrawEvidence command, IQuerySession session, CancellationToken ct)
    {
        var state = await KnownEvaluation.RequireAsync(session, command.Year, command.EvaluationId, ct);
        if (command.Number > state.EvaluationRecords[command.EvaluationId].Evidence)
            throw new UnknownRecordException($"The evaluation {command.EvaluationId} has no evidence number {command.Number}.");
    }

    public static YearRecorded Handle(WithdrawEvidence command, [WriteAggregate(nameof(WithdrawEvidence.MonitoringYearId))] IEventStream<MonitoringYear> stream,
        BusinessCalendar calendar)
    {
        var decision = MonitoringDecisions.WithdrawEvidence(stream.Aggregate!, command.EvaluationId, command.Number, command.Reason!.Trim(), calendar.DateOf(command.On));
        return new YearRecorded(command.Year, Recorded.Append(stream, decision).Version);
    }
}

/// <summary>위촉 종료 (R7, R10): a monitor's appointment ends on <c>on</c>, with a reason; from then on they record no evaluation.</summary>
[Command("/api/monitoring/{year}/monitors/{personId}/end", "endMonitorAppointment", Roles.Commanders)]
public sealed record EndMonitorAppointment(string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid PersonId { get; init; }

    [JsonIgnore] public Guid MonitoringYearId => MonitoringStreams.Year(Year);

    public void Check(Checks checks) => checks
        .Text("reason", Reason, Checks.MaxLongTextLength)
        .Range("year", Year, MonitorAccess.FirstYear, MonitorAccess.LastYear);
}

public static class EndMonitorAppointmentHandler
{
    public static async Task LoadAsync(EndMonitorAppointment command, IQuerySession session, CancellationToken ct)
    {
        var state = await MonitorAccess.YearAsync(session, command.Year, ct);
        if (!state.Monitors.ContainsKey(command.PersonId))
            throw new UnknownRecordException($"{command.PersonId} is not a monitor of {command.Year}.");
    }

    public static YearRecorded Handle(EndMonitorAppointment command, [WriteAggregate(nameof(EndMonitorAppointment.MonitoringYearId))] IEventStream<MonitoringYear> stream,
        BusinessCalendar calendar)
    {
        var decision = MonitoringDecisions.EndAppointment(stream.Aggregate!, command.PersonId, command.Reason!.Trim(), calendar.DateOf(command.On));
        return new YearRecorded(command.Year, Recorded.Append(stream, decision).Version);
    }
}
