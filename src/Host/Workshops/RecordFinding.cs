using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Workshops;

/// <summary>걸림돌 / 디딤돌: what the workshop found. Without <c>on</c> it is dated the workshop's day.</summary>
public sealed record RecordFinding(FindingKind? Kind, string? Text, DateOnly? On);

public static class RecordFindingEndpoint
{
    public static ProblemDetails Validate(RecordFinding command) => new Checks()
        .Defined("kind", command.Kind)
        .Text("text", command.Text, Checks.MaxLongTextLength)
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/workshops/{id}/findings", OperationId = "recordWorkshopFinding")]
    public static StreamCreated Post(RecordFinding command, [WriteAggregate("id")] IEventStream<Workshop> workshop)
    {
        var findingId = Guid.CreateVersion7();
        var state = workshop.Aggregate!;
        Recorded.Append(workshop, WorkshopDecisions.RecordFinding(state, findingId, command.Kind!.Value, command.Text!.Trim(), command.On ?? state.On));
        return new StreamCreated(findingId.ToString(), $"/api/workshops/{state.Id}/findings/{findingId}");
    }
}

/// <summary>A correction of a finding (R10): the original stays in the history, this says what it corrects and why.</summary>
public sealed record CorrectFinding(FindingKind? Kind, string? Text, string? Reason, DateOnly? On);

public static class CorrectFindingEndpoint
{
    public static ProblemDetails Validate(CorrectFinding command) => new Checks()
        .Defined("kind", command.Kind, required: false)
        .Text("text", command.Text, Checks.MaxLongTextLength)
        .Text("reason", command.Reason, Checks.MaxLongTextLength)
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/workshops/{id}/findings/{findingId}/corrections", OperationId = "correctWorkshopFinding")]
    public static Recorded Post(CorrectFinding command, Guid findingId, [WriteAggregate("id")] IEventStream<Workshop> workshop)
    {
        var state = workshop.Aggregate!;
        var kind = command.Kind ?? state.Findings.GetValueOrDefault(findingId);
        return Recorded.Append(workshop, WorkshopDecisions.CorrectFinding(state, findingId, kind, command.Text!.Trim(), command.Reason!.Trim(), command.On ?? state.On));
    }
}
