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

/// <summary>걸림돌 / 디딤돌, or a case study (사례 연구) the workshop learnt from.</summary>
public enum FindingKind
{
    Obstacle,
    SteppingStone,
    CaseStudy,
}

/// <summary>
/// Whose view a finding is (plan L31: "행정이 생각하는 걸림돌 / 민간이 생각하는 걸림돌"): the civil
/// side's, the administration's, or one both sides share.
/// </summary>
public enum Viewpoint
{
    Civil,
    Administration,
    Shared,
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

/// <summary>
/// The workshop found an obstacle (걸림돌), a stepping stone (디딤돌) or a case study, as one side
/// or both saw it. <see cref="Viewpoint"/> is null on findings recorded before views were kept.
/// </summary>
public sealed record WorkshopFindingRecorded(Guid WorkshopId, Guid FindingId, FindingKind Kind, string Text, DateOnly On, Viewpoint? Viewpoint = null) : IDomainEvent;

/// <summary>A finding was recorded wrongly; this says what it corrects and why (R10: the original stays).</summary>
public sealed record WorkshopFindingCorrected(
    Guid WorkshopId, Guid FindingId, FindingKind Kind, string Text, string Reason, DateOnly On, Viewpoint? Viewpoint = null) : IDomainEvent;

/// <summary>
/// A solution, development plan or joint improvement plan, answering a finding or standing alone. At the
/// integrated civil–government workshop it may answer a finding of a division's workshop of that year
/// (plan L31, "통합: 분과별 내용을 토대로"): <see cref="FindingWorkshopId"/> names that workshop; null, this one.
/// </summary>
public sealed record WorkshopProposalMade(Guid WorkshopId, Guid ProposalId, Guid? FindingId, string Text, DateOnly On, Guid? FindingWorkshopId = null) : IDomainEvent;

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

/// <summary>
/// A workshop was recorded wrongly (R10): these are its facts as corrected — the date it was held
/// (<see cref="HeldOn"/>), kind, scope, division, counterpart department, participants and reviewed
/// monitoring year — and <see cref="Corrects"/> names the facts that changed. The original
/// <see cref="WorkshopHeld"/> stays in the history; <see cref="On"/> is the day of the correction.
/// </summary>
public sealed record WorkshopCorrected(
    Guid WorkshopId,
    DateOnly HeldOn,
    WorkshopKind Kind,
    WorkshopScope Scope,
    Guid? DivisionId,
    string? DivisionName,
    string? CounterpartDepartment,
    IReadOnlyList<Participant> Participants,
    int? ReviewedMonitoringYear,
    IReadOnlyList<string> Corrects,
    string Reason,
    DateOnly On) : IDomainEvent;

/// <summary>
/// A workshop entered by mistake was withdrawn (R10). It stays in the history and counts for no
/// rule; the strategic tasks it adopted (<see cref="WithdrawnTasks"/>) are withdrawn with it, each by a
/// <see cref="StrategicTaskWithdrawn"/> on its own stream.
/// </summary>
public sealed record WorkshopWithdrawn(Guid WorkshopId, IReadOnlyList<Guid> WithdrawnTasks, string Reason, DateOnly On) : IDomainEvent;

/// <summary>
/// 워크숍 추진팀 (plan L27, "워크숍 추진팀/실무기구"): a person joined the team that prepares and runs the
/// workshop. The team works before the day, so the business date may precede the workshop's.
/// </summary>
public sealed record WorkshopOrganiserJoined(Guid WorkshopId, Guid PersonId, string PersonName, string? Role, DateOnly On) : IDomainEvent;
