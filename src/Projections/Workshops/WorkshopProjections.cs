using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Workshops;
using JasperFx;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Hyeopchi.Projections.Workshops;

/// <summary>The workshop's decision state, folded live from its stream whenever a command needs it.</summary>
public partial class WorkshopStateProjection : SingleStreamProjection<Workshop, Guid>
{
    public override Workshop? Evolve(Workshop? snapshot, Guid id, IEvent e) => Workshop.Evolve(snapshot, e.Data);
}

public sealed record WorkshopCorrectionView(IReadOnlyList<string> Corrects, string Reason, DateOnly On, string? Actor);

public sealed record FindingCorrection(FindingKind Kind, string Text, string Reason, DateOnly On, string? Actor, Viewpoint? Viewpoint = null);

public sealed class FindingView
{
    public Guid Id { get; set; }
    public FindingKind Kind { get; set; }

    /// <summary>Whose view it is; null on findings recorded before viewpoints were kept.</summary>
    public Viewpoint? Viewpoint { get; set; }
    public string Text { get; set; } = "";
    public DateOnly On { get; set; }
    public string? RecordedBy { get; set; }
    public List<FindingCorrection> Corrections { get; set; } = [];
}

/// <summary>A proposal; <see cref="FindingWorkshopId"/> names the division workshop whose finding an integrated proposal answers.</summary>
public sealed record ProposalView(Guid Id, Guid? FindingId, string Text, DateOnly On, string? RecordedBy, Guid? FindingWorkshopId = null);

public sealed record AdoptedTaskView(Guid TaskId, string Title, int Year, Guid? DivisionId, bool Joint, Guid? FindingId, Guid? ProposalId, DateOnly On, string? RecordedBy);

/// <summary>
/// 워크숍: one workshop with everything it found, proposed and decided. It stores dated facts only
/// (the year is the year of its business date); the year's obligations are computed from these on read.
/// </summary>
public sealed record WorkshopOrganiserView(Guid PersonId, string Name, string? Role, DateOnly On);

public sealed class WorkshopView : IRevisioned
{
    public Guid Id { get; set; }
    public WorkshopKind Kind { get; set; }
    public WorkshopScope Scope { get; set; }
    public Guid? DivisionId { get; set; }
    public string? DivisionName { get; set; }
    public string? CounterpartDepartment { get; set; }
    public string? Title { get; set; }
    public DateOnly On { get; set; }
    public int Year { get; set; }
    public List<Participant> Participants { get; set; } = [];
    public List<string> EducationTopics { get; set; } = [];
    public int? ReviewedMonitoringYear { get; set; }
    public List<FindingView> Findings { get; set; } = [];
    public List<ProposalView> Proposals { get; set; } = [];
    public List<AdoptedTaskView> AdoptedTasks { get; set; } = [];

    /// <summary>The workshop's organising team (추진팀), in the order they joined.</summary>
    public List<WorkshopOrganiserView> OrganisingTeam { get; set; } = [];
    public string? RecordedBy { get; set; }
    public int Version { get; set; }

    /// <summary>Each correction of the workshop's own facts (R10); the fields above hold the corrected facts.</summary>
    public List<WorkshopCorrectionView> Corrections { get; set; } = [];

    /// <summary>Set when the workshop was withdrawn as entered by mistake: it counts for no rule.</summary>
    public DateOnly? WithdrawnOn { get; set; }

    public string? WithdrawalReason { get; set; }

    public WorkshopFacts ToFacts() => new(Id, Kind, Scope, DivisionId, On, Participants, ReviewedMonitoringYear, CounterpartDepartment, WithdrawnOn is not null);

    public GateWorkshop ToGateWorkshop() =>
        new(Kind, Scope, DivisionId, On, AdoptedTasks.Select(t => new GateAdoption(t.DivisionId, t.Joint, t.On)).ToList(), WithdrawnOn is not null);
}

