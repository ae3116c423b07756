using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Workshops;

/// <summary>해결 방안 / 발전 방안: a proposal answering a finding of the workshop, or standing alone. Without <c>on</c> it is dated the workshop's day.</summary>
public sealed record MakeProposal(Guid? FindingId, string? Text, DateOnly? On);

public static class MakeProposalEndpoint
{
    public static ProblemDetails Validate(MakeProposal command) => new Checks()
        .That(command.FindingId != Guid.Empty, "findingId", "빈 id입니다. (empty id)")
        .Text("text", command.Text, Checks.MaxLongTextLength)
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/workshops/{id}/proposals", OperationId = "makeWorkshopProposal")]
    public static StreamCreated Post(MakeProposal command, [WriteAggregate("id")] IEventStream<Workshop> workshop)
    {
        var proposalId = Guid.CreateVersion7();
        var state = workshop.Aggregate!;
        Recorded.Append(workshop, WorkshopDecisions.MakeProposal(state, proposalId, command.FindingId, command.Text!.Trim(), command.On ?? state.On));
        return new StreamCreated(proposalId.ToString(), $"/api/workshops/{state.Id}/proposals/{proposalId}");
    }
}
