using Hyeopchi.Projections.Workshops;
using Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>What other features read about the joint task force (gate R3 reads "the TF is formed").</summary>
public static class TaskForceFacts
{
    /// <summary>Whether the network's designated joint task force was formed on <paramref name="on"/> (a business date) and not dissolved (R3).</summary>
    public static Task<bool> FormedByAsync(IQuerySession session, DateOnly on, CancellationToken ct) =>
        WorkshopReadings.JointTaskForceFormedAsync(session, on, ct);
}
