using System.Security.Claims;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Monitoring;

/// <summary>면접·설문 요약: how many interviews or survey forms, how many answered, and the key findings behind an evaluation.</summary>
public sealed record AttachEvidence(EvidenceMethod? Method, int? Count, int? Respondents, IReadOnlyList<string>? KeyFindings, DateOnly? On);

public static class AttachEvidenceEndpoint
{
    public static ProblemDetails Validate(AttachEvidence command)
    {
        var checks = new Checks()
            .Defined("method", command.Method)
            .Range("count", command.Count, 1, 100_000)
            .Range("respondents", command.Respondents, 0, 1_000_000)
            .That(command.KeyFindings is null || command.KeyFindings.Count <= 50, "keyFindings", "50개 이하 (at most 50)");
        var findings = command.KeyFindings ?? [];
        for (var i = 0; i < findings.Count; i++) checks.Text($"keyFindings[{i}]", findings[i], 2000);
        return checks.Result();
    }

    public static async Task<ProblemDetails> LoadAsync(int year, Guid evaluationId, IQuerySession session, ClaimsPrincipal user, CancellationToken ct)
    {
        if (MonitorAccess.YearOutOfRange(year) is { } invalid) return invalid;
        var state = await MonitorAccess.YearAsync(session, year, ct);
        if (!state.Evaluations.Contains(evaluationId)) return Problems.NotFound($"{year} has no evaluation {evaluationId}.");
        return MonitorAccess.Check(user, state);
    }

    [Authorize(Roles = MonitorAccess.Recorders)]
    [WolverinePost("/api/monitoring/{year}/evaluations/{evaluationId}/evidence", OperationId = "attachEvaluationEvidence")]
    public static async Task<YearRecorded> Post(int year, Guid evaluationId, AttachEvidence command, IDocumentSession session, BusinessCalendar calendar, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<MonitoringYear>(MonitoringStreams.Year(year), ct);
        var decision = MonitoringDecisions.AttachEvidence(stream.Aggregate ?? MonitoringYear.Empty(year), evaluationId, command.Method!.Value,
            command.Count!.Value, command.Respondents!.Value, (command.KeyFindings ?? []).Select(f => f.Trim()).ToList(), calendar.DateOf(command.On));
        return new YearRecorded(year, Recorded.Append(stream, decision).Version);
    }
}
