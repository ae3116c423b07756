using System.Text.Json.Serialization;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.Divisions;

public enum StageAction
{
    Advance,
    Revert,
}

/// <summary>단계 변경: advance through the next gate (R1–R3), or revert one stage with a reason (R1).</summary>
[Command("/api/divisions/{id}/stage", "changeDivisionStage", Roles.Commanders)]
public sealed record ChangeStage(StageAction? Action, int? ToStage, string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public static ChangeStage Example => new(StageAction.Advance, 2, "민/민 워크숍에서 2028년 전략 과제를 채택함", new DateOnly(2027, 11, 20));

    public void Check(Checks checks) => checks
        .Defined("action", Action)
        .Range("toStage", ToStage, 1, 3)
        .Text("reason", Reason, Checks.MaxLongTextLength, required: Action == StageAction.Revert);
}

public sealed record StageChanged(string Id, int Stage, long Version);

public static class ChangeStageHandler
{
    public static Task<GateFacts> LoadAsync(ChangeStage command, IQuerySession session, BusinessCalendar calendar, CancellationToken ct) =>
        DivisionGates.FactsAsync(session, command.Id, calendar.DateOf(command.On), ct);

    public static StageChanged Handle(ChangeStage command, [WriteAggregate] IEventStream<Division> division, GateFacts facts, GateThresholds thresholds, BusinessCalendar calendar)
    {
        var on = calendar.DateOf(command.On);
        var toStage = (Stage)command.ToStage!.Value;
        var decision = command.Action == StageAction.Advance
            ? DivisionDecisions.Advance(division.Aggregate!, toStage, command.Reason?.Trim(), facts, thresholds, on)
            : DivisionDecisions.Revert(division.Aggregate!, toStage, command.Reason!.Trim(), on);
        var recorded = Recorded.Append(division, decision);
        return new StageChanged(recorded.Id, command.ToStage.Value, recorded.Version);
    }
}
