using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Divisions;

/// <summary>단계: the three stages a division works through.</summary>
public enum Stage
{
    InternalOrganisation = 1,
    CivilGovernmentCooperation = 2,
    TripartiteGovernance = 3,
}

/// <summary>A division (분과) was set up for a field; it starts at stage 1.</summary>
public sealed record DivisionRegistered(Guid DivisionId, string Name, string Field, DateOnly On) : IDomainEvent;

public sealed record DivisionChairAppointed(Guid DivisionId, Guid PersonId, string PersonName, DateOnly On) : IDomainEvent;

public sealed record DivisionMemberJoined(Guid DivisionId, string Organisation, Sector Sector, DateOnly On) : IDomainEvent;

/// <summary>
/// The division passed a stage gate and keeps the evidence the gate saw: <see cref="GateConditions"/>,
/// the conditions met (codes with their facts, said by the host). Events recorded before conditions
/// were codes keep that evidence as the sentences of the day in <see cref="GateMet"/> (and have no
/// <see cref="GateConditions"/>); history is never rewritten (R10), so both stay readable, and a new
/// event leaves <see cref="GateMet"/> empty.
/// </summary>
public sealed record DivisionStageAdvanced(
    Guid DivisionId, Stage From, Stage To, string? Reason, IReadOnlyList<string> GateMet, DateOnly On,
    IReadOnlyList<Condition>? GateConditions = null) : IDomainEvent;

/// <summary>An explicit, reasoned step back (R1).</summary>
public sealed record DivisionStageReverted(Guid DivisionId, Stage From, Stage To, string Reason, DateOnly On) : IDomainEvent;

/// <summary>
/// A single person (a trained resident leader without an organisation) joined the division. R2 does
/// not count them among the member organisations.
/// </summary>
public sealed record DivisionIndividualMemberJoined(Guid DivisionId, Guid PersonId, string PersonName, Sector Sector, DateOnly On) : IDomainEvent;

/// <summary>A member organisation left the division on <see cref="On"/>, for the reason given; its joining stays in the history.</summary>
public sealed record DivisionMemberLeft(Guid DivisionId, string Organisation, string Reason, DateOnly On) : IDomainEvent;

/// <summary>The chair stepped down on <see cref="On"/>; the division has no chair until another is appointed.</summary>
public sealed record DivisionChairSteppedDown(Guid DivisionId, Guid PersonId, string? PersonName, string Reason, DateOnly On) : IDomainEvent;

/// <summary>
/// 비전 수립 (plan L20, stage 1): the division stated its vision on <see cref="On"/>, at the stage it was in then.
/// A later statement replaces it and gives its reason; every statement stays in the history (R10).
/// </summary>
public sealed record DivisionVisionStated(Guid DivisionId, string Statement, string? Reason, Stage AtStage, DateOnly On) : IDomainEvent;
