using System.Collections.Immutable;

namespace Hyeopchi.Domain.StrategicTasks;

/// <summary>The workshop decision a task came from, kept for good (R8).</summary>
/// <summary>Where a task came from; <see cref="FindingWorkshopId"/> names the division workshop whose finding an integrated proposal answered (null: the same workshop).</summary>
public sealed record TaskOrigin(Guid WorkshopId, Guid? FindingId, Guid? ProposalId, Guid? FindingWorkshopId = null);

public sealed record Milestone(Guid Id, string Title, DateOnly DueOn, int Weight, DateOnly? ReachedOn);

/// <summary>A progress report as it now reads: <see cref="Percent"/> is the corrected figure when a correction named it.</summary>
public sealed record ProgressEntry(long Version, int Percent, DateOnly On, bool Corrected);

/// <summary>
/// A strategic task's state, folded from its own stream. <see cref="Version"/> counts the events
/// folded, so the state after the first n events has version n — the task as it stood at version n.
/// </summary>
public sealed record StrategicTask(
    Guid Id,
    string Title,
    int Year,
    StrategicTaskOwner Owner,
    TaskOrigin Origin,
    DateOnly AdoptedOn,
    Guid? PredecessorId,
    Guid? SuccessorId,
    StrategicTaskStatus Status,
    int Percent,
    ImmutableList<Milestone> Milestones,
    ImmutableList<ProgressEntry> Progress,
    long Version)
{
    /// <summary>Folds one event of the task's stream; unknown events only count toward the version.</summary>
    public static StrategicTask? Evolve(StrategicTask? state, object @event) => (state, @event) switch
    {
        (_, StrategicTaskAdopted e) => new StrategicTask(e.TaskId, e.Title, e.Year, e.Owner, new TaskOrigin(e.WorkshopId, e.FindingId, e.ProposalId, e.FindingWorkshopId),
            e.On, null, null, StrategicTaskStatus.Planned, 0, [], [], (state?.Version ?? 0) + 1),
        (_, StrategicTaskContinued e) => new StrategicTask(e.TaskId, e.Title, e.Year, e.Owner, new TaskOrigin(e.WorkshopId, e.FindingId, e.ProposalId),
            e.On, e.PredecessorId, null, StrategicTaskStatus.Planned, e.CarriedPercent, [], [], (state?.Version ?? 0) + 1),
        (not null, StrategicTaskOwnerChanged e) => state.Next() with { Owner = e.To },
        (not null, StrategicTaskMadeJoint e) => state.Next() with { Owner = e.To },
        (not null, StrategicTaskWithdrawn e) => state.Next() with { WithdrawnOn = e.On },
        (not null, StrategicTaskMilestoneAdded e) => state.Next() with
        {
            Milestones = state.Milestones.Add(new Milestone(e.MilestoneId, e.Title, e.DueOn, e.Weight, null)),
        },
        (not null, StrategicTaskMilestoneReached e) => state.Next() with
        {
            Milestones = state.Milestones.Select(m => m.Id == e.MilestoneId ? m with { ReachedOn = e.On } : m).ToImmutableList(),
        },
        (not null, StrategicTaskProgressReported e) => state.Reported(new ProgressEntry(state.Version + 1, e.Percent, e.On, false)),
        (not null, StrategicTaskProgressCorrected e) => state.Corrected(e.CorrectsVersion, e.Percent),
        (not null, StrategicTaskStatusChanged e) => state.Next() with { Status = e.To },
        (not null, StrategicTaskCarriedOver e) => state.Next() with { Status = StrategicTaskStatus.CarriedOver, SuccessorId = e.SuccessorId },
        (not null, _) => state.Next(),
        _ => state,
    };

    /// <summary>The business date the task was withdrawn with the workshop that adopted it by mistake (R10).</summary>
    public DateOnly? WithdrawnOn { get; init; }

    public bool IsClosed => Status is StrategicTaskStatus.Dropped or StrategicTaskStatus.CarriedOver || WithdrawnOn is not null;

    public Milestone? MilestoneOf(Guid milestoneId) => Milestones.FirstOrDefault(m => m.Id == milestoneId);

    private StrategicTask Next() => this with { Version = Version + 1 };

    private StrategicTask Reported(ProgressEntry entry)
    {
        var progress = Progress.Add(entry);
        return Next() with { Progress = progress, Percent = entry.Percent };
    }

    private StrategicTask Corrected(long correctsVersion, int percent)
    {
        var progress = Progress.Select(p => p.Version == correctsVersion ? p with { Percent = percent, Corrected = true } : p).ToImmutableList();
        return Next() with { Progress = progress, Percent = progress.Count > 0 ? progress[^1].Percent : Percent };
    }
}
