using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.StrategicTasks;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Hyeopchi.Projections.StrategicTasks;

public sealed record LineageEvaluation(Guid EvaluationId, int Year, Guid MonitorId, Guid DivisionId, long? TaskVersion,
    IReadOnlyList<IndicatorResult> Indicators, DateOnly On);

/// <summary>
/// 과제 계보: one task's place in the chain of years — its origin, its direct predecessor and
/// successor, and the monitoring evaluations that judged it. Each event sets only the fields it
/// knows, so the document is the same whatever order the streams' events arrive in.
/// </summary>
public sealed class StrategicTaskLineage
{
    public Guid Id { get; set; }
    public string? Title { get; set; }
    public int? Year { get; set; }
    public TaskOrigin? Origin { get; set; }
    public Guid? PredecessorId { get; set; }
    public Guid? SuccessorId { get; set; }
    public List<LineageEvaluation> Evaluations { get; set; } = [];
}

/// <summary>Keyed by task id: fed by adoption, both sides of a carry-over, and evaluations that name a task.</summary>
public partial class StrategicTaskLineageProjection : MultiStreamProjection<StrategicTaskLineage, Guid>
{
    public StrategicTaskLineageProjection()
    {
        IncludeType<StrategicTaskAdopted>();
        IncludeType<StrategicTaskCarriedOver>();
        IncludeType<StrategicTaskContinued>();
        IncludeType<EvaluationRecorded>();
        Identity<StrategicTaskAdopted>(e => e.TaskId);
        Identities<StrategicTaskCarriedOver>(e => [e.TaskId, e.SuccessorId]);
        Identities<StrategicTaskContinued>(e => [e.TaskId, e.PredecessorId]);
        Identities<EvaluationRecorded>(e => e.StrategicTaskId is { } taskId ? [taskId] : []);
    }

    public override StrategicTaskLineage? Evolve(StrategicTaskLineage? snapshot, Guid id, IEvent e)
    {
        var lineage = snapshot ?? new StrategicTaskLineage { Id = id };
        switch (e.Data)
        {
            case StrategicTaskAdopted adopted:
                lineage.Title = adopted.Title;
                lineage.Year = adopted.Year;
                lineage.Origin = new TaskOrigin(adopted.WorkshopId, adopted.FindingId, adopted.ProposalId);
                break;
            case StrategicTaskCarriedOver carried when id == carried.TaskId:
                lineage.SuccessorId = carried.SuccessorId;
                break;
            case StrategicTaskCarriedOver carried when id == carried.SuccessorId:
                lineage.PredecessorId = carried.TaskId;
                lineage.Year ??= carried.ToYear;
                break;
            case StrategicTaskContinued continued when id == continued.TaskId:
                lineage.PredecessorId = continued.PredecessorId;
                lineage.Title = continued.Title;
                lineage.Year = continued.Year;
                lineage.Origin = new TaskOrigin(continued.WorkshopId, continued.FindingId, continued.ProposalId);
                break;
            case StrategicTaskContinued continued when id == continued.PredecessorId:
                lineage.SuccessorId = continued.TaskId;
                lineage.Origin ??= new TaskOrigin(continued.WorkshopId, continued.FindingId, continued.ProposalId);
                break;
            case EvaluationRecorded evaluation when evaluation.StrategicTaskId == id:
                if (lineage.Evaluations.All(x => x.EvaluationId != evaluation.EvaluationId))
                {
                    lineage.Evaluations.Add(new LineageEvaluation(evaluation.EvaluationId, evaluation.Year, evaluation.MonitorId, evaluation.DivisionId,
                        evaluation.StrategicTaskVersion, evaluation.Indicators, evaluation.On));
                    lineage.Evaluations = lineage.Evaluations.OrderBy(x => x.Year).ThenBy(x => x.On).ThenBy(x => x.EvaluationId).ToList();
                }

                break;
        }

        return lineage;
    }
}
