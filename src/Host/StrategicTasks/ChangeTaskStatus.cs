using System.Text.Json.Serialization;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.StrategicTasks;

/// <summary>상태 변경: planned, inProgress, done or dropped, always with a reason (R8). Carrying over has its own route.</summary>
[Command("/api/strategic-tasks/{id}/status", "changeStrategicTaskStatus", Roles.Commanders)]
public sealed record ChangeTaskStatus(StrategicTaskStatus? Status, string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Defined("status", Status)
        .That(Status != StrategicTaskStatus.CarriedOver, "status", "이월은 POST /api/strategic-tasks/{id}/carry-over 로 합니다. (carry a task over with the carry-over route)")
        .Text("reason", Reason, Checks.MaxLongTextLength);
}

public sealed record TaskStatusChanged(string Id, StrategicTaskStatus Status, long Version);

public static class ChangeTaskStatusHandler
{
    public static TaskStatusChanged Handle(ChangeTaskStatus command, [WriteAggregate] IEventStream<StrategicTask> task, BusinessCalendar calendar)
    {
        var recorded = Recorded.Append(task, StrategicTaskDecisions.ChangeStatus(task.Aggregate!, command.Status!.Value, command.Reason!.Trim(), calendar.DateOf(command.On)));
        return new TaskStatusChanged(recorded.Id, command.Status.Value, recorded.Version);
    }
}
