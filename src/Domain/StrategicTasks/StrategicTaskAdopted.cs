using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.StrategicTasks;

/// <summary>Who a strategic task belongs to (R8): a division, or the civil–government partnership jointly.</summary>
public sealed record StrategicTaskOwner(Guid? DivisionId, bool Joint)
{
    public static StrategicTaskOwner Division(Guid divisionId) => new(divisionId, false);

    public static StrategicTaskOwner JointOf(Guid? divisionId = null) => new(divisionId, true);
}

/// <summary>
/// A workshop's decision adopted a strategic task (전략 과제) for a year: the first event of the
/// task's own stream. It keeps its origin — the workshop, and the finding and proposal it came
/// from — for good (R8), so the task's lineage always starts here.
/// </summary>
public sealed record StrategicTaskAdopted(
    Guid TaskId,
    string Title,
    int Year,
    StrategicTaskOwner Owner,
    Guid WorkshopId,
    Guid? FindingId,
    Guid? ProposalId,
    DateOnly On,
    Guid? FindingWorkshopId = null) : IDomainEvent;
