using System.Security.Claims;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Monitoring;

/// <summary>모니터링 보고서 발간: once a year; it closes the year's evaluations and opens the next year's workshops (R5).</summary>
public sealed record PublishReport(string? Summary, DateOnly? On);

public static class PublishReportEndpoint
{
    public static ProblemDetails Validate(PublishReport command) => new Checks().Text("summary", command.Summary, Checks.MaxLongTextLength).Result();

    public static async Task<ProblemDetails> LoadAsync(int year, IQuerySession session, ClaimsPrincipal user, CancellationToken ct) =>
        MonitorAccess.YearOutOfRange(year) ?? MonitorAccess.Check(user, await MonitorAccess.YearAsync(session, year, ct));

    [Authorize(Roles = MonitorAccess.Recorders)]
    [WolverinePost("/api/monitoring/{year}/report", OperationId = "publishMonitoringReport")]
    public static async Task<YearRecorded> Post(int year, PublishReport command, IDocumentSession session, BusinessCalendar calendar, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<MonitoringYear>(MonitoringStreams.Year(year), ct);
        var decision = MonitoringDecisions.Publish(stream.Aggregate ?? MonitoringYear.Empty(year), command.Summary!.Trim(), calendar.DateOf(command.On));
        return new YearRecorded(year, Recorded.Append(stream, decision).Version);
    }
}

/// <summary>보고서 정정 (R10): the published report stays; the correction says what now reads instead, and why.</summary>
public sealed record CorrectReport(string? Summary, string? Reason, DateOnly? On);

public static class CorrectReportEndpoint
{
    public static ProblemDetails Validate(CorrectReport command) => new Checks()
        .Text("summary", command.Summary, Checks.MaxLongTextLength)
        .Text("reason", command.Reason, Checks.MaxLongTextLength)
        .Result();

    public static async Task<ProblemDetails> LoadAsync(int year, IQuerySession session, ClaimsPrincipal user, CancellationToken ct) =>
        MonitorAccess.YearOutOfRange(year) ?? MonitorAccess.Check(user, await MonitorAccess.YearAsync(session, year, ct));

    [Authorize(Roles = MonitorAccess.Recorders)]
    [WolverinePost("/api/monitoring/{year}/report/corrections", OperationId = "correctMonitoringReport")]
    public static async Task<YearRecorded> Post(int year, CorrectReport command, IDocumentSession session, BusinessCalendar calendar, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<MonitoringYear>(MonitoringStreams.Year(year), ct);
        var decision = MonitoringDecisions.Correct(stream.Aggregate ?? MonitoringYear.Empty(year), command.Summary!.Trim(), command.Reason!.Trim(), calendar.DateOf(command.On));
        return new YearRecorded(year, Recorded.Append(stream, decision).Version);
    }
}
