using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>합동 TF 설치: a joint civil–administration–council task force, not yet formed.</summary>
public sealed record CreateTaskForce(string? Name, DateOnly? On);

public static class CreateTaskForceEndpoint
{
    public static ProblemDetails Validate(CreateTaskForce command) => new Checks().Text("name", command.Name).Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/task-force", OperationId = "createTaskForce")]
    public static (StreamCreated, IStartStream) Post(CreateTaskForce command, BusinessCalendar calendar)
    {
        var id = Guid.CreateVersion7();
        var events = TaskForceDecisions.Create(id, command.Name!.Trim(), calendar.DateOf(command.On)).EventsOrThrow();
        return (StreamCreated.At("/api/task-force", id), MartenOps.StartStream<JointTaskForce>(id, events.ToArray()));
    }
}
