using Hyeopchi.Domain.Divisions;
using Hyeopchi.Projections.Workshops;
using Marten;

namespace Hyeopchi.Host.Divisions;

/// <summary>
/// Gathers what the stage gates read from outside a division's own stream, as of a business date:
/// workshops and regular meetings (from their read models, by business date). The joint task
/// force's condition comes from the task force's stream.
/// </summary>
public static class DivisionGates
{
    public static async Task<GateFacts> FactsAsync(IQuerySession session, Guid divisionId, DateOnly on, CancellationToken ct) =>
        await WorkshopReadings.GateFactsAsync(session, divisionId, on, ct) with
        {
            JointTaskForceFormed = await TaskForce.TaskForceFacts.FormedByAsync(session, on, ct),
        };
}
