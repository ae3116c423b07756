using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>TF 회의: the TF met, on an agenda, with the members who attended and the minutes.</summary>
public sealed record HoldTaskForceMeeting(string? Agenda, IReadOnlyList<Guid>? Attendees, string? Minutes, DateOnly? On);

public static class HoldTaskForceMeetingEndpoint
{
    public static ProblemDetails Validate(HoldTaskForceMeeting command) => new Checks()
        .Text("agenda", command.Agenda)
        .Text("minutes", command.Minutes, Checks.MaxLongTextLength, required: false)
        .That(command.Attendees is null || command.Attendees.Count <= 200, "attendees", "200명 이하 (at most 200 attendees)")
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/task-force/{id}/meetings", OperationId = "holdTaskForceMeeting")]
    public static Recorded Post(HoldTaskForceMeeting command, [WriteAggregate("id")] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.HoldMeeting(taskForce.Aggregate!, command.Agenda!.Trim(),
            (command.Attendees ?? []).Distinct().ToList(), command.Minutes?.Trim(), calendar.DateOf(command.On)));
}
