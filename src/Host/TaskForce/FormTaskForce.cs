using System.Text.Json.Serialization;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>TF 구성: formed only with members of all three sectors (R6); a refusal names each missing sector.</summary>
[Command("/api/task-force/{id}/form", "formTaskForce", Roles.Commanders)]
public sealed record FormTaskForce(DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }
}

public static class FormTaskForceHandler
{
    public static Recorded Handle(FormTaskForce command, [WriteAggregate] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.Form(taskForce.Aggregate!, calendar.DateOf(command.On)));
}
