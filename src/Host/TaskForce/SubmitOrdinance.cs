using System.Text.Json.Serialization;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>의회 제출: the TF submits a draft version (the latest unless named) to the council (R6: only a formed TF).</summary>
[Command("/api/task-force/{id}/submission", "submitOrdinance", Roles.Commanders)]
public sealed record SubmitOrdinance(int? Version, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks.Range("version", Version, 1, int.MaxValue, required: false);
}

public static class SubmitOrdinanceHandler
{
    public static Recorded Handle(SubmitOrdinance command, [WriteAggregate] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.Submit(taskForce.Aggregate!, command.Version, calendar.DateOf(command.On)));
}
