using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>합동 TF 설치: a joint civil–administration–council task force, not yet formed.</summary>
[Command("/api/task-force", "createTaskForce", Roles.Commanders)]
public sealed record CreateTaskForce(string? Name, DateOnly? On) : ICommand
{
    public void Check(Checks checks) => checks.Text("name", Name);
}

public static class CreateTaskForceHandler
{
    public static (StreamCreated, IStartStream) Handle(CreateTaskForce command, BusinessCalendar calendar)
    {
        var id = Guid.CreateVersion7();
        var events = TaskForceDecisions.Create(id, command.Name!.Trim(), calendar.DateOf(command.On)).EventsOrThrow();
        return (StreamCreated.At("/api/task-force", id), MartenOps.StartStream<JointTaskForce>(id, events.ToArray()));
    }
}
