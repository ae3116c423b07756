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

/// <summary>조례 제정: the council enacted the submitted draft on <c>on</c> as ordinance <c>ordinanceNumber</c>; the work closes (R6).</summary>
public sealed record EnactOrdinance(string? OrdinanceNumber, DateOnly? On);

public static class EnactOrdinanceEndpoint
{
    public static ProblemDetails Validate(EnactOrdinance command) => new Checks().Text("ordinanceNumber", command.OrdinanceNumber, 50).Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/task-force/{id}/enactment", OperationId = "enactOrdinance")]
    public static Recorded Post(EnactOrdinance command, [WriteAggregate("id")] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.Enact(taskForce.Aggregate!, command.OrdinanceNumber!.Trim(), calendar.DateOf(command.On)));
}

/// <summary>의회 부결: the council rejected the submitted draft for the reasons given; the TF may draft again.</summary>
public sealed record RejectOrdinance(IReadOnlyList<string>? Reasons, DateOnly? On);

public static class RejectOrdinanceEndpoint
{
    public static ProblemDetails Validate(RejectOrdinance command) => new Checks()
        .That(command.Reasons is { Count: > 0 } && command.Reasons.All(r => !string.IsNullOrWhiteSpace(r)), "reasons", "사유를 하나 이상 입력하세요. (at least one reason)")
        .That(command.Reasons is null || command.Reasons.Count <= 50 && command.Reasons.All(r => r is null || r.Length <= Checks.MaxLongTextLength), "reasons",
            "사유가 너무 깁니다. (at most 50 reasons of 20000 characters)")
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/task-force/{id}/rejection", OperationId = "rejectOrdinance")]
    public static Recorded Post(RejectOrdinance command, [WriteAggregate("id")] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.Reject(taskForce.Aggregate!, command.Reasons!.Select(r => r.Trim()).ToList(), calendar.DateOf(command.On)));
}
