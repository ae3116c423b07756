using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.StrategicTasks;

/// <summary>Where a strategic task stands (R8). <see cref="CarriedOver"/> is reached only by carrying the task into a later year.</summary>
public enum StrategicTaskStatus
{
    Planned,
    InProgress,
    Done,
    Dropped,
    CarriedOver,
}

/// <summary>The task changed hands: another division, or the joint civil–government partnership (R8).</summary>
public sealed record StrategicTaskOwnerChanged(
    Guid TaskId, StrategicTaskOwner From, StrategicTaskOwner To, string Reason, DateOnly On) : IDomainEvent;

/// <summary>A milestone (이정표) with its due date and its weight (percent of the task) was set.</summary>
public sealed record StrategicTaskMilestoneAdded(
    Guid TaskId, Guid MilestoneId, string Title, DateOnly DueOn, int Weight, DateOnly On) : IDomainEvent;

/// <summary>A milestone was reached.</summary>
public sealed record StrategicTaskMilestoneReached(Guid TaskId, Guid MilestoneId, string? Note, DateOnly On) : IDomainEvent;

/// <summary>진행 보고: how far the task has come, with a note and, where there is one, a link to the evidence.</summary>
public sealed record StrategicTaskProgressReported(
    Guid TaskId, int Percent, string Note, string? EvidenceUrl, DateOnly On) : IDomainEvent;

/// <summary>
/// A progress report was wrong: this corrects the report recorded as version
/// <see cref="CorrectsVersion"/> of the task's stream. The wrong report stays in the history (R10).
/// </summary>
public sealed record StrategicTaskProgressCorrected(
    Guid TaskId, long CorrectsVersion, int Percent, string? Note, string Reason, DateOnly On) : IDomainEvent;

/// <summary>The task's status changed, with the reason the coordinator gave.</summary>
public sealed record StrategicTaskStatusChanged(
    Guid TaskId, StrategicTaskStatus From, StrategicTaskStatus To, string Reason, DateOnly On) : IDomainEvent;

/// <summary>The task was carried over into <see cref="ToYear"/>: its successor is <see cref="SuccessorId"/>. This task ends here.</summary>
public sealed record StrategicTaskCarriedOver(
    Guid TaskId, Guid SuccessorId, int ToYear, string Reason, DateOnly On) : IDomainEvent;

/// <summary>
/// The first event of a carried-over task's successor: next year's task, continuing
/// <see cref="PredecessorId"/>. It keeps the original origin (the adopting workshop, finding and
/// proposal), so the lineage of every year leads back to the same workshop decision (R8).
/// </summary>
public sealed record StrategicTaskContinued(
    Guid TaskId,
    Guid PredecessorId,
    string Title,
    int Year,
    StrategicTaskOwner Owner,
    Guid WorkshopId,
    Guid? FindingId,
    Guid? ProposalId,
    int CarriedPercent,
    string Reason,
    DateOnly On) : IDomainEvent;

/// <summary>
/// The task became joint (civil–government) by the decision of a civil–government workshop
/// (<see cref="WorkshopId"/>), R8: an owner change alone cannot make a task joint.
/// </summary>
public sealed record StrategicTaskMadeJoint(
    Guid TaskId, StrategicTaskOwner From, StrategicTaskOwner To, Guid WorkshopId, string Reason, DateOnly On) : IDomainEvent;

/// <summary>
/// The workshop that adopted the task (<see cref="WorkshopId"/>) was withdrawn as entered by mistake
/// (R10), and the task with it: it stays in the history, closed, and counts for no rule.
/// </summary>
public sealed record StrategicTaskWithdrawn(Guid TaskId, Guid WorkshopId, string Reason, DateOnly On) : IDomainEvent;
