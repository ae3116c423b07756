using Hyeopchi.Domain.Divisions;
using Hyeopchi.Projections.Workshops;
using Marten;

namespace Hyeopchi.Host.Divisions;

/// <summary>
/// Gathers what the stage gates read from outside a division's own stream, as of a business date:
/// workshops, regular meetings and the network's designated joint task force (from their read
/// models, by business date), all through <see cref="WorkshopReadings.GateFactsAsync"/>.
/// </summary>
public static class DivisionGates
{
    public static Task<GateFacts> FactsAsync(IQuerySession session, Guid divisionId, DateOnly on, CancellationToken ct) =>
        WorkshopReadings.GateFactsAsync(session, divisionId, on, ct);

    /// <summary>
    /// The network's gate thresholds: the plan's defaults, or this host's (one host serves one
    /// network) <c>HYEOPCHI_GATE_MIN_MEMBERS</c> and <c>HYEOPCHI_GATE_MIN_MEETINGS</c>.
    /// </summary>
    public static GateThresholds FromConfiguration(IConfiguration configuration) => new(
        Positive(configuration, "HYEOPCHI_GATE_MIN_MEMBERS", GateThresholds.Plan.MinimumMemberOrganisations),
        Positive(configuration, "HYEOPCHI_GATE_MIN_MEETINGS", GateThresholds.Plan.MinimumRegularMeetingsWithAdministration));

    private static int Positive(IConfiguration configuration, string key, int fallback) =>
        configuration[key] is { Length: > 0 } text
            ? int.TryParse(text, out var value) && value >= 0
                ? value
                : throw new InvalidOperationException($"{key} must be a whole number of 0 or more, not '{text}'.")
            : fallback;
}
