using Hyeopchi.Projections.TaskForce;
using Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>What other features read about the joint task force (gate R3 reads "the TF is formed").</summary>
public static class TaskForceFacts
{
    /// <summary>Whether a joint task force had been formed on or before <paramref name="on"/> (a business date).</summary>
    public static async Task<bool> FormedByAsync(IQuerySession session, DateOnly on, CancellationToken ct)
    {
        var formed = await session.Query<TaskForceView>().Where(t => t.FormedOn != null).ToListAsync(ct);
        return formed.Any(t => t.FormedOn <= on);
    }
}
