using System.Text.Json.Serialization;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.Workshops;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.StrategicTasks;

/// <summary>
/// 과제 담당 변경: a division takes the task over, or it becomes joint (민/관 공동), with a reason.
/// Making a task joint names the civil–government workshop that decided it (<c>workshopId</c>, R8).
/// </summary>
[Command("/api/strategic-tasks/{id}/owner", "changeStrategicTaskOwner", Roles.Commanders)]
public sealed record ChangeTaskOwner(Guid? DivisionId, bool? Joint, string? Reason, Guid? WorkshopId, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .That(DivisionId is { } d && d != Guid.Empty || Joint == true, "divisionId", "분과를 지정하거나 joint를 true로 하세요. (a division, or joint: true)")
        .That(WorkshopId != Guid.Empty, "workshopId", "빈 id입니다. (empty id)")
        .Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class ChangeTaskOwnerHandler
{
    /// <summary>The division and the deciding workshop the command names (404 when unknown).</summary>
    public static async Task<JointDecision?> LoadAsync(ChangeTaskOwner command, IQuerySession session, CancellationToken ct)
    {
        if (command.DivisionId is { } divisionId && await session.LoadAsync<DivisionProgress>(divisionId, ct) is null)
        {
            throw new UnknownRecordException($"No division has the id {divisionId}.");
        }

        if (command.WorkshopId is not { } workshopId) return null;
        var workshop = await session.LoadAsync<WorkshopView>(workshopId, ct) ?? throw new UnknownRecordException($"No workshop has the id {workshopId}.");
        return new JointDecision(workshop.Id, workshop.Kind, workshop.On, workshop.WithdrawnOn is not null);
    }

    public static Recorded Handle(ChangeTaskOwner command, [WriteAggregate] IEventStream<StrategicTask> task, JointDecision? decidedAt, BusinessCalendar calendar) =>
        Recorded.Append(task, StrategicTaskDecisions.ChangeOwner(task.Aggregate!, new StrategicTaskOwner(command.DivisionId, command.Joint == true),
            command.Reason!.Trim(), calendar.DateOf(command.On), decidedAt));
}

/// <summary>이정표 추가: a milestone with its due date and weight (the weights of a task add up to at most 100).</summary>
[Command("/api/strategic-tasks/{id}/milestones", "addStrategicTaskMilestone", Roles.Commanders)]
public sealed record AddTaskMilestone(string? Title, DateOnly? DueOn, int? Weight, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Text("title", Title)
        .Required("dueOn", DueOn)
        .Range("weight", Weight, 1, 100);
}

public sealed record MilestoneAdded(string Id, string MilestoneId, long Version);

public static class AddTaskMilestoneHandler
{
    public static MilestoneAdded Handle(AddTaskMilestone command, [WriteAggregate] IEventStream<StrategicTask> task, BusinessCalendar calendar)
    {
        var milestoneId = Guid.CreateVersion7();
        var recorded = Recorded.Append(task, StrategicTaskDecisions.AddMilestone(task.Aggregate!, milestoneId, command.Title!.Trim(),
            command.DueOn!.Value, command.Weight!.Value, calendar.DateOf(command.On)));
        return new MilestoneAdded(recorded.Id, milestoneId.ToString(), recorded.Version);
    }
}

/// <summary>이정표 달성: a milestone of the task was reached.</summary>
[Command("/api/strategic-tasks/{id}/milestones/{milestoneId}/reached", "reachStrategicTaskMilestone", Roles.Commanders)]
public sealed record ReachTaskMilestone(string? Note, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    [JsonIgnore] public Guid MilestoneId { get; init; }

    public void Check(Checks checks) => checks.Text("note", Note, Checks.MaxLongTextLength, required: false);
}

public static class ReachTaskMilestoneHandler
{
    public static Recorded Handle(ReachTaskMilestone command, [WriteAggregate] IEventStream<StrategicTask> task, BusinessCalendar calendar) =>
        Recorded.Append(task, StrategicTaskDecisions.ReachMilestone(task.Aggregate!, command.MilestoneId, command.Note?.Trim(), calendar.DateOf(command.On)));
}
