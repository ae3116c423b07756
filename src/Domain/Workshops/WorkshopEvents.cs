using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.StrategicTasks;

namespace Hyeopchi.Domain.Workshops;

/// <summary>민/민 or 민/관 워크숍.</summary>
public enum WorkshopKind
{
    CivilCivil,
    CivilGovernment,
}

/// <summary>통합 (network-wide) or 분과별 (one division, with its counterpart department).</summary>
public enum WorkshopScope
{
    Network,
    Division,
}

/// <summary>걸림돌 / 디딤돌.</summary>
public enum FindingKind
{
    Obstacle,
    SteppingStone,
}

/// <summary>
/// A workshop was held: who attended (sector and rank as they were that day), what governance
/// education it gave, and which monitoring report (the previous year's) it started from (R5).
/// </summary>
public sealed record WorkshopHeld(
    Guid WorkshopId,
    WorkshopKind Kind,
    WorkshopScope Scope,
    Guid? DivisionId,
    string? DivisionName,
    string? CounterpartDepartment,
    string? Title,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<string> EducationTopics,
    int? ReviewedMonitoringYear,
    DateOnly On) : IDomainEvent;

/// <summary>The workshop found an obstacle (걸림돌) or a stepping stone (디딤돌).</summary>
public sealed record WorkshopFindingRecorded(Guid WorkshopId, Guid FindingId, FindingKind Kind, string Text, DateOnly On) : IDomainEvent;

/// <summary>A finding was recorded wrongly; this says what it corrects and why (R10: the original stays).</summary>
public sealed record WorkshopFindingCorrected(
    Guid WorkshopId, Guid FindingId, FindingKind Kind, string Text, string Reason, DateOnly On) : IDomainEvent;

/// <summary>A solution, development plan or joint improvement plan, answering a finding or standing alone.</summary>
public sealed record WorkshopProposalMade(Guid WorkshopId, Guid ProposalId, Guid? FindingId, string Text, DateOnly On) : IDomainEvent;

/// <summary>
/// The workshop decided to adopt a strategic task: the workshop's side of the adoption, whose
/// other side is <see cref="StrategicTaskAdopted"/>, the first event of the task's own stream.
/// </summary>
public sealed record WorkshopAdoptedStrategicTask(
    Guid WorkshopId,
    Guid TaskId,
    string Title,
    int Year,
    StrategicTaskOwner Owner,
    Guid? FindingId,
    Guid? ProposalId,
    DateOnly On) : IDomainEvent;
