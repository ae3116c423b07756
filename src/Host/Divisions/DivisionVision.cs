using System.Text.Json.Serialization;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.Divisions;

/// <summary>비전 수립 (plan L20, stage 1): the division states its vision; a later statement gives its reason.</summary>
[Command("/api/divisions/{id}/vision", "stateDivisionVision", Roles.Commanders)]
public sealed record StateDivisionVision(string? Statement, string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public static StateDivisionVision Example => new("주민이 스스로 결정하고 함께 돌보는 마을", null, new DateOnly(2024, 4, 15));

    public void Check(Checks checks) => checks
        .Text("statement", Statement, Checks.MaxLongTextLength)
        .Text("reason", Reason, required: false);
}

public static class StateDivisionVisionHandler
{
    public static Recorded Handle(StateDivisionVision command, [WriteAggregate] IEventStream<Division> division, BusinessCalendar calendar) =>
        Recorded.Append(division, DivisionDecisions.StateVision(division.Aggregate!, command.Statement!.Trim(), command.Reason?.Trim(), calendar.DateOf(command.On)));
}
