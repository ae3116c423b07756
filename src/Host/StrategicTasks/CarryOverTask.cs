using System.Text.Json.Serialization;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.StrategicTasks;

/// <summary>이월: the task continues as a new task of a later year, linked both ways and keeping its origin (R8).</summary>
[Command("/api/strategic-tasks/{id}/carry-over", "carryOverStrategicTask", Roles.Commanders)]
public sealed record CarryOverTask(int? ToYear, string? Title, string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Range("toYear", ToYear, 2000, 2100)
        .Text("title", Title, required: false)
        .Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class CarryOverTaskHandler
{
    /// <summary>Closes this task with a carried-over event naming the successor, and starts the successor's stream; both in one transaction.</summary>
    public static (StreamCreated, IStartStream) Handle(CarryOverTask command, [WriteAggregate] IEventStream<StrategicTask> task, BusinessCalendar calendar)
    {
        var successorId = Guid.CreateVersion7();
        var events = StrategicTaskDecisions.CarryOver(task.Aggregate!, successorId, command.ToYear!.Value, command.Title?.Trim(),
            command.Reason!.Trim(), calendar.DateOf(command.On)).EventsOrThrow();
        task.AppendOne(events.OfType<StrategicTaskCarriedOver>().Single());
        return (StreamCreated.At("/api/strategic-tasks", successorId),
            MartenOps.StartStream<StrategicTask>(successorId, events.OfType<StrategicTaskContinued>().Cast<object>().ToArray()));
    }
}
