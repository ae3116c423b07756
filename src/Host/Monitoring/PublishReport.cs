using System.Text.Json.Serialization;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Monitoring;

/// <summary>모니터링 보고서 발간: once a year; it closes the year's evaluations and opens the next year's workshops (R5).</summary>
[Command("/api/monitoring/{year}/report", "publishMonitoringReport", MonitorAccess.Recorders)]
public sealed record PublishReport(string? Summary, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid MonitoringYearId => MonitoringStreams.Year(Year);

    public void Check(Checks checks) => checks
        .Text("summary", Summary, Checks.MaxLongTextLength)
        .Range("year", Year, MonitorAccess.FirstYear, MonitorAccess.LastYear);
}

public static class PublishReportHandler
{
    /// <summary>403 R7 for a monitor user who is not one of the year's (<see cref="MonitorAccess"/>).</summary>
    public static async Task LoadAsync(PublishReport command, IQuerySession session, CancellationToken ct) =>
        MonitorAccess.Demand(await MonitorAccess.YearAsync(session, command.Year, ct));

    public static YearRecorded Handle(PublishReport command, [WriteAggregate(nameof(PublishReport.MonitoringYearId), Required = false)] IEventStream<MonitoringYear> stream,
        BusinessCalendar calendar)
    {
        var decision = MonitoringDecisions.Publish(stream.Aggregate ?? MonitoringYear.Empty(command.Year), command.Summary!.Trim(), calendar.DateOf(command.On));
        return new YearRecorded(command.Year, Recorded.Append(stream, decision).Version);
    }
}

/// <summary>보고서 정정 (R10): the published report stays; the correction says what now reads instead, and why.</summary>
[Command("/api/monitoring/{year}/report/corrections", "correctMonitoringReport", MonitorAccess.Recorders)]
public sealed record CorrectReport(string? Summary, string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid MonitoringYearId => MonitoringStreams.Year(Year);

    public void Check(Checks checks) => checks
        .Text("summary", Summary, Checks.MaxLongTextLength)
        .Text("reason", Reason, Checks.MaxLongTextLength)
        .Range("year", Year, MonitorAccess.FirstYear, MonitorAccess.LastYear);
}

public static class CorrectReportHandler
{
    /// <summary>403 R7 for a monitor user who is not one of the year's (<see cref="MonitorAccess"/>).</summary>
    public static async Task LoadAsync(CorrectReport command, IQuerySession session, CancellationToken ct) =>
        MonitorAccess.Demand(await MonitorAccess.YearAsync(session, command.Year, ct));

    public static YearRecorded Handle(CorrectReport command, [WriteAggregate(nameof(CorrectReport.MonitoringYearId), Required = false)] IEventStream<MonitoringYear> stream,
        BusinessCalendar calendar)
    {
        var decision = MonitoringDecisions.Correct(stream.Aggregate ?? MonitoringYear.Empty(command.Year), command.Summary!.Trim(), command.Reason!.Trim(),
            calendar.DateOf(command.On));
        return new YearRecorded(command.Year, Recorded.Append(stream, decision).Version);
    }
}
