using System.Security.Claims;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Divisions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Monitoring;

public sealed record IndicatorInput(string? Code, IndicatorKind? Kind, decimal? Score, string? Comment);

/// <summary>평가 기록: a monitor of the year evaluates a division (optionally one of its strategic tasks) on catalogue indicators.</summary>
public sealed record RecordEvaluation(Guid? MonitorId, Guid? DivisionId, Guid? StrategicTaskId, IReadOnlyList<IndicatorInput>? Indicators, DateOnly? On);

public sealed record EvaluationFacts(long? StrategicTaskVersion, IReadOnlyDictionary<string, IndicatorDefinition> Catalogue);

public sealed record EvaluationCreated(string Id, int Year, string Url) : CreationResponse(Url);

public static class RecordEvaluationEndpoint
{
    public const int MaxIndicators = 50;

    public static ProblemDetails Validate(RecordEvaluation command)
    {
        var checks = new Checks()
            .NotEmpty("monitorId", command.MonitorId)
            .NotEmpty("divisionId", command.DivisionId)
            .That(command.StrategicTaskId != Guid.Empty, "strategicTaskId", "빈 id입니다. (an empty id)")
            .That(command.Indicators is { Count: > 0 and <= MaxIndicators }, "indicators", $"지표 1~{MaxIndicators}개 (1 to {MaxIndicators} indicators)");
        var indicators = command.Indicators ?? [];
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
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

        var duplicates = indicators.Where(i => i?.Code is not null).GroupBy(i => i.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        checks.That(duplicates.Count == 0, "indicators", $"지표 코드가 중복되었습니다: {string.Join(", ", duplicates)} (each code once)");
        return checks.Result();
    }

    public static async Task<(EvaluationFacts?, ProblemDetails)> LoadAsync(int year, RecordEvaluation command, IQuerySession session, ClaimsPrincipal user, CancellationToken ct)
    {
        if (MonitorAccess.YearOutOfRange(year) is { } invalid) return (null, invalid);
        if (await session.LoadAsync<DivisionProgress>(command.DivisionId!.Value, ct) is null)
            return (null, Problems.NotFound($"No division has the id {command.DivisionId}."));

        long? taskVersion = null;
        if (command.StrategicTaskId is { } taskId)
        {
            var task = await session.Events.FetchStreamStateAsync(taskId, ct);
            if (task is null) return (null, Problems.NotFound($"No strategic task has the id {taskId}."));
            taskVersion = task.Version;
        }

        var codes = command.Indicators!.Select(i => i.Code!).ToArray();
        var catalogue = (await session.Query<IndicatorDefinition>().Where(d => codes.Contains(d.Code)).ToListAsync(ct)).ToDictionary(d => d.Code);
        var unknown = codes.Where(c => !catalogue.ContainsKey(c)).ToList();
        if (unknown.Count > 0) return (null, Problems.NotFound($"The indicator catalogue has no code {string.Join(", ", unknown)}; define it first (POST /api/monitoring/indicators)."));

        var access = MonitorAccess.Check(user, await MonitorAccess.YearAsync(session, year, ct), command.MonitorId);
        return ReferenceEquals(access, WolverineContinue.NoProblems)
            ? (new EvaluationFacts(taskVersion, catalogue), access)
            : (null, access);
    }

    /// <summary>409 R7 when the monitor is not one of the year's; 409 once the year's report is published; 409 off the indicator's scale.</summary>
    [Authorize(Roles = MonitorAccess.Recorders)]
    [WolverinePost("/api/monitoring/{year}/evaluations", OperationId = "recordEvaluation")]
    public static async Task<EvaluationCreated> Post(int year, RecordEvaluation command, EvaluationFacts? facts, IDocumentSession session, BusinessCalendar calendar, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<MonitoringYear>(MonitoringStreams.Year(year), ct);
        var id = Guid.CreateVersion7();
        var scores = command.Indicators!.Select(i => new IndicatorScore(i.Code!, i.Kind!.Value, i.Score, i.Comment?.Trim())).ToList();
        var decision = MonitoringDecisions.Evaluate(stream.Aggregate ?? MonitoringYear.Empty(year), id, command.MonitorId!.Value, command.DivisionId!.Value,
            command.StrategicTaskId, facts!.StrategicTaskVersion, scores, facts.Catalogue, calendar.DateOf(command.On));
        Recorded.Append(stream, decision);
        return new EvaluationCreated(id.ToString(), year, $"/api/monitoring/{year}/evaluations/{id}");
    }
}
