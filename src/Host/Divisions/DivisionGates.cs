using Hyeopchi.Domain.Divisions;
using Marten;

namespace Hyeopchi.Host.Divisions;

/// <summary>
/// Gathers what the stage gates read from outside a division's own stream, as of a business date.
/// Workshops, regular meetings and the joint task force feed it as their streams land; until then
/// their conditions read as unmet, and the gate names them.
/// </summary>
public static class DivisionGates
{
    public static async Task<GateFacts> FactsAsync(IQuerySession session, Guid divisionId, DateOnly on, CancellationToken ct) =>
        GateFacts.Nothing with { JointTaskForceFormed = await TaskForce.TaskForceFacts.FormedByAsync(session, on, ct) };

    public static GateThresholds Thresholds => GateThresholds.Plan;
}
