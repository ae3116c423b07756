using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Monitoring;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Monitoring;

public sealed record ScoredIndicator(
    string Code, string? Name, IndicatorKind Kind, decimal? Score, string? Comment, decimal? Baseline, decimal? Target, bool? TargetMet);

public sealed record EvaluationDetail(
    string Id, string MonitorId, string? MonitorName, string DivisionId, string? StrategicTaskId, long? StrategicTaskVersion,
    DateOnly On, string? RecordedBy, IReadOnlyList<ScoredIndicator> Indicators, IReadOnlyList<EvidenceView> Evidence)
{
    /// <summary>The governance policy evaluated (L48), if any, and its name (the exhibit's title, or the task force's with the ordinance number).</summary>
    public EvaluatedPolicy? Policy { get; init; }

    public string? PolicyName { get; init; }
}

public sealed record MonitoringYearDetail(
    int Year, bool ReportPublished, IReadOnlyList<MonitorView> Monitors, IReadOnlyList<EvaluationDetail> Evaluations, ReportView? Report);

public sealed record MonitoringReportDetail(
    int Year, string Summary, string CurrentSummary, int Evaluations, DateOnly PublishedOn, string? PublishedBy, IReadOnlyList<ReportCorrectionView> Corrections);

/// <summary>Whether a year's monitoring report is published: what next year's workshops review (R5).</summary>
public static class MonitoringReports
{
    public static async Task<bool> IsPublishedAsync(IQuerySession session, int year, CancellationToken ct) =>
        (await session.LoadAsync<MonitoringYearView>(MonitoringStreams.Year(year), ct))?.Report is not null;
}

public static class MonitoringQueries
{
    [Authorize]
    [WolverineGet("/api/monitoring/indicators", OperationId = "listIndicators")]
    public static Task<IReadOnlyList<IndicatorDefinition>> Indicators(IQuerySession session, CancellationToken ct) =>
        session.Query<IndicatorDefinition>().OrderBy(d => d.Code).ToListAsync(ct);

    /// <summary>The year's monitors, its evaluations (each indicator read against its target; higher is better) and its report.</summary>
    [Authorize]
    [WolverineGet("/api/monitoring/{year}", OperationId = "getMonitoringYear")]
    public static async Task<MonitoringYearDetail> Year(int year, IQuerySession session, CancellationToken ct)
    {
        var view = await session.LoadAsync<MonitoringYearView>(MonitoringStreams.Year(year), ct) ?? new MonitoringYearView { Year = year };
        var catalogue = (await session.Query<IndicatorDefinition>().ToListAsync(ct)).ToDictionary(d => d.Code);
        var names = new PolicyNames(session);
        var policyNames = new Dictionary<Guid, string>();
        foreach (var e in view.Evaluations)
        {
            if (e.Policy is { } policy) policyNames[e.Id] = await names.NameAsync(policy, ct);
        }

        return new MonitoringYearDetail(year, view.Report is not null, view.Monitors,
            view.Evaluations.Select(e => new EvaluationDetail(
                e.Id.ToString(), e.MonitorId.ToString(), e.MonitorName, e.DivisionId.ToString(), e.StrategicTaskId?.ToString(), e.StrategicTaskVersion,
                e.On, e.RecordedBy,
                e.Indicators.Select(i =>
                {
                    var d = catalogue.GetValueOrDefault(i.Code);
                    return new ScoredIndicator(i.Code, d?.Name, i.Kind, i.Score, i.Comment, d?.Baseline, d?.Target,
                        i.Score is { } s && d?.Target is { } t ? s >= t : null);
                }).ToList(),
                e.Evidence)
            { Policy = e.Policy, PolicyName = policyNames.GetValueOrDefault(e.Id) }).ToList(),
            view.Report);
    }

    /// <summary>The published report with its corrections (R10); 404 while the year's report is not published.</summary>
    [Authorize]
    [ProducesResponseType<MonitoringReportDetail>(StatusCodes.Status200OK)]
    [WolverineGet("/api/monitoring/{year}/report", OperationId = "getMonitoringReport")]
    public static async Task<IResult> Report(int year, IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<MonitoringYearView>(MonitoringStreams.Year(year), ct))?.Report is { } report
            ? Results.Ok(new MonitoringReportDetail(year, report.Summary, report.CurrentSummary, report.Evaluations, report.PublishedOn, report.PublishedBy, report.Corrections))
            : Results.Problem(Problems.NotFound($"The {year} monitoring report is not published."));
}
