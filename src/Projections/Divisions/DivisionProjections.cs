using Hyeopchi.Domain.Divisions;
using JasperFx.Events;
using Marten.Events.Aggregation;
using JasperFx;

namespace Hyeopchi.Projections.Divisions;

/// <summary>The division's decision state, folded live from its stream whenever a command needs it.</summary>
public partial class DivisionStateProjection : SingleStreamProjection<Division, Guid>
{
    public override Division? Evolve(Division? snapshot, Guid id, IEvent e) => Division.Evolve(snapshot, e.Data);
}

public sealed record StageChange(int Stage, DateOnly On, string? Reason, string? Actor, string Change);

public sealed record ChairView(Guid PersonId, string Name, DateOnly Since);

/// <summary>A vision statement (비전) as the division stated it: at which stage, on which day, by whom and, for a restatement, why.</summary>
public sealed record VisionStatement(string Statement, string? Reason, int AtStage, DateOnly On, string? Actor);

public sealed record FormerChair(Guid PersonId, string Name, DateOnly Since, DateOnly SteppedDownOn, string Reason);

/// <summary>분과 진행 현황: a division's stage, since when, who moved it and why.</summary>
public sealed class DivisionProgress : IRevisioned
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Field { get; set; } = "";
    public DateOnly RegisteredOn { get; set; }
    public int Stage { get; set; }
    public DateOnly StageSince { get; set; }
    public ChairView? Chair { get; set; }
    /// <summary>Every membership, with the date each member left (if it has): the history stays (R10).</summary>
    public List<DivisionMember> Members { get; set; } = [];

    /// <summary>The members that have not left.</summary>
    public List<DivisionMember> CurrentMembers => Members.Where(m => m.Left is null).ToList();

    /// <summary>Chairs who stepped down, with the date and reason.</summary>
    public List<FormerChair> FormerChairs { get; set; } = [];
    public List<StageChange> StageHistory { get; set; } = [];

    /// <summary>Every vision statement, oldest first; the last is the division's vision.</summary>
    public List<VisionStatement> Visions { get; set; } = [];
    public int Version { get; set; }
}

public partial class DivisionProgressProjection : SingleStreamProjection<DivisionProgress, Guid>
{
    /// <summary>Only the events it folds: a rebuild then reads just these, and inline skips other streams.</summary>
    public DivisionProgressProjection()
    {
        IncludeType<DivisionRegistered>();
        IncludeType<DivisionChairAppointed>();
        IncludeType<DivisionMemberJoined>();
        IncludeType<DivisionIndividualMemberJoined>();
        IncludeType<DivisionMemberLeft>();
        IncludeType<DivisionChairSteppedDown>();
        IncludeType<DivisionStageAdvanced>();
        IncludeType<DivisionStageReverted>();
        IncludeType<DivisionVisionStated>();
    }

    public override DivisionProgress? Evolve(DivisionProgress? snapshot, Guid id, IEvent e)
    {
        switch (e.Data)
        {
            case DivisionRegistered registered:
                return new DivisionProgress
                {
                    Id = registered.DivisionId,
                    Name = registered.Name,
                    Field = registered.Field,
                    RegisteredOn = registered.On,
                    Stage = (int)Stage.InternalOrganisation,
                    StageSince = registered.On,
                    StageHistory = [new StageChange((int)Stage.InternalOrganisation, registered.On, null, e.UserName, "registered")],
                };
            case DivisionChairAppointed chair when snapshot is not null:
                snapshot.Chair = new ChairView(chair.PersonId, chair.PersonName, chair.On);
                return snapshot;
            case DivisionMemberJoined member when snapshot is not null:
                snapshot.Members.Add(new DivisionMember(member.Organisation, member.Sector, member.On));
                return snapshot;
            case DivisionIndividualMemberJoined individual when snapshot is not null:
                snapshot.Members.Add(new DivisionMember(individual.PersonName, individual.Sector, individual.On) { PersonId = individual.PersonId });
                return snapshot;
            case DivisionMemberLeft left when snapshot is not null:
                var index = snapshot.Members.FindLastIndex(m => m.Left is null && m.Organisation == left.Organisation);
                if (index >= 0) snapshot.Members[index] = snapshot.Members[index] with { Left = left.On, LeftReason = left.Reason };
                return snapshot;
            case DivisionChairSteppedDown stepped when snapshot?.Chair is { } chair && chair.PersonId == stepped.PersonId:
                snapshot.FormerChairs.Add(new FormerChair(chair.PersonId, chair.Name, chair.Since, stepped.On, stepped.Reason));
                snapshot.Chair = null;
                return snapshot;
            case DivisionStageAdvanced advanced when snapshot is not null:
                return MoveTo(snapshot, advanced.To, advanced.On, advanced.Reason, e.UserName, "advanced");
            case DivisionStageReverted reverted when snapshot is not null:
                return MoveTo(snapshot, reverted.To, reverted.On, reverted.Reason, e.UserName, "reverted");
            case DivisionVisionStated vision when snapshot is not null:
                snapshot.Visions.Add(new VisionStatement(vision.Statement, vision.Reason, (int)vision.AtStage, vision.On, e.UserName));
                return snapshot;
            default:
                return snapshot;
        }
    }

    private static DivisionProgress MoveTo(DivisionProgress progress, Stage stage, DateOnly on, string? reason, string? actor, string change)
    {
        progress.Stage = (int)stage;
        progress.StageSince = on;
        progress.StageHistory.Add(new StageChange((int)stage, on, reason, actor, change));
        return progress;
    }
}
