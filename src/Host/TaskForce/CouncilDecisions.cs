using System.Text.Json.Serialization;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>조례 제정: the council enacted the submitted draft on <c>on</c> as ordinance <c>ordinanceNumber</c>; the work closes (R6).</summary>
[Command("/api/task-force/{id}/enactment", "enactOrdinance", Roles.Commanders)]
public sealed record EnactOrdinance(string? OrdinanceNumber, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks.Text("ordinanceNumber", OrdinanceNumber, 50);
}

public static class EnactOrdinanceHandler
{
    public static Recorded Handle(EnactOrdinance command, [WriteAggregate] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.Enact(taskForce.Aggregate!, command.OrdinanceNumber!.Trim(), calendar.DateOf(command.On)));
}

/// <summary>의회 부결: the council rejected the submitted draft for the reasons given; the TF may draft again.</summary>
[Command("/api/task-force/{id}/rejection", "rejectOrdinance", Roles.Commanders)]
public sealed record RejectOrdinance(IReadOnlyList<string>? Reasons, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .That(Reasons is { Count: > 0 } && Reasons.All(r => !string.IsNullOrWhiteSpace(r)), "reasons", "사유를 하나 이상 입력하세요. (at least one reason)")
        .That(Reasons is null || Reasons.Count <= 50 && Reasons.All(r => r is null || r.Length <= Checks.MaxLongTextLength), "reasons",
            "사유가 너무 깁니다. (at most 50 reasons of 20000 characters)");
}

public static class RejectOrdinanceHandler
{
    public static Recorded Handle(RejectOrdinance command, [WriteAggregate] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.Reject(taskForce.Aggregate!, command.Reasons!.Select(r => r.Trim()).ToList(), calendar.DateOf(command.On)));
}
