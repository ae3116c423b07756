using System.Collections.Immutable;
using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Workshops;

/// <summary>A workshop's decision state, folded from its own stream.</summary>
public sealed record Workshop(
    Guid Id,
    WorkshopKind Kind,
    WorkshopScope Scope,
    Guid? DivisionId,
    DateOnly On,
    ImmutableDictionary<Guid, FindingKind> Findings,
    ImmutableDictionary<Guid, Guid?> Proposals,
    ImmutableList<Guid> AdoptedTasks)
{
    public static Workshop? Evolve(Workshop? state, object @event) => (state, @event) switch
    {
        (_, WorkshopHeld e) => new Workshop(e.WorkshopId, e.Kind, e.Scope, e.DivisionId, e.On,
            ImmutableDictionary<Guid, FindingKind>.Empty, ImmutableDictionary<Guid, Guid?>.Empty, []),
        (not null, WorkshopFindingRecorded e) => state with { Findings = state.Findings.SetItem(e.FindingId, e.Kind) },
        (not null, WorkshopFindingCorrected e) => state with { Findings = state.Findings.SetItem(e.FindingId, e.Kind) },
        (not null, WorkshopProposalMade e) => state with { Proposals = state.Proposals.SetItem(e.ProposalId, e.FindingId) },
        (not null, WorkshopAdoptedStrategicTask e) => state with { AdoptedTasks = state.AdoptedTasks.Add(e.TaskId) },
        _ => state,
    };
}
