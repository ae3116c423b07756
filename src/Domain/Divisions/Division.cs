using System.Collections.Immutable;
using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Divisions;

public sealed record DivisionMember(string Organisation, Sector Sector, DateOnly Since);

/// <summary>A division's state, folded from its own stream.</summary>
public sealed record Division(
    Guid Id,
    string Name,
    string Field,
    DateOnly RegisteredOn,
    Stage Stage,
    DateOnly StageSince,
    Guid? ChairId,
    ImmutableList<DivisionMember> Members)
{
    /// <summary>Folds one event of the division's stream; unknown events leave the state as it is.</summary>
    public static Division? Evolve(Division? state, object @event) => (state, @event) switch
    {
        (_, DivisionRegistered e) => new Division(e.DivisionId, e.Name, e.Field, e.On, Stage.InternalOrganisation, e.On, null, []),
        (not null, DivisionChairAppointed e) => state with { ChairId = e.PersonId },
        (not null, DivisionMemberJoined e) => state with { Members = state.Members.Add(new DivisionMember(e.Organisation, e.Sector, e.On)) },
        (not null, DivisionStageAdvanced e) => state with { Stage = e.To, StageSince = e.On },
        (not null, DivisionStageReverted e) => state with { Stage = e.To, StageSince = e.On },
        _ => state,
    };

    public bool HasMember(string organisation) =>
        Members.Any(m => string.Equals(m.Organisation, organisation, StringComparison.Ordinal));
}
