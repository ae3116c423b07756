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

/// <summary>The division passed a stage gate; <see cref="GateMet"/> keeps the evidence the gate saw.</summary>
public sealed record DivisionStageAdvanced(
    Guid DivisionId, Stage From, Stage To, string? Reason, IReadOnlyList<string> GateMet, DateOnly On) : IDomainEvent;

/// <summary>An explicit, reasoned step back (R1).</summary>
public sealed record DivisionStageReverted(Guid DivisionId, Stage From, Stage To, string Reason, DateOnly On) : IDomainEvent;
