using Hyeopchi.Host.Districts;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.Monitoring;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Hyeopchi.Host.Exports;

/// <summary>
/// <c>GET /exports/{table}.xlsx</c> (or <c>.csv</c>): the tables a coordinator hands on, for a signed-in page
/// (cookie) or a program with a token. The people table is for admins only, since it lists names.
/// </summary>
public static class ExportRoutes
{
    public const string Prefix = "/exports";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup(Prefix).RequireAuthorization().ExcludeFromDescription();
        exports.MapGet("/monitoring.{format}", async (string format, int? from, int? to, IDocumentStore store, HttpContext context) =>
        {
            var invalid = ComparisonReport.Validate(from, to);
            return ReferenceEquals(invalid, WolverineContinue.NoProblems)
                ? await Send(format, store, context, (s, ct) => ExportTables.MonitoringAsync(s, from!.Value, to!.Value, ct)!)
                : Results.Problem(invalid);
        });
        exports.MapGet("/compliance-{year:int}.{format}", (int year, string format, IDocumentStore store, HttpContext context) =>
            Send(format, store, context, (s, ct) => ExportTables.ComplianceAsync(s, year, ct), year, $"{year}년에는 네트워크가 출범하지 않았습니다. (The network had not been launched by {year}.)"));
        exports.MapGet("/strategic-tasks-{year:int}.{format}", (int year, string format, IDocumentStore store, HttpContext context) =>
            Send(format, store, context, (s, ct) => ExportTables.StrategicTasksAsync(s, year, ct)!, year));
        exports.MapGet("/expo-{year:int}.{format}", (int year, string format, IDocumentStore store, HttpContext context) =>
            Send(format, store, context, (s, ct) => ExportTables.ExpoAsync(s, year, ct), year, $"{year}년 박람회는 계획되지 않았습니다. (No expo was planned for {year}.)"));
        exports.MapGet("/people.{format}", (string format, IDocumentStore store, HttpContext context) =>
                Send(format, store, context, (s, ct) => ExportTables.PeopleAsync(s, ct)!))
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Admin });
        return app;
    }

    /// <summary>The download link of a table for the pages, e.g. <c>Link("expo-2026", "xlsx")</c>.</summary>
    public static string Link(string table, string format, string? query = null) => $"{Prefix}/{table}.{format}{(query is null ? "" : "?" + query)}";

    private static async Task<IResult> Send(
        string format, IDocumentStore store, HttpContext context, Func<IQuerySession, CancellationToken, Task<Table?>> read, int? year = null, string? missing = null)
    {
        if (format is not ("xlsx" or "csv")) return Results.Problem(Problems.NotFound($"xlsx 또는 csv만 내려받을 수 있습니다. (Only .xlsx and .csv are offered, not .{format}.)"));
        if (year is < 2000 or > 2100) return Results.Problem(Problems.Invalid(new() { ["year"] = ["2000에서 2100 사이여야 합니다. (between 2000 and 2100)"] }));
        await using var session = store.QuerySessionFor(context);
        if (await read(session, context.RequestAborted) is not { } table) return Results.Problem(Problems.NotFound(missing ?? "내보낼 표가 없습니다. (Nothing to export.)"));
        return format == "xlsx"
            ? Results.Stream(output => TableWriters.WriteXlsxAsync(table, output, context.RequestAborted), TableWriters.XlsxMediaType, $"{table.FileName}.xlsx")
            : Results.Stream(output => TableWriters.WriteCsvAsync(table, output, context.RequestAborted), TableWriters.CsvMediaType, $"{table.FileName}.csv");
    }
}

/// <summary>The download links a page shows under a table: <c>&lt;partial name="_Downloads" model="new Downloads(…)" /&gt;</c>.</summary>
public sealed record Downloads(string Table, string What, string? Query = null)
{
    public string Xlsx => ExportRoutes.Link(Table, "xlsx", Query);
    public string Csv => ExportRoutes.Link(Table, "csv", Query);
}
