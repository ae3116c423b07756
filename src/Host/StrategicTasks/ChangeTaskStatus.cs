using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.StrategicTasks;

/// <summary>상태 변경: planned, inProgress, done or dropped, always with a reason (R8). Carrying over has its own route.</summary>
public sealed record ChangeTaskStatus(StrategicTaskStatus? Status, string? Reason, DateOnly? On);

public sealed record TaskStatusChanged(string Id, StrategicTaskStatus Status, long Version);

public static class ChangeTaskStatusEndpoint
{
    public static ProblemDetails Validate(ChangeTaskStatus command) => new Checks()
        .Defined("status", command.Status)
        .That(command.Status != StrategicTaskStatus.CarriedOver, "status", "이월은 POST /api/strategic-tasks/{id}/carry-over 로 합니다. (carry a task over with the carry-over route)")
        .Text("reason", command.Reason, Checks.MaxLongTextLength)
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/strategic-tasks/{id}/status", OperationId = "changeStrategicTaskStatus")]
    public static TaskStatusChanged Post(ChangeTaskStatus command, [WriteAggregate("id")] IEventStream<StrategicTask> task, BusinessCalendar calendar)
    {
        var recorded = Recorded.Append(task, StrategicTaskDecisions.ChangeStatus(task.Aggregate!, command.Status!.Value, command.Reason!.Trim(), calendar.DateOf(command.On)));
        return new TaskStatusChanged(recorded.Id, command.Status.Value, recorded.Version);
    }
}
