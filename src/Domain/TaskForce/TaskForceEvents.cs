using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.TaskForce;

/// <summary>A joint civil–administration–council task force (합동 TF) was set up; it is not yet formed.</summary>
public sealed record TaskForceCreated(Guid TaskForceId, string Name, DateOnly On) : IDomainEvent;

/// <summary>A person joined the TF; their sector and organisation are kept as they were that day.</summary>
public sealed record TaskForceMemberAdded(
    Guid TaskForceId, Guid PersonId, string PersonName, Sector Sector, string? Organisation, DateOnly On) : IDomainEvent;

/// <summary>A member left the TF, with the reason if one was given.</summary>
public sealed record TaskForceMemberRemoved(
    Guid TaskForceId, Guid PersonId, string PersonName, Sector Sector, string? Reason, DateOnly On) : IDomainEvent;

/// <summary>The TF was formed (구성) with members of all three sectors (R6); <see cref="Members"/> counts them.</summary>
public sealed record TaskForceFormed(Guid TaskForceId, IReadOnlyList<Sector> Sectors, int Members, DateOnly On) : IDomainEvent;

/// <summary>The TF met; <see cref="Number"/> counts its meetings from 1.</summary>
public sealed record TaskForceMeetingHeld(
    Guid TaskForceId, int Number, string Agenda, IReadOnlyList<Guid> Attendees, string? Minutes, DateOnly On) : IDomainEvent;

/// <summary>A version of the governance ordinance (협치 조례) draft, with its full text.</summary>
public sealed record OrdinanceDraftRecorded(Guid TaskForceId, int Version, string Text, string? Note, DateOnly On) : IDomainEvent;

/// <summary>The TF submitted one draft version to the district council.</summary>
public sealed record OrdinanceDraftSubmitted(Guid TaskForceId, int Version, DateOnly On) : IDomainEvent;

/// <summary>The council enacted the submitted draft as an ordinance; this closes the TF's ordinance work (R6).</summary>
public sealed record OrdinanceEnacted(Guid TaskForceId, int Version, string OrdinanceNumber, DateOnly On) : IDomainEvent;

/// <summary>The council rejected the submitted draft, for the reasons given; the TF may draft again.</summary>
public sealed record OrdinanceDraftRejected(Guid TaskForceId, int Version, IReadOnlyList<string> Reasons, DateOnly On) : IDomainEvent;

/// <summary>
/// The TF was designated the network's joint TF (one at a time): the one gate R3 reads. It replaces
/// the previously designated TF (<see cref="Replaces"/>), if there was one.
/// </summary>
public sealed record TaskForceDesignated(Guid TaskForceId, Guid? Replaces, string Reason, DateOnly On) : IDomainEvent;

/// <summary>The TF was dissolved (해산), for the reason given: it does no more work and no longer counts for R3.</summary>
public sealed record TaskForceDissolved(Guid TaskForceId, string Reason, DateOnly On) : IDomainEvent;
