using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.StrategicTasks;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;

namespace Hyeopchi.Projections.StrategicTasks;

public sealed record LineageEvaluation(Guid EvaluationId, int Year, Guid MonitorId, Guid DivisionId, long? TaskVersion,
    IReadOnlyList<IndicatorResult> Indicators, DateOnly On);

/// <summary>
/// 과제 계보: one task's place in the chain of years — its origin, its direct predecessor and
/// successor. Folded from the task's own stream only (its adoption or continuation, and its
/// carry-over, which names the successor), so commands on other streams never write it: a carry-over
/// records both links in one transaction, the old task's <c>StrategicTaskCarriedOver</c> and the new
/// one's <c>StrategicTaskContinued</c>, each in its own stream. The evaluations that judged the task
/// are events of the monitoring years' streams and are kept apart, one document each
/// (<see cref="TaskEvaluation"/>, read with <see cref="TaskEvaluations.ForTaskAsync"/>).
/// </summary>
public sealed class StrategicTaskLineage
{
    public Guid Id { get; set; }
    public string? Title { get; set; }
    public int? Year { get; set; }
    public TaskOrigin? Origin { get; set; }
    public Guid? PredecessorId { get; set; }
    public Guid? SuccessorId { get; set; }
}

/// <summary>Keyed by the task's stream: fed by its adoption or continuation and its carry-over.</summary>
public partial class StrategicTaskLineageProjection : SingleStreamProjection<StrategicTaskLineage, Guid>
{
    public StrategicTaskLineageProjection()
    {
        IncludeType<StrategicTaskAdopted>();
        IncludeType<StrategicTaskContinued>();
        IncludeType<StrategicTaskCarriedOver>();
    }

    public override StrategicTaskLineage? Evolve(StrategicTaskLineage? snapshot, Guid id, IEvent e)
    {
        switch (e.Data)
        {
            case StrategicTaskAdopted adopted:
                var lineage = snapshot ?? new StrategicTaskLineage { Id = id };
                lineage.Title = adopted.Title;
                lineage.Year = adopted.Year;
                lineage.Origin = new TaskOrigin(adopted.WorkshopId, adopted.FindingId, adopted.ProposalId, adopted.FindingWorkshopId);
                return lineage;
            case StrategicTaskContinued continued:
                var successor = snapshot ?? new StrategicTaskLineage { Id = id };
                successor.PredecessorId = continued.PredecessorId;
                successor.Title = continued.Title;
                successor.Year = continued.Year;
                successor.Origin = new TaskOrigin(continued.WorkshopId, continued.FindingId, continued.ProposalId);
                return successor;
            case StrategicTaskCarriedOver carried:
                var predecessor = snapshot ?? new StrategicTaskLineage { Id = id };
                predecessor.SuccessorId = carried.SuccessorId;
                return predecessor;
            default:
                return snapshot;
        }
    }
}

/// <summary>
/// 과제 평가: one monitoring evaluation that named a strategic task, kept for the task's lineage.
/// Keyed by the evaluation: its one event lives in one monitoring year's stream, so evaluations of
/// the same task recorded at once (in one year or several) never write the same document.
/// </summary>
public sealed class TaskEvaluation
{
    public Guid Id { get; set; }
    public Guid StrategicTaskId { get; set; }
    public int Year { get; set; }
    public Guid MonitorId { get; set; }
    public Guid DivisionId { get; set; }
    public long? TaskVersion { get; set; }
    public List<IndicatorResult> Indicators { get; set; } = [];
    public DateOnly On { get; set; }

    /// <summary>The day the evaluation was withdrawn as entered by mistake (R10): the lineage no longer shows it.</summary>
    public DateOnly? WithdrawnOn { get; set; }

    public LineageEvaluation ToLineage() => new(Id, Year, MonitorId, DivisionId, TaskVersion, Indicators, On);
}

/// <summary>One document per evaluation that names a task; an evaluation of a division alone feeds none.</summary>
public partial class TaskEvaluationProjection : MultiStreamProjection<TaskEvaluation, Guid>
{
    public TaskEvaluationProjection()
    {
        IncludeType<EvaluationRecorded>();
        IncludeType<EvaluationCorrected>();
        IncludeType<EvaluationWithdrawn>();
        Identities<EvaluationRecorded>(e => e.StrategicTaskId is not null ? [e.EvaluationId] : []);
        Identities<EvaluationCorrected>(e => [e.EvaluationId]);
        Identities<EvaluationWithdrawn>(e => [e.EvaluationId]);
    }

    public override TaskEvaluation? Evolve(TaskEvaluation? snapshot, Guid id, IEvent e) => e.Data switch
    {
        EvaluationRecorded { StrategicTaskId: { } taskId } recorded => new TaskEvaluation
        {
            Id = recorded.EvaluationId,
            StrategicTaskId = taskId,
            Year = recorded.Year,
            MonitorId = recorded.MonitorId,
            DivisionId = recorded.DivisionId,
            TaskVersion = recorded.StrategicTaskVersion,
            Indicators = [.. recorded.Indicators],
            On = recorded.On,
        },
        EvaluationCorrected corrected when snapshot is not null => Corrected(snapshot, corrected),
        EvaluationWithdrawn withdrawn when snapshot is not null => Withdrawn(snapshot, withdrawn),
        _ => snapshot,
    };

    private static TaskEvaluation Corrected(TaskEvaluation evaluation, EvaluationCorrected corrected)
    {
        evaluation.Indicators = [.. corrected.Indicators];
        return evaluation;
    }

    private static TaskEvaluation Withdrawn(TaskEvaluation evaluation, EvaluationWithdrawn withdrawn)
    {
        evaluation.WithdrawnOn = withdrawn.On;
        return evaluation;
    }
}

public static class TaskEvaluations
{
    /// <summary>The evaluations that judged the task (a withdrawn one counts for nothing), by year, then date, then evaluation.</summary>
    public static async Task<IReadOnlyList<LineageEvaluation>> ForTaskAsync(IQuerySession session, Guid taskId, CancellationToken ct)
    {
        var found = await session.Query<TaskEvaluation>().Where(x => x.StrategicTaskId == taskId).ToListAsync(ct);
        return found.Where(x => x.WithdrawnOn == null).OrderBy(x => x.Year).ThenBy(x => x.On).ThenBy(x => x.Id).Select(x => x.ToLineage()).ToList();
    }
}
