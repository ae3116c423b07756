using System.Text.Json.Serialization;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>TF 회의: the TF met, on an agenda, with the members who attended and the minutes.</summary>
[Command("/api/task-force/{id}/meetings", "holdTaskForceMeeting", Roles.Commanders)]
public sealed record HoldTaskForceMeeting(string? Agenda, IReadOnlyList<Guid>? Attendees, string? Minutes, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Text("agenda", Agenda)
        .Text("minutes", Minutes, Checks.MaxLongTextLength, required: false)
        .That(Attendees is null || Attendees.Count <= 200, "attendees", "200명 이하 (at most 200 attendees)");
}

public static class HoldTaskForceMeetingHandler
{
    public static Recorded Handle(HoldTaskForceMeeting command, [WriteAggregate] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.HoldMeeting(taskForce.Aggregate!, command.Agenda!.Trim(),
            (command.Attendees ?? []).Distinct().ToList(), command.Minutes?.Trim(), calendar.DateOf(command.On)));
}
