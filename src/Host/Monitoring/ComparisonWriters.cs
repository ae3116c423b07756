using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.StrategicTasks;
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

/// <summary>Writes the year-over-year comparison as JSON, CSV or a Korean HTML page, row by row as it is read.</summary>
public static class ComparisonWriters
{
    private const int FlushEvery = 200;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"];

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
            json.WriteString("indicator", row.Indicator);
            json.WriteNumber("year", row.Year);
            json.WriteNumber("score", row.Score);
            if (row.Change is { } change) json.WriteNumber("change", change);
            else json.WriteNull("change");
            json.WriteEndObject();
            if (++n % FlushEvery == 0) await json.FlushAsync(ct);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
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

    /// <summary>
    /// 모니터링 결과 연도별 비교: a server-rendered page in Korean, a chart per indicator as inline SVG
    /// (one line per division) with its table, and the strategic tasks' completion per division.
    /// Only one indicator's rows are held at a time.
    /// </summary>
    public static async Task WriteHtmlAsync(IQuerySession session, int from, int to, Stream output, CancellationToken ct)
    {
        await using var w = new StreamWriter(output, new UTF8Encoding(false), 16 * 1024, leaveOpen: true) { NewLine = "\n" };
        var catalogue = (await session.Query<IndicatorDefinition>().ToListAsync(ct)).ToDictionary(d => d.Code);
        var title = $"모니터링 결과 연도별 비교 {from}–{to}";
        await w.WriteLineAsync($"""
            <!DOCTYPE html>
            <html lang="ko">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)}</title>
            <link rel="stylesheet" href="/comparison.css">
            </head>
            <body>
            <h1>{E(title)}</h1>
            <p>분과별·지표별로 그 해 정량 점수의 평균(점수)과 전년 대비 변화(증감)를 보여 줍니다.</p>
            """);

        var group = new List<ComparisonRow>();
        var any = false;
        await foreach (var row in MonitoringComparison.RowsAsync(session, from, to, ComparisonOrder.ByIndicator, ct))
        {
            if (group.Count > 0 && group[0].Indicator != row.Indicator)
            {
                await WriteIndicatorAsync(w, group, catalogue.GetValueOrDefault(group[0].Indicator), from, to);
                group.Clear();
                await w.FlushAsync(ct);
            }

            group.Add(row);
            any = true;
        }

        if (group.Count > 0) await WriteIndicatorAsync(w, group, catalogue.GetValueOrDefault(group[0].Indicator), from, to);
        if (!any) await w.WriteLineAsync("<p class=\"empty\">이 기간에 기록된 정량 평가가 없습니다.</p>");

        await w.WriteLineAsync("<section id=\"strategic-tasks\">\n<h2>분과별 전략 과제 완료 현황</h2>");
        var tasks = await StrategicTaskCompletion.PerDivisionAsync(session, from, to, ct);
        if (tasks.Count == 0)
        {
            await w.WriteLineAsync("<p class=\"empty\">이 기간에 분과가 맡은 전략 과제가 없습니다.</p>");
        }
        else
        {
            await w.WriteLineAsync("<table><thead><tr><th>분과</th><th>연도</th><th>과제</th><th>완료</th></tr></thead><tbody>");
            foreach (var t in tasks)
                await w.WriteLineAsync($"<tr><td>{E(t.Division)}</td><td>{t.Year}</td><td>{t.Tasks}</td><td>{t.Done}</td></tr>");
            await w.WriteLineAsync("</tbody></table>");
        }

        await w.WriteLineAsync("</section>\n</body>\n</html>");
        await w.FlushAsync(ct);
    }

    private static async Task WriteIndicatorAsync(StreamWriter w, IReadOnlyList<ComparisonRow> rows, IndicatorDefinition? indicator, int from, int to)
    {
        var code = rows[0].Indicator;
        var heading = indicator is null ? code : $"{indicator.Name} ({code})";
        await w.WriteLineAsync($"<section class=\"indicator\" data-indicator=\"{E(code)}\">\n<h2>{E(heading)}</h2>");
        if (indicator is not null)
        {
            await w.WriteLineAsync($"<p>척도 {N(indicator.ScaleMin)}–{N(indicator.ScaleMax)}{E(indicator.Unit is null ? "" : " " + indicator.Unit)} · 기준값 {N(indicator.Baseline)} · 목표값 {N(indicator.Target)}</p>");
        }

        await w.WriteLineAsync(Chart(rows, indicator, from, to));
        await w.WriteLineAsync("<table><thead><tr><th>분과</th><th>연도</th><th>점수</th><th>증감</th></tr></thead><tbody>");
        foreach (var r in rows)
        {
            var change = r.Change is { } c ? (c > 0 ? "+" : "") + c.ToString(Invariant) : "–";
            await w.WriteLineAsync($"<tr><td>{E(r.Division)}</td><td>{r.Year}</td><td>{r.Score.ToString(Invariant)}</td><td>{E(change)}</td></tr>");
        }

        await w.WriteLineAsync("</tbody></table>\n</section>");
    }

