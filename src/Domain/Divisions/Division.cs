using System.Collections.Immutable;
using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Divisions;

/// <summary>
/// A member of a division: an organisation (회원 단체), or, when <see cref="PersonId"/> is set, a
/// single person who joined without an organisation. <see cref="Left"/> is the date it left.
/// </summary>
public sealed record DivisionMember(string Organisation, Sector Sector, DateOnly Since)
{
    /// <summary>Set when the member is a single person, not an organisation.</summary>
    public Guid? PersonId { get; init; }

    /// <summary>The business date the member left the division, if it has.</summary>
    public DateOnly? Left { get; init; }

    public string? LeftReason { get; init; }

    public bool IsIndividual => PersonId is not null;

    /// <summary>Belongs to the division on a date: joined on or before it and not yet left.</summary>
    public bool BelongsOn(DateOnly date) => Since <= date && (Left is null || Left > date);

    /// <summary>R2 counts civil organisations (민간 단체) only: not an administration department, a council, or a single person.</summary>
    public bool IsCivilOrganisation => Sector == Sector.Civil && !IsIndividual;
}

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
    public string? ChairName { get; init; }

    /// <summary>The business date the current chair was appointed.</summary>
    public DateOnly? ChairSince { get; init; }

    /// <summary>The vision the division last stated (비전), if it has stated one.</summary>
    public string? Vision { get; init; }

    /// <summary>Folds one event of the division's stream; unknown events leave the state as it is.</summary>
    public static Division? Evolve(Division? state, object @event) => (state, @event) switch
    {
        (_, DivisionRegistered e) => new Division(e.DivisionId, e.Name, e.Field, e.On, Stage.InternalOrganisation, e.On, null, []),
        (not null, DivisionChairAppointed e) => state with { ChairId = e.PersonId, ChairName = e.PersonName, ChairSince = e.On },
        (not null, DivisionChairSteppedDown e) when state.ChairId == e.PersonId => state with { ChairId = null, ChairName = null, ChairSince = null },
        (not null, DivisionMemberJoined e) => state with { Members = state.Members.Add(new DivisionMember(e.Organisation, e.Sector, e.On)) },
        (not null, DivisionIndividualMemberJoined e) => state with
        {
            Members = state.Members.Add(new DivisionMember(e.PersonName, e.Sector, e.On) { PersonId = e.PersonId }),
        },
        (not null, DivisionMemberLeft e) => state.Current(e.Organisation) is { } member
            ? state with { Members = state.Members.Replace(member, member with { Left = e.On, LeftReason = e.Reason }) }
            : state,
        (not null, DivisionStageAdvanced e) => state with { Stage = e.To, StageSince = e.On },
        (not null, DivisionStageReverted e) => state with { Stage = e.To, StageSince = e.On },
        (not null, DivisionVisionStated e) => state with { Vision = e.Statement },
        _ => state,
    };

    /// <summary>Whether the organisation (or person, by name) is a current member: one that joined and has not left.</summary>
    public bool HasMember(string organisation) => Current(organisation) is not null;

    /// <summary>The current membership of an organisation (or a single person, by name), if any.</summary>
    public DivisionMember? Current(string organisation) =>
        Members.LastOrDefault(m => m.Left is null && string.Equals(m.Organisation, organisation, StringComparison.Ordinal));

    /// <summary>R2: the civil member organisations that belong to the division on a date.</summary>
    public IReadOnlyList<DivisionMember> CivilOrganisationsOn(DateOnly date) =>
        Members.Where(m => m.IsCivilOrganisation && m.BelongsOn(date))
            .DistinctBy(m => m.Organisation, StringComparer.Ordinal)
            .ToList();

    /// <summary>The chair on a date: appointed on or before it and not stepped down since.</summary>
    public bool HasChairOn(DateOnly date) => ChairId is not null && ChairSince <= date;
}
