using System.Collections.Immutable;
using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Workshops;

/// <summary>A workshop's decision state, folded from its own stream: its facts as corrected, and whether it was withdrawn.</summary>
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
    public string? DivisionName { get; init; }

    public string? CounterpartDepartment { get; init; }

    public IReadOnlyList<Participant> Participants { get; init; } = [];

    public int? ReviewedMonitoringYear { get; init; }

    /// <summary>The adopted tasks with their owner and year, as R8 checks a correction against them.</summary>
    public ImmutableList<WorkshopAdoptedStrategicTask> Adoptions { get; init; } = [];

    /// <summary>The earliest business date of what the workshop found, proposed or decided: its date cannot be corrected past it.</summary>
    public DateOnly? EarliestRecordOn { get; init; }

    public DateOnly? WithdrawnOn { get; init; }

    /// <summary>The proposals that answer a finding of another (division) workshop: proposal → that workshop.</summary>
    public ImmutableDictionary<Guid, Guid> ProposalFindingWorkshops { get; init; } = ImmutableDictionary<Guid, Guid>.Empty;

    /// <summary>The people of the workshop's organising team (추진팀).</summary>
    public ImmutableHashSet<Guid> Organisers { get; init; } = [];

    /// <summary>Whose view each finding is, as recorded or corrected (null on findings recorded before viewpoints were kept).</summary>
    public ImmutableDictionary<Guid, Viewpoint?> Viewpoints { get; init; } = ImmutableDictionary<Guid, Viewpoint?>.Empty;

    public bool IsWithdrawn => WithdrawnOn is not null;

    public static Workshop? Evolve(Workshop? state, object @event) => (state, @event) switch
    {
        (_, WorkshopHeld e) => new Workshop(e.WorkshopId, e.Kind, e.Scope, e.DivisionId, e.On,
            ImmutableDictionary<Guid, FindingKind>.Empty, ImmutableDictionary<Guid, Guid?>.Empty, [])
        {
            DivisionName = e.DivisionName,
            CounterpartDepartment = e.CounterpartDepartment,
            Participants = e.Participants,
            ReviewedMonitoringYear = e.ReviewedMonitoringYear,
        },
        (not null, WorkshopFindingRecorded e) => state.Recorded(e.On) with { Findings = state.Findings.SetItem(e.FindingId, e.Kind), Viewpoints = state.Viewpoints.SetItem(e.FindingId, e.Viewpoint) },
        (not null, WorkshopFindingCorrected e) => state with { Findings = state.Findings.SetItem(e.FindingId, e.Kind), Viewpoints = state.Viewpoints.SetItem(e.FindingId, e.Viewpoint ?? state.Viewpoints.GetValueOrDefault(e.FindingId)) },
        (not null, WorkshopProposalMade e) => state.Recorded(e.On) with
        {
            Proposals = state.Proposals.SetItem(e.ProposalId, e.FindingId),
            ProposalFindingWorkshops = e.FindingWorkshopId is { } elsewhere ? state.ProposalFindingWorkshops.SetItem(e.ProposalId, elsewhere) : state.ProposalFindingWorkshops,
        },
        (not null, WorkshopAdoptedStrategicTask e) => state.Recorded(e.On) with { AdoptedTasks = state.AdoptedTasks.Add(e.TaskId), Adoptions = state.Adoptions.Add(e) },
        (not null, WorkshopCorrected e) => state with
        {
            On = e.HeldOn,
            Kind = e.Kind,
            Scope = e.Scope,
            DivisionId = e.DivisionId,
            DivisionName = e.DivisionName,
            CounterpartDepartment = e.CounterpartDepartment,
            Participants = e.Participants,
            ReviewedMonitoringYear = e.ReviewedMonitoringYear,
        },
        (not null, WorkshopWithdrawn e) => state with { WithdrawnOn = e.On },
        (not null, WorkshopOrganiserJoined e) => state with { Organisers = state.Organisers.Add(e.PersonId) },
        _ => state,
    };

    /// <summary>The workshop as R4 and R5 read it: its corrected facts, withdrawn or not.</summary>
    public WorkshopFacts ToFacts() => new(Id, Kind, Scope, DivisionId, On, Participants, ReviewedMonitoringYear, CounterpartDepartment, IsWithdrawn);

    /// <summary>The workshop as gates R2 and R3 read it.</summary>
    public Divisions.GateWorkshop ToGateWorkshop() =>
        new(Kind, Scope, DivisionId, On, Adoptions.Select(a => new Divisions.GateAdoption(a.Owner.DivisionId, a.Owner.Joint, a.On)).ToList(), IsWithdrawn);

    private Workshop Recorded(DateOnly on) => this with { EarliestRecordOn = EarliestRecordOn is { } earliest && earliest <= on ? earliest : on };
}
