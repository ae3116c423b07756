using System.Text.Json.Serialization;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.Workshops;

/// <summary>해결 방안 / 발전 방안: a proposal answering a finding of the workshop, or standing alone. Without <c>on</c> it is dated the workshop's day.</summary>
[Command("/api/workshops/{id}/proposals", "makeWorkshopProposal", Roles.Commanders)]
public sealed record MakeProposal(Guid? FindingId, string? Text, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .That(FindingId != Guid.Empty, "findingId", "빈 id입니다. (empty id)")
        .Text("text", Text, Checks.MaxLongTextLength);
}

public static class MakeProposalHandler
{
    public static StreamCreated Handle(MakeProposal command, [WriteAggregate] IEventStream<Workshop> workshop)
    {
        var proposalId = Guid.CreateVersion7();
        var state = workshop.Aggregate!;
        Recorded.Append(workshop, WorkshopDecisions.MakeProposal(state, proposalId, command.FindingId, command.Text!.Trim(), command.On ?? state.On));
        return new StreamCreated(proposalId.ToString(), $"/api/workshops/{state.Id}/proposals/{proposalId}");
    }
}