public partial class WorkshopViewProjection : SingleStreamProjection<WorkshopView, Guid>
{
    /// <summary>Only the events it folds: a rebuild then reads just these, and inline skips other streams.</summary>
    public WorkshopViewProjection()
    {
        IncludeType<WorkshopHeld>();
        IncludeType<WorkshopFindingRecorded>();
        IncludeType<WorkshopFindingCorrected>();
        IncludeType<WorkshopProposalMade>();
        IncludeType<WorkshopAdoptedStrategicTask>();
        IncludeType<WorkshopCorrected>();
        IncludeType<WorkshopWithdrawn>();
        IncludeType<WorkshopOrganiserJoined>();
    }

    public override WorkshopView? Evolve(WorkshopView? snapshot, Guid id, IEvent e)
    {
        switch (e.Data)
        {
            case WorkshopHeld held:
                return new WorkshopView
                {
                    Id = held.WorkshopId,
                    Kind = held.Kind,
                    Scope = held.Scope,
                    DivisionId = held.DivisionId,
                    DivisionName = held.DivisionName,
                    CounterpartDepartment = held.CounterpartDepartment,
                    Title = held.Title,
                    On = held.On,
                    Year = held.On.Year,
                    Participants = held.Participants.ToList(),
                    EducationTopics = held.EducationTopics.ToList(),
                    ReviewedMonitoringYear = held.ReviewedMonitoringYear,
                    RecordedBy = e.UserName,
                };
            case WorkshopFindingRecorded finding when snapshot is not null:
                snapshot.Findings.Add(new FindingView { Id = finding.FindingId, Kind = finding.Kind, Viewpoint = finding.Viewpoint, Text = finding.Text, On = finding.On, RecordedBy = e.UserName });
                return snapshot;
            case WorkshopFindingCorrected corrected when snapshot?.Findings.Find(f => f.Id == corrected.FindingId) is { } target:
                target.Kind = corrected.Kind;
                // A correction recorded before viewpoints were kept says nothing of it: the finding keeps its own.
                target.Viewpoint = corrected.Viewpoint ?? target.Viewpoint;
                target.Text = corrected.Text;
                target.Corrections.Add(new FindingCorrection(corrected.Kind, corrected.Text, corrected.Reason, corrected.On, e.UserName, corrected.Viewpoint));
                return snapshot;
            case WorkshopProposalMade proposal when snapshot is not null:
                snapshot.Proposals.Add(new ProposalView(proposal.ProposalId, proposal.FindingId, proposal.Text, proposal.On, e.UserName, proposal.FindingWorkshopId));
                return snapshot;
            case WorkshopAdoptedStrategicTask task when snapshot is not null:
                snapshot.AdoptedTasks.Add(new AdoptedTaskView(task.TaskId, task.Title, task.Year, task.Owner.DivisionId, task.Owner.Joint,
                    task.FindingId, task.ProposalId, task.On, e.UserName));
                return snapshot;
            case WorkshopCorrected corrected when snapshot is not null:
                snapshot.On = corrected.HeldOn;
                snapshot.Year = corrected.HeldOn.Year;
                snapshot.Kind = corrected.Kind;
                snapshot.Scope = corrected.Scope;
                snapshot.DivisionId = corrected.DivisionId;
                snapshot.DivisionName = corrected.DivisionName;
                snapshot.CounterpartDepartment = corrected.CounterpartDepartment;
                snapshot.Participants = corrected.Participants.ToList();
                snapshot.ReviewedMonitoringYear = corrected.ReviewedMonitoringYear;
                snapshot.Corrections.Add(new WorkshopCorrectionView(corrected.Corrects, corrected.Reason, corrected.On, e.UserName));
                return snapshot;
            case WorkshopWithdrawn withdrawn when snapshot is not null:
                snapshot.WithdrawnOn = withdrawn.On;
                snapshot.WithdrawalReason = withdrawn.Reason;
                return snapshot;
            case WorkshopOrganiserJoined joined when snapshot is not null:
                snapshot.OrganisingTeam.Add(new WorkshopOrganiserView(joined.PersonId, joined.PersonName, joined.Role, joined.On));
                return snapshot;
            default:
                return snapshot;
        }
    }
}
