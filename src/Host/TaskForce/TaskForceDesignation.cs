using System.Text.Json.Serialization;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.TaskForce;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>합동 TF 지정 (R3): the TF becomes the network's designated joint TF, replacing the one designated before (one at a time), with a reason.</summary>
[Command("/api/task-force/{id}/designation", "designateTaskForce", Roles.Commanders)]
public sealed record DesignateTaskForce(string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks.Text("reason", Reason, Checks.MaxLongTextLength);
}

public sealed record CurrentDesignation(Guid? TaskForceId);

public static class DesignateTaskForceHandler
{
    /// <summary>The TF designated on the command's date, which this designation replaces.</summary>
    public static async Task<CurrentDesignation> LoadAsync(DesignateTaskForce command, IQuerySession session, BusinessCalendar calendar, CancellationToken ct)
    {
        var taskForces = await session.Query<TaskForceView>().ToListAsync(ct);
        return new CurrentDesignation(JointTaskForceGate.DesignatedOn(taskForces.Select(t => t.ToDates()), calendar.DateOf(command.On))?.Id);
    }

    public static Recorded Handle(DesignateTaskForce command, [WriteAggregate] IEventStream<JointTaskForce> taskForce, CurrentDesignation current, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.Designate(taskForce.Aggregate!, current.TaskForceId, command.Reason!.Trim(), calendar.DateOf(command.On)));
}

/// <summary>TF 해산 (R10): dissolved once, with a reason; it then does no more work and no longer counts for R3.</summary>
[Command("/api/task-force/{id}/dissolution", "dissolveTaskForce", Roles.Commanders)]
public sealed record DissolveTaskForce(string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks.Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class DissolveTaskForceHandler
{
    public static Recorded Handle(DissolveTaskForce command, [WriteAggregate] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.Dissolve(taskForce.Aggregate!, command.Reason!.Trim(), calendar.DateOf(command.On)));
}
