using Hyeopchi.Domain.People;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.People;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>TF 위원 위촉: a registered person joins; their sector is taken from the person as registered.</summary>
public sealed record AddTaskForceMember(Guid? PersonId, DateOnly? On);

public static class AddTaskForceMemberEndpoint
{
    public static Task<(Person?, ProblemDetails)> LoadAsync(AddTaskForceMember command, IQuerySession session, CancellationToken ct) =>
        KnownPerson.LoadAsync(command.PersonId, session, ct);

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/task-force/{id}/members", OperationId = "addTaskForceMember")]
    public static Recorded Post(AddTaskForceMember command, [WriteAggregate("id")] IEventStream<JointTaskForce> taskForce, Person? person, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.AddMember(taskForce.Aggregate!, person!.Id, person.Name, person.Sector, person.Organisation, calendar.DateOf(command.On)));
}

/// <summary>TF 위원 해촉: a member leaves, with an optional reason; a formed TF keeps all three sectors (R6).</summary>
public sealed record RemoveTaskForceMember(string? Reason, DateOnly? On);

public static class RemoveTaskForceMemberEndpoint
{
    public static ProblemDetails Validate(RemoveTaskForceMember command) =>
        new Checks().Text("reason", command.Reason, Checks.MaxLongTextLength, required: false).Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/task-force/{id}/members/{personId}/removal", OperationId = "removeTaskForceMember")]
    public static Recorded Post(RemoveTaskForceMember command, Guid personId, [WriteAggregate("id")] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.RemoveMember(taskForce.Aggregate!, personId, command.Reason?.Trim(), calendar.DateOf(command.On)));
}
