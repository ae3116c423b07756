using Hyeopchi.Host.Districts;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Monitoring;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Wolverine.Http;

namespace Hyeopchi.Host.Monitoring;

/// <summary>
/// Year over year, per division and indicator: <c>GET /api/reports/monitoring?from=&amp;to=</c> as JSON
/// (or CSV with <c>Accept: text/csv</c>), streamed from the per-(division, indicator, year) sums as it is
/// read. The Korean page <c>/reports/monitoring?from=&amp;to=</c> (Pages/Reports/Monitoring) reads the same rows.
/// Beside the divisions' <c>rows</c>, the JSON has <c>policies</c>: the evaluated governance policies (L48)
/// compared the same way. The CSV keeps the divisions' columns; <c>?of=policies</c> gives the policies' CSV instead.
/// </summary>
public static class ComparisonReport
{
    public const int MaxYears = 30;

    public const string OfPolicies = "policies";
    public const string OfDivisions = "divisions";

    public static ProblemDetails Validate(int? from, int? to, string? of = null) => new Checks()
        .That(of is null or OfDivisions or OfPolicies, "of", $"{OfDivisions} 또는 {OfPolicies} (divisions or policies)")
        .Range("from", from, 2000, 2100)
        .Range("to", to, 2000, 2100)
        .That(from is null || to is null || from <= to && to - from < MaxYears, "to", $"from 이상, {MaxYears}년 이내 (not before from; at most {MaxYears} years)")
        .Result();

    [Authorize]
    [ProducesResponseType<MonitoringComparisonAnswer>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [WolverineGet("/api/reports/monitoring", OperationId = "compareMonitoringYears")]
    public static IResult Data(int? from, int? to, string? of, HttpContext context, IDocumentStore store)
    {
        context.Response.Headers.Vary = HeaderNames.Accept;
        var accept = context.Request.GetTypedHeaders().Accept;
        if (accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)))
        {
            if (of == OfPolicies)
            {
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"monitoring-policies-{from}-{to}.csv\"";
                return Stream(store, context, "text/csv; charset=utf-8", (s, o, ct) => ComparisonWriters.WritePolicyCsvAsync(s, from!.Value, to!.Value, o, ct));
            }

            context.Response.Headers.ContentDisposition = $"attachment; filename=\"monitoring-{from}-{to}.csv\"";
            return Stream(store, context, "text/csv; charset=utf-8", (s, o, ct) => ComparisonWriters.WriteCsvAsync(s, from!.Value, to!.Value, o, ct));
        }

        return Stream(store, context, "application/json; charset=utf-8", (s, o, ct) => ComparisonWriters.WriteJsonAsync(s, from!.Value, to!.Value, o, ct));
    }

    private static IResult Stream(IDocumentStore store, HttpContext context, string contentType, Func<IQuerySession, Stream, CancellationToken, Task> write) =>
        Results.Stream(async output =>
        {
            await using var session = store.QuerySessionFor(context);
            await write(session, output, context.RequestAborted);
        }, contentType);
}

/// <summary>
/// The JSON answer of <c>GET /api/reports/monitoring</c>, for its OpenAPI description: <see cref="ComparisonWriters.WriteJsonAsync"/>
/// writes this shape row by row rather than serialising it, so that a long report is never held whole.
/// </summary>
public sealed record MonitoringComparisonAnswer(int From, int To, IReadOnlyList<ComparisonRow> Rows, IReadOnlyList<PolicyComparisonRow> Policies);
