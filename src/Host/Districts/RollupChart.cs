using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Admin;
using Microsoft.AspNetCore.Html;

namespace Hyeopchi.Host.Districts;

/// <summary>
/// The cross-district rollup as inline SVG: a group of three bars per district — obligations met,
/// missing and flagged — side by side on one scale, drawn from <see cref="DistrictQueries.RollupAsync"/>'s
/// lines as they are (nothing recounted). Horizontal, so that districts' names read at a phone's width
/// and the chart grows downwards with the districts; no style attribute (the pages' policy forbids them).
/// </summary>
public static class RollupChart
{
    private const double Width = 360, Left = 92, Right = 34, Top = 8, Bottom = 8, Bar = 11, BarGap = 2, GroupGap = 12;
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The three series in the order they are drawn, each with its colour (Okabe–Ito, dark enough on white).</summary>
    public static readonly IReadOnlyList<(ObligationStatus Status, string Colour)> Series =
    [
        (ObligationStatus.Met, "#007a5a"),
        (ObligationStatus.Missing, "#b34700"),
        (ObligationStatus.Flagged, "#6f5800"),
    ];

    public static int Count(DistrictCompliance line, ObligationStatus status) => status switch
    {
        ObligationStatus.Met => line.Met,
        ObligationStatus.Missing => line.Missing,
        _ => line.Flagged,
    };

    public static IHtmlContent Render(CrossDistrictCompliance rollup)
    {
        var lines = rollup.Districts;
        var max = Math.Max(1, lines.SelectMany(l => Series.Select(s => Count(l, s.Status))).DefaultIfEmpty(0).Max());
        var group = Series.Count * (Bar + BarGap) - BarGap;
        var height = Top + Bottom + lines.Count * group + Math.Max(0, lines.Count - 1) * GroupGap;
        double Length(int count) => (Width - Left - Right) * count / max;

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart rollup-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {F(Width)} {F(height)}\" role=\"img\" aria-label=\"{E(Korean.DistrictWords.ChartLabel(rollup.Year))}\">");
        svg.Append($"<line x1=\"{F(Left)}\" y1=\"{F(Top - 4)}\" x2=\"{F(Left)}\" y2=\"{F(height - Bottom + 4)}\" stroke=\"#6b7683\"/>");
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var y = Top + i * (group + GroupGap);
            svg.Append($"<text x=\"{F(Left - 6)}\" y=\"{F(y + group / 2 + 4)}\" text-anchor=\"end\">{E(line.Name)}</text>");
            for (var s = 0; s < Series.Count; s++)
            {
                var (status, colour) = Series[s];
                var count = Count(line, status);
                var top = y + s * (Bar + BarGap);
                svg.Append($"<rect x=\"{F(Left)}\" y=\"{F(top)}\" width=\"{F(Length(count))}\" height=\"{F(Bar)}\" fill=\"{colour}\" data-district=\"{E(line.Code)}\" data-status=\"{status.ToString().ToLowerInvariant()}\"><title>{E(Korean.DistrictWords.Bar(line.Name, Korean.Label(status), count))}</title></rect>");
                svg.Append($"<text x=\"{F(Left + Length(count) + 4)}\" y=\"{F(top + Bar - 1.5)}\">{count}</text>");
            }
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string value) => Html.Encode(value);
}
