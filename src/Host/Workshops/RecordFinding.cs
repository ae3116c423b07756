using System.Text.Json.Serialization;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.Workshops;

/// <summary>
/// 걸림돌 / 디딤돌 / 사례 연구: what the workshop found, and whose view it is (<c>viewpoint</c>: civil,
/// administration or shared; left out, the workshop's default). Without <c>on</c> it is dated the workshop's day.
/// </summary>
[Command("/api/workshops/{id}/findings", "recordWorkshopFinding", Roles.Commanders)]
public sealed record RecordFinding(FindingKind? Kind, string? Text, DateOnly? On, Viewpoint? Viewpoint = null) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Defined("kind", Kind)
        .Defined("viewpoint", Viewpoint, required: false)
        .Text("text", Text, Checks.MaxLongTextLength);
}

public static class RecordFindingHandler
{
    public static StreamCreated Handle(RecordFinding command, [WriteAggregate] IEventStream<Workshop> workshop)
    {
        var findingId = Guid.CreateVersion7();
        var state = workshop.Aggregate!;
        Recorded.Append(workshop, WorkshopDecisions.RecordFinding(state, findingId, command.Kind!.Value, command.Text!.Trim(), command.On ?? state.On, command.Viewpoint));
        return new StreamCreated(findingId.ToString(), $"/api/workshops/{state.Id}/findings/{findingId}");
    }
}

/// <summary>A correction of a finding (R10): the original stays in the history, this says what it corrects and why.</summary>
[Command("/api/workshops/{id}/findings/{findingId}/corrections", "correctWorkshopFinding", Roles.Commanders)]
public sealed record CorrectFinding(FindingKind? Kind, string? Text, string? Reason, DateOnly? On, Viewpoint? Viewpoint = null) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    [JsonIgnore] public Guid FindingId { get; init; }

    public void Check(Checks checks) => checks
        .Defined("kind", Kind, required: false)
        .Defined("viewpoint", Viewpoint, required: false)
        .Text("text", Text, Checks.MaxLongTextLength)
        .Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class CorrectFindingHandler
{
    public static Recorded Handle(CorrectFinding command, [WriteAggregate] IEventStream<Workshop> workshop)
    {
        var state = workshop.Aggregate!;
        var kind = command.Kind ?? state.Findings.GetValueOrDefault(command.FindingId);
        return Recorded.Append(workshop, WorkshopDecisions.CorrectFinding(state, command.FindingId, kind, command.Text!.Trim(), command.Reason!.Trim(), command.On ?? state.On, command.Viewpoint));
    }
}
