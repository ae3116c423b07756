using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hyeopchi.Host.Admin;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Projections.Monitoring;
using Microsoft.AspNetCore.Html;

namespace Hyeopchi.Host.Monitoring;

/// <summary>One indicator's rows over the years, one line per division, and how the indicator is defined.</summary>
public sealed record IndicatorSeries(string Code, IndicatorDefinition? Definition, IReadOnlyList<ComparisonRow> Rows)
{
    public string Heading => Definition is null ? Code : $"{Definition.Name} ({Code})";

    /// <summary>The divisions in the order their lines are drawn, each with its colour.</summary>
    public IReadOnlyList<(string Division, string Colour)> Legend =>
        Rows.Select(r => r.Division).Distinct().Select((d, i) => (d, ComparisonChart.Colour(i))).ToList();
}

/// <summary>
/// An indicator's chart as inline SVG: years across, the indicator's scale up, a line per division.
/// Drawn on a narrow canvas, so that at a phone's width (375 px) its labels are still read at full
/// size; the legend is HTML beside it (on the page), so it wraps instead of shrinking.
/// </summary>
public static class ComparisonChart
{
    private const double Width = 360, Height = 220, Left = 44, Right = 14, Top = 12, Bottom = 28, MaxYearLabels = 8;
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    // Colour-blind-safe (Okabe–Ito) and dark enough to read against white.
    private static readonly string[] Palette = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#8a6d00", "#56b4e9", "#000000", "#7f3c8d"];

    public static string Colour(int series) => Palette[series % Palette.Length];

    public static IHtmlContent Render(IndicatorSeries series, int from, int to)
    {
        var rows = series.Rows;
        var indicator = series.Definition;
        var (min, max) = Range(rows, indicator);
        var years = Math.Max(1, to - from);
        var labelEvery = (int)Math.Ceiling((to - from + 1) / MaxYearLabels);
        double X(int year) => Left + (Width - Left - Right) * (from == to ? 0.5 : (year - from) / (double)years);
        double Y(decimal score) => Top + (Height - Top - Bottom) * (1 - ((double)score - min) / (max - min));

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {F(Width)} {F(Height)}\" role=\"img\" aria-label=\"{E($"{indicator?.Name ?? series.Code} 연도별 분과 점수")}\">");
        svg.Append($"<line x1=\"{F(Left)}\" y1=\"{F(Height - Bottom)}\" x2=\"{F(Width - Right)}\" y2=\"{F(Height - Bottom)}\" stroke=\"#6b7683\"/>");
        svg.Append($"<line x1=\"{F(Left)}\" y1=\"{F(Top)}\" x2=\"{F(Left)}\" y2=\"{F(Height - Bottom)}\" stroke=\"#6b7683\"/>");
        svg.Append($"<text x=\"{F(Left - 5)}\" y=\"{F(Top + 5)}\" text-anchor=\"end\">{Figures.Score((decimal)max)}</text>");
        svg.Append($"<text x=\"{F(Left - 5)}\" y=\"{F(Height - Bottom)}\" text-anchor=\"end\">{Figures.Score((decimal)min)}</text>");
        svg.Append($"<text x=\"{F(Left - 5)}\" y=\"{F((Top + Height - Bottom) / 2 + 4)}\" text-anchor=\"end\">{Figures.Score((decimal)((min + max) / 2))}</text>");
        svg.Append($"<line x1=\"{F(Left)}\" y1=\"{F((Top + Height - Bottom) / 2)}\" x2=\"{F(Width - Right)}\" y2=\"{F((Top + Height - Bottom) / 2)}\" stroke=\"#d0d7de\"/>");
        for (var year = from; year <= to; year += labelEvery)
            svg.Append($"<text x=\"{F(X(year))}\" y=\"{F(Height - Bottom + 18)}\" text-anchor=\"middle\">{year}</text>");
        if (indicator?.Target is { } target && (double)target >= min && (double)target <= max)
            svg.Append($"<line x1=\"{F(Left)}\" y1=\"{F(Y(target))}\" x2=\"{F(Width - Right)}\" y2=\"{F(Y(target))}\" stroke=\"#4a5563\" stroke-dasharray=\"4 3\"><title>목표값 {Figures.Score(target)}</title></line>");

        var colours = series.Legend.ToDictionary(l => l.Division, l => l.Colour);
        foreach (var division in rows.GroupBy(r => r.DivisionId))
        {
            var name = division.First().Division;
            var colour = colours[name];
            svg.Append($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\" points=\"{string.Join(' ', division.Select(r => $"{F(X(r.Year))},{F(Y(r.Score))}"))}\"/>");
            foreach (var r in division)
                svg.Append($"<circle cx=\"{F(X(r.Year))}\" cy=\"{F(Y(r.Score))}\" r=\"4\" fill=\"{colour}\"><title>{E($"{name} {r.Year}년: {Figures.Score(r.Score)}")}</title></circle>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>
    /// The band the scores (and the target) occupy, with a margin, inside the indicator's scale: scores of
    /// 40–55 on a 0–100 scale would otherwise be lines on top of one another. The bounds are labelled.
    /// </summary>
    private static (double Min, double Max) Range(IReadOnlyList<ComparisonRow> rows, IndicatorDefinition? indicator)
    {
        var values = rows.Select(r => (double)r.Score).ToList();
        if (indicator?.Target is { } target) values.Add((double)target);
        double low = values.Min(), high = values.Max();
        var margin = Math.Max((high - low) * 0.2, 0.5);
        var min = Math.Max((double?)indicator?.ScaleMin ?? double.MinValue, Math.Floor(low - margin));
        var max = Math.Min((double?)indicator?.ScaleMax ?? double.MaxValue, Math.Ceiling(high + margin));
        return max > min ? (min, max) : (min, min + 1);
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string value) => Html.Encode(value);
}
