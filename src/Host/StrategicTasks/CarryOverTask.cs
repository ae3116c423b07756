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

/// <summary>이월: the task continues as a new task of a later year, linked both ways and keeping its origin (R8).</summary>
public sealed record CarryOverTask(int? ToYear, string? Title, string? Reason, DateOnly? On);

public static class CarryOverTaskEndpoint
{
    public static ProblemDetails Validate(CarryOverTask command) => new Checks()
        .Range("toYear", command.ToYear, 2000, 2100)
        .Text("title", command.Title, required: false)
        .Text("reason", command.Reason, Checks.MaxLongTextLength)
        .Result();

    /// <summary>Closes this task with a carried-over event naming the successor, and starts the successor's stream; both in one transaction.</summary>
    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/strategic-tasks/{id}/carry-over", OperationId = "carryOverStrategicTask")]
    public static (StreamCreated, IStartStream) Post(CarryOverTask command, [WriteAggregate("id")] IEventStream<StrategicTask> task, BusinessCalendar calendar)
    {
        var successorId = Guid.CreateVersion7();
        var events = StrategicTaskDecisions.CarryOver(task.Aggregate!, successorId, command.ToYear!.Value, command.Title?.Trim(),
            command.Reason!.Trim(), calendar.DateOf(command.On)).EventsOrThrow();
        task.AppendOne(events.OfType<StrategicTaskCarriedOver>().Single());
        return (StreamCreated.At("/api/strategic-tasks", successorId),
            MartenOps.StartStream<StrategicTask>(successorId, events.OfType<StrategicTaskContinued>().Cast<object>().ToArray()));
    }
}
