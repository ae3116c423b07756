using Hyeopchi.Projections.Monitoring;
using Marten;

namespace Hyeopchi.Host.Districts;

/// <summary>One district's monitoring means, year over year.</summary>
public sealed record DistrictMonitoringMeans(string Code, string Name, IReadOnlyList<YearMean> Years);

/// <summary>
/// The comparison no single district can make: every district's yearly mean of its monitoring
/// scores side by side (the operator's page), each read from that district's own read model.
/// </summary>
public static class DistrictMonitoring
{
    public static Task<IReadOnlyList<DistrictMonitoringMeans>> MeansAsync(int from, int to, DistrictDirectory districts, IDocumentStore store, CancellationToken ct) =>
        DistrictQueries.EachDistrictAsync(districts, store, async (district, session, token) =>
            new DistrictMonitoringMeans(district.Code, district.Name, await MonitoringComparison.YearMeansAsync(session, from, to, token)), ct);
}
