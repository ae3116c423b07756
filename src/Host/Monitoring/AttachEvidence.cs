using System.Text.Json.Serialization;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Monitoring;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Monitoring;

/// <summary>면접·설문 요약: how many interviews or survey forms, how many answered, and the key findings behind an evaluation.</summary>
[Command("/api/monitoring/{year}/evaluations/{evaluationId}/evidence", "attachEvaluationEvidence", MonitorAccess.Recorders)]
public sealed record AttachEvidence(EvidenceMethod? Method, int? Count, int? Respondents, IReadOnlyList<string>? KeyFindings, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid EvaluationId { get; init; }

    [JsonIgnore] public Guid MonitoringYearId => MonitoringStreams.Year(Year);

    public void Check(Checks checks)
    {
        checks
            .Defined("method", Method)
            .Range("count", Count, 1, 100_000)
            .Range("respondents", Respondents, 0, 1_000_000)
            .That(KeyFindings is null || KeyFindings.Count <= 50, "keyFindings", "50개 이하 (at most 50)");
        var findings = KeyFindings ?? [];
        for (var i = 0; i < findings.Count; i++) checks.Text($"keyFindings[{i}]", findings[i], 2000);
        checks.Range("year", Year, MonitorAccess.FirstYear, MonitorAccess.LastYear);
    }
}

public static class AttachEvidenceHandler
{
    /// <summary>
    /// 404 when the year has no such evaluation; 403 R7 for a monitor user who is not the monitor of
    /// that evaluation (<see cref="MonitorAccess"/>): only the evaluation's own monitor, or an admin or
    /// coordinator on their behalf, attaches its evidence.
    /// </summary>
    public static async Task LoadAsync(AttachEvidence command, IQuerySession session, CancellationToken ct)
    {
        var state = await MonitorAccess.YearAsync(session, command.Year, ct);
        if (!state.Evaluations.Contains(command.EvaluationId)) throw new UnknownRecordException($"{command.Year} has no evaluation {command.EvaluationId}.");
        var view = await session.LoadAsync<MonitoringYearView>(command.MonitoringYearId, ct);
        MonitorAccess.Demand(state, view?.Evaluations.FirstOrDefault(e => e.Id == command.EvaluationId)?.MonitorId ?? Guid.Empty);
    }

    public static YearRecorded Handle(AttachEvidence command, [WriteAggregate(nameof(AttachEvidence.MonitoringYearId), Required = false)] IEventStream<MonitoringYear> stream,
        BusinessCalendar calendar)
    {
        var decision = MonitoringDecisions.AttachEvidence(stream.Aggregate ?? MonitoringYear.Empty(command.Year), command.EvaluationId, command.Method!.Value,
            command.Count!.Value, command.Respondents!.Value, (command.KeyFindings ?? []).Select(f => f.Trim()).ToList(), calendar.DateOf(command.On));
        return new YearRecorded(command.Year, Recorded.Append(stream, decision).Version);
    }
}
