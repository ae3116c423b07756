using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Admin;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.Monitoring;
using Hyeopchi.Projections.StrategicTasks;
using Marten;

namespace Hyeopchi.Host.Monitoring;

/// <summary>A division's strategic tasks in a year and how many are done, shown beside the monitoring results.</summary>
public sealed record TaskCompletion(Guid DivisionId, string Division, int Year, int Tasks, int Done);

/// <summary>The strategic tasks' completion per division and year, from the task read model.</summary>
public static class StrategicTaskCompletion
{
    public static async Task<IReadOnlyList<TaskCompletion>> PerDivisionAsync(IQuerySession session, int from, int to, CancellationToken ct)
    {
        var tasks = await session.Query<StrategicTaskView>()
            .Where(t => t.Year >= from && t.Year <= to && t.Owner.DivisionId != null)
            .Select(t => new { t.Owner.DivisionId, t.Year, t.Status })
            .ToListAsync(ct);
        var names = (await session.Query<DivisionProgress>().Select(d => new { d.Id, d.Name }).ToListAsync(ct))
            .ToDictionary(d => d.Id, d => d.Name);
        return tasks
            .GroupBy(t => (Division: t.DivisionId!.Value, t.Year))
            .Select(g => new TaskCompletion(g.Key.Division, names.GetValueOrDefault(g.Key.Division, g.Key.Division.ToString()), g.Key.Year,
                g.Count(), g.Count(t => t.Status == StrategicTaskStatus.Done)))
            .OrderBy(t => t.Division, StringComparer.Ordinal).ThenBy(t => t.Year)
            .ToList();
    }
}

/// <summary>Writes the year-over-year comparison as JSON or CSV, row by row as it is read (the page is <c>Pages/Reports/Monitoring</c>).</summary>
public static class ComparisonWriters
{
    private const int FlushEvery = 200;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task WriteJsonAsync(IQuerySession session, int from, int to, Stream output, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
        json.WriteStartObject();
        json.WriteNumber("from", from);
        json.WriteNumber("to", to);
        json.WriteStartArray("rows");
        var n = 0;
        await foreach (var row in MonitoringComparison.RowsAsync(session, from, to, ComparisonOrder.ByDivision, ct))
        {
            json.WriteStartObject();
            json.WriteString("divisionId", row.DivisionId.ToString());
            json.WriteString("division", row.Division);
            WriteScore(json, row.Indicator, row.Year, row.Score, row.Change);
            if (++n % FlushEvery == 0) await json.FlushAsync(ct);
        }

        json.WriteEndArray();
        json.WriteStartArray("policies");
        await foreach (var row in MonitoringComparison.PolicyRowsAsync(session, from, to, ct))
        {
            json.WriteStartObject();
            json.WriteString("kind", FormValues.Wire(row.Kind));
            if (row.ExpoYear is { } expoYear) json.WriteNumber("expoYear", expoYear);
            else json.WriteNull("expoYear");
            json.WriteString("exhibitId", row.ExhibitId?.ToString());
            json.WriteString("taskForceId", row.TaskForceId?.ToString());
            json.WriteString("policy", row.Policy);
            WriteScore(json, row.Indicator, row.Year, row.Score, row.Change);
            if (++n % FlushEvery == 0) await json.FlushAsync(ct);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    /// <summary>The part a division's row and a policy's share: the indicator, the year, its mean score and the change from the year before.</summary>
    private static void WriteScore(Utf8JsonWriter json, string indicator, int year, decimal score, decimal? change)
    {
        json.WriteString("indicator", indicator);
        json.WriteNumber("year", year);
        json.WriteNumber("score", score);
        if (change is { } c) json.WriteNumber("change", c);
        else json.WriteNull("change");
        json.WriteEndObject();
    }

    /// <summary>The policies' comparison (<c>?of=policies</c>) as CSV, in the same form as <see cref="WriteCsvAsync"/>.</summary>
    public static async Task WritePolicyCsvAsync(IQuerySession session, int from, int to, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync("kind,expoYear,exhibitId,taskForceId,policy,indicator,year,score,change");
        var n = 0;
        await foreach (var row in MonitoringComparison.PolicyRowsAsync(session, from, to, ct))
        {
            await writer.WriteLineAsync(string.Join(',',
                FormValues.Wire(row.Kind), row.ExpoYear?.ToString(Invariant) ?? "", row.ExhibitId?.ToString() ?? "", row.TaskForceId?.ToString() ?? "",
                Csv(row.Policy), Csv(row.Indicator), row.Year.ToString(Invariant), row.Score.ToString(Invariant), row.Change?.ToString(Invariant) ?? ""));
            if (++n % FlushEvery == 0) await writer.FlushAsync(ct);
        }

        await writer.FlushAsync(ct);
    }

    /// <summary>RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read Korean), CRLF line ends.</summary>
    public static async Task WriteCsvAsync(IQuerySession session, int from, int to, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync("divisionId,division,indicator,year,score,change");
        var n = 0;
        await foreach (var row in MonitoringComparison.RowsAsync(session, from, to, ComparisonOrder.ByDivision, ct))
        {
            await writer.WriteLineAsync(string.Join(',',
                Csv(row.DivisionId.ToString()), Csv(row.Division), Csv(row.Indicator), row.Year.ToString(Invariant),
                row.Score.ToString(Invariant), row.Change?.ToString(Invariant) ?? ""));
            if (++n % FlushEvery == 0) await writer.FlushAsync(ct);
        }

        await writer.FlushAsync(ct);
    }

    /// <summary>
    /// One CSV cell. Text a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
    /// carriage return) gets a leading apostrophe, so that it is shown, never evaluated (OWASP's CSV injection advice).
    /// </summary>
    public static string Csv(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

}
