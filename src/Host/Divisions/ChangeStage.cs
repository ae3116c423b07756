using Hyeopchi.Domain.Divisions;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Divisions;

public enum StageAction
{
    Advance,
    Revert,
}

/// <summary>단계 변경: advance through the next gate (R1–R3), or revert one stage with a reason (R1).</summary>
public sealed record ChangeStage(StageAction? Action, int? ToStage, string? Reason, DateOnly? On)
{
    public static ChangeStage Example => new(StageAction.Advance, 2, "민/민 워크숍에서 2028년 전략 과제를 채택함", new DateOnly(2027, 11, 20));
}

public sealed record StageChanged(string Id, int Stage, long Version);

public static class ChangeStageEndpoint
{
    public static ProblemDetails Validate(ChangeStage command) => new Checks()
        .Defined("action", command.Action)
        .Range("toStage", command.ToStage, 1, 3)
        .Text("reason", command.Reason, Checks.MaxLongTextLength, required: command.Action == StageAction.Revert)
        .Result();

    public static Task<GateFacts> LoadAsync(Guid id, ChangeStage command, IQuerySession session, BusinessCalendar calendar, CancellationToken ct) =>
        DivisionGates.FactsAsync(session, id, calendar.DateOf(command.On), ct);

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/divisions/{id}/stage", OperationId = "changeDivisionStage")]
    public static StageChanged Post(ChangeStage command, [WriteAggregate("id")] IEventStream<Division> division, GateFacts facts, GateThresholds thresholds, BusinessCalendar calendar)
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
