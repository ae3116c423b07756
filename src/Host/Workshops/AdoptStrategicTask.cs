using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Divisions;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Workshops;

/// <summary>
/// 전략 과제 채택: the workshop's decision adopts a strategic task for a year and an owner (R8).
/// Records the decision on the workshop and starts the task's own stream; answers the new task's id.
/// Without <c>on</c> it is dated the workshop's day.
/// </summary>
public sealed record AdoptStrategicTask(string? Title, int? Year, Guid? DivisionId, bool? Joint, Guid? ProposalId, DateOnly? On);

public static class AdoptStrategicTaskEndpoint
{
    public static async Task<(DivisionProgress?, ProblemDetails)> LoadAsync(AdoptStrategicTask command, IQuerySession session, CancellationToken ct)
    {
        var invalid = new Checks()
            .Text("title", command.Title)
            .Range("year", command.Year, 2000, 2100)
            .That(command.DivisionId != Guid.Empty, "divisionId", "빈 id입니다. (empty id)")
            .That(command.ProposalId != Guid.Empty, "proposalId", "빈 id입니다. (empty id)")
            .Result();
        return Attendance.IsOk(invalid) ? await Attendance.DivisionAsync(session, command.DivisionId, ct) : (null, invalid);
    }

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/workshops/{id}/strategic-tasks", OperationId = "adoptStrategicTask")]
    public static (StreamCreated, StartStreamWithoutAggregate) Post(AdoptStrategicTask command, [WriteAggregate("id")] IEventStream<Workshop> workshop)
    {
        var taskId = Guid.CreateVersion7();
        var state = workshop.Aggregate!;
        var (decision, adopted) = WorkshopDecisions.AdoptStrategicTask(state, taskId, command.Title!.Trim(), command.Year!.Value,
            command.DivisionId, command.Joint ?? false, command.ProposalId, command.On ?? state.On);
        Recorded.Append(workshop, decision);
        return (StreamCreated.At("/api/strategic-tasks", taskId), MartenOps.StartStream(taskId, adopted!));
    }
}
