using System.Text.Json.Serialization;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Workshops;

/// <summary>
/// 전략 과제 채택: the workshop's decision adopts a strategic task for a year and an owner (R8).
/// Records the decision on the workshop and starts the task's own stream; answers the new task's id.
/// Without <c>on</c> it is dated the workshop's day.
/// </summary>
[Command("/api/workshops/{id}/strategic-tasks", "adoptStrategicTask", Roles.Commanders)]
public sealed record AdoptStrategicTask(string? Title, int? Year, Guid? DivisionId, bool? Joint, Guid? ProposalId, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Text("title", Title)
        .Range("year", Year, 2000, 2100)
        .That(DivisionId != Guid.Empty, "divisionId", "빈 id입니다. (empty id)")
        .That(ProposalId != Guid.Empty, "proposalId", "빈 id입니다. (empty id)");
}

public static class AdoptStrategicTaskHandler
{
    public static async Task LoadAsync(AdoptStrategicTask command, IQuerySession session, CancellationToken ct) =>
        await Attendance.DivisionAsync(session, command.DivisionId, ct);

    public static (StreamCreated, StartStreamWithoutAggregate) Handle(AdoptStrategicTask command, [WriteAggregate] IEventStream<Workshop> workshop)
    {
        var taskId = Guid.CreateVersion7();
        var state = workshop.Aggregate!;
        var (decision, adopted) = WorkshopDecisions.AdoptStrategicTask(state, taskId, command.Title!.Trim(), command.Year!.Value,
            command.DivisionId, command.Joint ?? false, command.ProposalId, command.On ?? state.On);
        Recorded.Append(workshop, decision);
        return (StreamCreated.At("/api/strategic-tasks", taskId), MartenOps.StartStream(taskId, adopted!));
    }
}