    /// <summary>A line chart: years across, the indicator's scale up, one line per division, with a legend.</summary>
    private static string Chart(IReadOnlyList<ComparisonRow> rows, IndicatorDefinition? indicator, int from, int to)
    {
        const double width = 640, height = 260, left = 48, right = 170, top = 16, bottom = 36;
        var min = (double)(indicator?.ScaleMin ?? Math.Min(0, rows.Min(r => r.Score)));
        var max = (double)(indicator?.ScaleMax ?? rows.Max(r => r.Score));
        if (max <= min) max = min + 1;
        var years = Math.Max(1, to - from);
        double X(int year) => left + (width - left - right) * (from == to ? 0.5 : (year - from) / (double)years);
        double Y(decimal score) => top + (height - top - bottom) * (1 - ((double)score - min) / (max - min));
        string F(double v) => v.ToString("0.#", Invariant);

        var svg = new StringBuilder();
        var label = $"{indicator?.Name ?? rows[0].Indicator} 연도별 분과 점수";
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {F(width)} {F(height)}\" width=\"{F(width)}\" height=\"{F(height)}\" role=\"img\" aria-label=\"{E(label)}\">");
        svg.Append($"<line x1=\"{F(left)}\" y1=\"{F(height - bottom)}\" x2=\"{F(width - right)}\" y2=\"{F(height - bottom)}\" stroke=\"#999\"/>");
        svg.Append($"<line x1=\"{F(left)}\" y1=\"{F(top)}\" x2=\"{F(left)}\" y2=\"{F(height - bottom)}\" stroke=\"#999\"/>");
        svg.Append($"<text x=\"{F(left - 6)}\" y=\"{F(top + 4)}\" font-size=\"11\" text-anchor=\"end\">{F(max)}</text>");
        svg.Append($"<text x=\"{F(left - 6)}\" y=\"{F(height - bottom)}\" font-size=\"11\" text-anchor=\"end\">{F(min)}</text>");
        for (var year = from; year <= to; year++)
            svg.Append($"<text x=\"{F(X(year))}\" y=\"{F(height - bottom + 16)}\" font-size=\"11\" text-anchor=\"middle\">{year}</text>");
        if (indicator?.Target is { } target && (double)target >= min && (double)target <= max)
            svg.Append($"<line x1=\"{F(left)}\" y1=\"{F(Y(target))}\" x2=\"{F(width - right)}\" y2=\"{F(Y(target))}\" stroke=\"#888\" stroke-dasharray=\"4 3\"><title>목표값 {N(target)}</title></line>");

        var series = 0;
        foreach (var division in rows.GroupBy(r => r.DivisionId))
        {
            var color = Palette[series % Palette.Length];
            var name = division.First().Division;
            var points = string.Join(' ', division.Select(r => $"{F(X(r.Year))},{F(Y(r.Score))}"));
            svg.Append($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{points}\"/>");
            foreach (var r in division)
                svg.Append($"<circle cx=\"{F(X(r.Year))}\" cy=\"{F(Y(r.Score))}\" r=\"3.5\" fill=\"{color}\"><title>{E($"{name} {r.Year}년: {r.Score.ToString(Invariant)}")}</title></circle>");
            var legendY = top + 14 * series;
            svg.Append($"<rect x=\"{F(width - right + 12)}\" y=\"{F(legendY)}\" width=\"10\" height=\"10\" fill=\"{color}\"/>");
            svg.Append($"<text x=\"{F(width - right + 28)}\" y=\"{F(legendY + 9)}\" font-size=\"11\">{E(name)}</text>");
            series++;
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string E(string value) => Html.Encode(value);

    private static string N(decimal? value) => value?.ToString(Invariant) ?? "–";
}
