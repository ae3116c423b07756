using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.StrategicTasks;
using JasperFx;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Hyeopchi.Projections.StrategicTasks;

/// <summary>The task's decision state, folded live from its stream: also what the auditor's time travel rebuilds.</summary>
public partial class StrategicTaskStateProjection : SingleStreamProjection<StrategicTask, Guid>
{
    public override StrategicTask? Evolve(StrategicTask? snapshot, Guid id, IEvent e) => StrategicTask.Evolve(snapshot, e.Data);
}

public sealed record StatusChange(StrategicTaskStatus Status, DateOnly On, string? Reason, string? Actor);

public sealed record OwnerChange(StrategicTaskOwner Owner, DateOnly On, string? Reason, string? Actor);

public sealed record LastProgress(int Percent, string? Note, string? EvidenceUrl, DateOnly On, string? Actor, long Version);

/// <summary>전략 과제 현황: the task as the board and the task page show it.</summary>
public sealed class StrategicTaskView : IRevisioned
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public int Year { get; set; }
    public StrategicTaskOwner Owner { get; set; } = new(null, false);
    public StrategicTaskStatus Status { get; set; }
    public int Percent { get; set; }
    public TaskOrigin Origin { get; set; } = new(Guid.Empty, null, null);
    public DateOnly AdoptedOn { get; set; }
    public Guid? PredecessorId { get; set; }
    public Guid? SuccessorId { get; set; }
    public List<Milestone> Milestones { get; set; } = [];
    public LastProgress? LastProgress { get; set; }
    public List<StatusChange> StatusHistory { get; set; } = [];
    public List<OwnerChange> OwnerHistory { get; set; } = [];

    /// <summary>Set when the workshop that adopted the task was withdrawn as entered by mistake (R10): the task counts for nothing.</summary>
    public DateOnly? WithdrawnOn { get; set; }

    public string? WithdrawalReason { get; set; }

    public int Version { get; set; }
}

public partial class StrategicTaskViewProjection : SingleStreamProjection<StrategicTaskView, Guid>
{
    /// <summary>
    /// A rebuild pages the whole log through this projection (it folds every kind of task event, so
    /// it names none: see ProjectionEventFilterTests): larger pages mean fewer transactions rewriting the same task documents (100,000 events:
    /// 5.4 s at the default 500, 1.2 s at 20,000).
    /// </summary>
    public StrategicTaskViewProjection()
    {
        Options.BatchSize = 20000;
    }

    public override StrategicTaskView? Evolve(StrategicTaskView? snapshot, Guid id, IEvent e)
    {
        switch (e.Data)
        {
            case StrategicTaskAdopted adopted:
                return Start(adopted.TaskId, adopted.Title, adopted.Year, adopted.Owner, new TaskOrigin(adopted.WorkshopId, adopted.FindingId, adopted.ProposalId, adopted.FindingWorkshopId),
                    null, 0, adopted.On, "adopted", e.UserName);
            case StrategicTaskContinued continued:
                return Start(continued.TaskId, continued.Title, continued.Year, continued.Owner,
                    new TaskOrigin(continued.WorkshopId, continued.FindingId, continued.ProposalId), continued.PredecessorId,
                    continued.CarriedPercent, continued.On, continued.Reason, e.UserName);
            case StrategicTaskOwnerChanged owner when snapshot is not null:
                snapshot.Owner = owner.To;
                snapshot.OwnerHistory.Add(new OwnerChange(owner.To, owner.On, owner.Reason, e.UserName));
                return snapshot;
            case StrategicTaskMadeJoint joint when snapshot is not null:
                snapshot.Owner = joint.To;
                snapshot.OwnerHistory.Add(new OwnerChange(joint.To, joint.On, joint.Reason, e.UserName));
                return snapshot;
            case StrategicTaskWithdrawn withdrawn when snapshot is not null:
                snapshot.WithdrawnOn = withdrawn.On;
                snapshot.WithdrawalReason = withdrawn.Reason;
                return snapshot;
            case StrategicTaskMilestoneAdded milestone when snapshot is not null:
                snapshot.Milestones.Add(new Milestone(milestone.MilestoneId, milestone.Title, milestone.DueOn, milestone.Weight, null));
                return snapshot;
            case StrategicTaskMilestoneReached reached when snapshot is not null:
                snapshot.Milestones = snapshot.Milestones.Select(m => m.Id == reached.MilestoneId ? m with { ReachedOn = reached.On } : m).ToList();
                return snapshot;
            case StrategicTaskProgressReported progress when snapshot is not null:
                snapshot.Percent = progress.Percent;
                snapshot.LastProgress = new LastProgress(progress.Percent, progress.Note, progress.EvidenceUrl, progress.On, e.UserName, e.Version);
                return snapshot;
            case StrategicTaskProgressCorrected corrected when snapshot is not null:
                if (snapshot.LastProgress is { } last && last.Version == corrected.CorrectsVersion)
                {
                    snapshot.Percent = corrected.Percent;
                    snapshot.LastProgress = last with { Percent = corrected.Percent, Note = corrected.Note ?? last.Note };
                }

                return snapshot;
            case StrategicTaskStatusChanged status when snapshot is not null:
                snapshot.Status = status.To;
                snapshot.StatusHistory.Add(new StatusChange(status.To, status.On, status.Reason, e.UserName));
                return snapshot;
            case StrategicTaskCarriedOver carried when snapshot is not null:
                snapshot.Status = StrategicTaskStatus.CarriedOver;
                snapshot.SuccessorId = carried.SuccessorId;
                snapshot.StatusHistory.Add(new StatusChange(StrategicTaskStatus.CarriedOver, carried.On, carried.Reason, e.UserName));
                return snapshot;
            default:
                return snapshot;
        }
    }

    private static StrategicTaskView Start(Guid id, string title, int year, StrategicTaskOwner owner, TaskOrigin origin, Guid? predecessorId,
        int percent, DateOnly on, string reason, string? actor) => new()
        {
            Id = id,
            Title = title,
            Year = year,
            Owner = owner,
            Status = StrategicTaskStatus.Planned,
            Percent = percent,
            Origin = origin,
            AdoptedOn = on,
            PredecessorId = predecessorId,
            StatusHistory = [new StatusChange(StrategicTaskStatus.Planned, on, reason, actor)],
            OwnerHistory = [new OwnerChange(owner, on, reason, actor)],
        };
}
