using System.Runtime.CompilerServices;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.Expos;
using Hyeopchi.Projections.TaskForce;
using Marten;

namespace Hyeopchi.Projections.Monitoring;

/// <summary>One row of the year-over-year comparison (api.md pins its fields).</summary>
public sealed record ComparisonRow(Guid DivisionId, string Division, string Indicator, int Year, decimal Score, decimal? Change);

/// <summary>
/// One row of the policies' year-over-year comparison (L48): the evaluated policy (an expo exhibit by
/// <see cref="ExpoYear"/> and <see cref="ExhibitId"/>, or the ordinance by <see cref="TaskForceId"/>), its
/// name, and like <see cref="ComparisonRow"/> the indicator, year, mean score and change from the year before.
/// </summary>
public sealed record PolicyComparisonRow(
    PolicyKind Kind, int? ExpoYear, Guid? ExhibitId, Guid? TaskForceId, string Policy, string Indicator, int Year, decimal Score, decimal? Change);

public enum ComparisonOrder
{
    /// <summary>Division, indicator, year: the API and CSV order.</summary>
    ByDivision,

    /// <summary>Indicator, division, year: the HTML page's order (a chart per indicator).</summary>
    ByIndicator,
}

/// <summary>A year's mean of a district's quantitative scores and its change from the year before.</summary>
public sealed record YearMean(int Year, decimal Mean, decimal? Change);

/// <summary>
/// Reads the comparison from <see cref="IndicatorYearScore"/> (a few sums and counts per division,
/// indicator and year), in order, one row at a time: neither the evaluations nor the whole result
/// are held in memory. <c>score</c> is the mean rounded to two places; <c>change</c> its difference
/// from the previous calendar year's score, null for the first year in range or a year without one.
/// </summary>
public static class MonitoringComparison
{
    /// <summary>
    /// A district's year-over-year line: each year's mean of every quantitative score recorded that
    /// year (all divisions and indicators together), rounded to two places, and its change from the
    /// year before (null for the first year or after a year without scores).
    /// </summary>
    public static async Task<IReadOnlyList<YearMean>> YearMeansAsync(IQuerySession session, int from, int to, CancellationToken ct)
    {
        var sums = await session.Query<IndicatorYearScore>().Where(s => s.Year >= from && s.Year <= to && s.Count > 0).ToListAsync(ct);
        var means = new List<YearMean>();
        foreach (var year in sums.GroupBy(s => s.Year).OrderBy(g => g.Key))
        {
            var mean = Math.Round(year.Sum(s => s.Sum) / year.Sum(s => s.Count), 2, MidpointRounding.AwayFromZero);
            decimal? change = means.Count > 0 && means[^1].Year == year.Key - 1 ? mean - means[^1].Mean : null;
            means.Add(new YearMean(year.Key, mean, change));
        }

        return means;
    }

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

    /// <summary>
    /// The policies compared year over year, ordered by policy, indicator and year, read from
    /// <see cref="PolicyIndicatorYearScore"/> like <see cref="RowsAsync"/> reads the divisions'.
    /// </summary>
    public static async IAsyncEnumerable<PolicyComparisonRow> PolicyRowsAsync(
        IQuerySession session, int from, int to, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var names = new PolicyNames(session);
        var query = session.Query<PolicyIndicatorYearScore>().Where(s => s.Year >= from && s.Year <= to && s.Count > 0)
            .OrderBy(s => s.PolicyKey).ThenBy(s => s.Code).ThenBy(s => s.Year);

        PolicyComparisonRow? previous = null;
        string? previousKey = null;
        await foreach (var sum in query.ToAsyncEnumerable(ct))
        {
            var score = Math.Round(sum.Sum / sum.Count, 2, MidpointRounding.AwayFromZero);
            decimal? change = previous is not null && previousKey == sum.PolicyKey && previous.Indicator == sum.Code && previous.Year == sum.Year - 1
                ? score - previous.Score
                : null;
            var policy = new EvaluatedPolicy(sum.Kind, sum.ExpoYear, sum.ExhibitId, sum.TaskForceId);
            var row = new PolicyComparisonRow(sum.Kind, sum.ExpoYear, sum.ExhibitId, sum.TaskForceId, await names.NameAsync(policy, ct), sum.Code, sum.Year, score, change);
            previous = row;
            previousKey = sum.PolicyKey;
            yield return row;
        }
    }
}

/// <summary>
/// The name of an evaluated policy: an exhibit's title (from its expo's catalogue, withdrawn exhibits
/// included), or the task force's name with the enacted ordinance's number. Each expo and task force is read once.
/// </summary>
public sealed class PolicyNames(IQuerySession session)
{
    private readonly Dictionary<int, ExpoCatalogue?> _expos = [];
    private readonly Dictionary<Guid, TaskForceView?> _taskForces = [];

    public async Task<string> NameAsync(EvaluatedPolicy policy, CancellationToken ct)
    {
        if (policy.Kind == PolicyKind.Exhibit)
        {
            var year = policy.ExpoYear ?? 0;
            if (!_expos.TryGetValue(year, out var expo))
                _expos[year] = expo = await session.LoadAsync<ExpoCatalogue>(Expo.StreamIdFor(year), ct);
            return expo?.Exhibits.Concat(expo.Withdrawn).FirstOrDefault(x => x.Id == policy.ExhibitId)?.Title ?? policy.ExhibitId.ToString() ?? "";
        }

        var id = policy.TaskForceId ?? Guid.Empty;
        if (!_taskForces.TryGetValue(id, out var taskForce))
            _taskForces[id] = taskForce = await session.LoadAsync<TaskForceView>(id, ct);
        if (taskForce is null) return id.ToString();
        return taskForce.Ordinance is { } ordinance ? $"{taskForce.Name} {ordinance.OrdinanceNumber}" : taskForce.Name;
    }
}
