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
}
