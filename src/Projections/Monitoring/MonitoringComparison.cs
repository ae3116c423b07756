using System.Runtime.CompilerServices;
using Hyeopchi.Projections.Divisions;
using Marten;

namespace Hyeopchi.Projections.Monitoring;

/// <summary>One row of the year-over-year comparison (api.md pins its fields).</summary>
public sealed record ComparisonRow(Guid DivisionId, string Division, string Indicator, int Year, decimal Score, decimal? Change);

public enum ComparisonOrder
{
    /// <summary>Division, indicator, year: the API and CSV order.</summary>
    ByDivision,

    /// <summary>Indicator, division, year: the HTML page's order (a chart per indicator).</summary>
    ByIndicator,
}

/// <summary>
/// Reads the comparison from <see cref="IndicatorYearScore"/> (a few sums and counts per division,
/// indicator and year), in order, one row at a time: neither the evaluations nor the whole result
/// are held in memory. <c>score</c> is the mean rounded to two places; <c>change</c> its difference
/// from the previous calendar year's score, null for the first year in range or a year without one.
/// </summary>
public static class MonitoringComparison
{
    public static async IAsyncEnumerable<ComparisonRow> RowsAsync(
        IQuerySession session, int from, int to, ComparisonOrder order, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var divisions = (await session.Query<DivisionProgress>().Select(d => new { d.Id, d.Name }).ToListAsync(ct)).ToDictionary(d => d.Id, d => d.Name);
        var query = session.Query<IndicatorYearScore>().Where(s => s.Year >= from && s.Year <= to && s.Count > 0);
        var ordered = order == ComparisonOrder.ByDivision
            ? query.OrderBy(s => s.DivisionId).ThenBy(s => s.Code).ThenBy(s => s.Year)
            : query.OrderBy(s => s.Code).ThenBy(s => s.DivisionId).ThenBy(s => s.Year);

        ComparisonRow? previous = null;
        await foreach (var sum in ordered.ToAsyncEnumerable(ct))
        {
            var score = Math.Round(sum.Sum / sum.Count, 2, MidpointRounding.AwayFromZero);
            decimal? change = previous is not null && previous.DivisionId == sum.DivisionId && previous.Indicator == sum.Code && previous.Year == sum.Year - 1
                ? score - previous.Score
                : null;
            var row = new ComparisonRow(sum.DivisionId, divisions.GetValueOrDefault(sum.DivisionId, ""), sum.Code, sum.Year, score, change);
            previous = row;
            yield return row;
        }
    }
}
