using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Divisions;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.StrategicTasks;

/// <summary>과제 담당 변경: a division takes the task over, or it becomes joint (민/관 공동), with a reason.</summary>
public sealed record ChangeTaskOwner(Guid? DivisionId, bool? Joint, string? Reason, DateOnly? On);

public static class ChangeTaskOwnerEndpoint
{
    public static ProblemDetails Validate(ChangeTaskOwner command) => new Checks()
        .That(command.DivisionId is { } d && d != Guid.Empty || command.Joint == true, "divisionId", "분과를 지정하거나 joint를 true로 하세요. (a division, or joint: true)")
        .Text("reason", command.Reason, Checks.MaxLongTextLength)
        .Result();

    public static async Task<ProblemDetails> LoadAsync(ChangeTaskOwner command, IQuerySession session, CancellationToken ct) =>
        command.DivisionId is { } divisionId && await session.LoadAsync<DivisionProgress>(divisionId, ct) is null
            ? Problems.NotFound($"No division has the id {divisionId}.")
            : WolverineContinue.NoProblems;

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/strategic-tasks/{id}/owner", OperationId = "changeStrategicTaskOwner")]
    public static Recorded Post(ChangeTaskOwner command, [WriteAggregate("id")] IEventStream<StrategicTask> task, BusinessCalendar calendar) =>
        Recorded.Append(task, StrategicTaskDecisions.ChangeOwner(task.Aggregate!, new StrategicTaskOwner(command.DivisionId, command.Joint == true),
            command.Reason!.Trim(), calendar.DateOf(command.On)));
}

/// <summary>이정표 추가: a milestone with its due date and weight (the weights of a task add up to at most 100).</summary>
public sealed record AddTaskMilestone(string? Title, DateOnly? DueOn, int? Weight, DateOnly? On);

public sealed record MilestoneAdded(string Id, string MilestoneId, long Version);

public static class AddTaskMilestoneEndpoint
{
    public static ProblemDetails Validate(AddTaskMilestone command) => new Checks()
        .Text("title", command.Title)
        .Required("dueOn", command.DueOn)
        .Range("weight", command.Weight, 1, 100)
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/strategic-tasks/{id}/milestones", OperationId = "addStrategicTaskMilestone")]
    public static MilestoneAdded Post(AddTaskMilestone command, [WriteAggregate("id")] IEventStream<StrategicTask> task, BusinessCalendar calendar)
    {
        var milestoneId = Guid.CreateVersion7();
        var recorded = Recorded.Append(task, StrategicTaskDecisions.AddMilestone(task.Aggregate!, milestoneId, command.Title!.Trim(),
            command.DueOn!.Value, command.Weight!.Value, calendar.DateOf(command.On)));
        return new MilestoneAdded(recorded.Id, milestoneId.ToString(), recorded.Version);
    }
}

/// <summary>이정표 달성: a milestone of the task was reached.</summary>
public sealed record ReachTaskMilestone(string? Note, DateOnly? On);

public static class ReachTaskMilestoneEndpoint
{
    public static ProblemDetails Validate(ReachTaskMilestone command) => new Checks()
        .Text("note", command.Note, Checks.MaxLongTextLength, required: false)
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/strategic-tasks/{id}/milestones/{milestoneId}/reached", OperationId = "reachStrategicTaskMilestone")]
    public static Recorded Post(ReachTaskMilestone command, Guid milestoneId, [WriteAggregate("id")] IEventStream<StrategicTask> task, BusinessCalendar calendar) =>
        Recorded.Append(task, StrategicTaskDecisions.ReachMilestone(task.Aggregate!, milestoneId, command.Note?.Trim(), calendar.DateOf(command.On)));
}
