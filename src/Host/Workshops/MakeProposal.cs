using System.Text.Json.Serialization;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Workshops;

/// <summary>
/// 해결 방안 / 발전 방안: a proposal answering a finding of the workshop, or standing alone; at the integrated
/// civil–government workshop, one answering a finding of a division's workshop of that year
/// (<c>findingWorkshopId</c>). Without <c>on</c> it is dated the workshop's day.
/// </summary>
[Command("/api/workshops/{id}/proposals", "makeWorkshopProposal", Roles.Commanders)]
public sealed record MakeProposal(Guid? FindingId, string? Text, DateOnly? On, Guid? FindingWorkshopId = null) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .That(FindingId != Guid.Empty, "findingId", "빈 id입니다. (empty id)")
        .That(FindingWorkshopId != Guid.Empty, "findingWorkshopId", "빈 id입니다. (empty id)")
        .That(FindingWorkshopId is null || FindingId is not null, "findingId", "다른 워크숍의 발견 사항에 답하려면 그 발견 사항(findingId)을 고르세요. (Name the finding of the other workshop.)")
        .Text("text", Text, Checks.MaxLongTextLength);
}

public static class MakeProposalHandler
{
    /// <summary>The division workshop whose finding the proposal answers, folded from its events: 404 when there is none.</summary>
    public static async Task<AnsweredWorkshop> LoadAsync(MakeProposal command, IQuerySession session, CancellationToken ct) =>
        command.FindingWorkshopId is { } other && other != command.Id
            ? new AnsweredWorkshop(await session.Events.AggregateStreamAsync<Workshop>(other, token: ct) ?? throw new UnknownRecordException($"No workshop has the id {other}."))
            : new AnsweredWorkshop(null);

    public static StreamCreated Handle(MakeProposal command, [WriteAggregate] IEventStream<Workshop> workshop, AnsweredWorkshop answered)
    {
        var proposalId = Guid.CreateVersion7();
        var state = workshop.Aggregate!;
        Recorded.Append(workshop, WorkshopDecisions.MakeProposal(state, proposalId, command.FindingId, command.Text!.Trim(), command.On ?? state.On, answered.Workshop));
        return new StreamCreated(proposalId.ToString(), $"/api/workshops/{state.Id}/proposals/{proposalId}");
    }
}

/// <summary>The other workshop a proposal answers a finding of, or none.</summary>
public sealed record AnsweredWorkshop(Workshop? Workshop);
