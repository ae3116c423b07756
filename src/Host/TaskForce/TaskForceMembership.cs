using System.Text.Json.Serialization;
using Hyeopchi.Domain.People;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.People;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>TF 위원 위촉: a registered person joins; their sector is taken from the person as registered.</summary>
[Command("/api/task-force/{id}/members", "addTaskForceMember", Roles.Commanders)]
public sealed record AddTaskForceMember(Guid? PersonId, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks.NotEmpty("personId", PersonId);
}

public static class AddTaskForceMemberHandler
{
    /// <summary>The person the command names: 404 when nobody has the id.</summary>
    public static async Task<Person> LoadAsync(AddTaskForceMember command, IQuerySession session, CancellationToken ct) =>
        await KnownPerson.RequireAsync(command.PersonId!.Value, session, ct);

    public static Recorded Handle(AddTaskForceMember command, [WriteAggregate] IEventStream<JointTaskForce> taskForce, Person person, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.AddMember(taskForce.Aggregate!, person.Id, person.Name, person.Sector, person.Organisation, calendar.DateOf(command.On)));
}

/// <summary>TF 위원 해촉: a member leaves, with an optional reason; a formed TF keeps all three sectors (R6).</summary>
[Command("/api/task-force/{id}/members/{personId}/removal", "removeTaskForceMember", Roles.Commanders)]
public sealed record RemoveTaskForceMember(string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    [JsonIgnore] public Guid PersonId { get; init; }

    public void Check(Checks checks) => checks.Text("reason", Reason, Checks.MaxLongTextLength, required: false);
}

public static class RemoveTaskForceMemberHandler
{
    public static Recorded Handle(RemoveTaskForceMember command, [WriteAggregate] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.RemoveMember(taskForce.Aggregate!, command.PersonId, command.Reason?.Trim(), calendar.DateOf(command.On)));
}
