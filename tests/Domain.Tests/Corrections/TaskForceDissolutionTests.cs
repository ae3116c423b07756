using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.TaskForce;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Corrections;

/// <summary>The network designates its joint TF (one at a time) and may dissolve a TF; R3 and R6 follow.</summary>
public class TaskForceDissolutionTests
{
    private static readonly Guid Tf = Guid.Parse("0196a1b2-0000-7000-8000-0000000004f1");
    private static readonly Guid Previous = Guid.Parse("0196a1b2-0000-7000-8000-0000000004f2");
    private static readonly Guid Civil = Guid.Parse("0196a1b2-0000-7000-8000-0000000004a1");
    private static readonly DateOnly Created = new(2027, 3, 2);
    private static readonly DateOnly Later = new(2027, 9, 1);

    private static readonly object[] Formed =
    [
        new TaskForceCreated(Tf, "협치 조례 합동 TF", Created),
        new TaskForceMemberAdded(Tf, Civil, "김하늘", Sector.Civil, null, Created),
        new TaskForceMemberAdded(Tf, Guid.NewGuid(), "서유나", Sector.Administration, null, Created),
        new TaskForceMemberAdded(Tf, Guid.NewGuid(), "장민서", Sector.Council, null, Created),
        new TaskForceFormed(Tf, Enum.GetValues<Sector>(), 3, Created),
    ];

    private static JointTaskForce Given(params object[] history) => Given<JointTaskForce>(JointTaskForce.Evolve, history);

    private static TaskForceDates Dates(JointTaskForce tf) => new(tf.Id, tf.FormedOn, tf.DesignatedOn is { } d ? [d] : [], tf.DissolvedOn);

    [Fact]
    public void When_a_formed_TF_is_designated_then_R3_counts_it_and_when_it_is_dissolved_R3_no_longer_does()
    {
        var tf = Given(Formed);
        Assert.False(JointTaskForceGate.FormedOn([Dates(tf)], Later));

        var designation = TaskForceDecisions.Designate(tf, Previous, "민·행·의 합의", Created);
        designation.ThenEvents(new TaskForceDesignated(Tf, Previous, "민·행·의 합의", Created));
        var designated = Given([.. Formed, .. designation.Events]);
        Assert.True(JointTaskForceGate.FormedOn([Dates(designated)], Later));
        TaskForceDecisions.Designate(designated, Tf, "again", Later).ThenRefused("R6");

        var dissolution = TaskForceDecisions.Dissolve(designated, "조례 제정 후 해산", Later);
        dissolution.ThenEvents(new TaskForceDissolved(Tf, "조례 제정 후 해산", Later));
        var dissolved = Given([.. Formed, .. designation.Events, .. dissolution.Events]);
        Assert.False(JointTaskForceGate.FormedOn([Dates(dissolved)], Later));
        TaskForceDecisions.Dissolve(dissolved, "again", Later).ThenRefused("R10");
        TaskForceDecisions.RecordDraft(dissolved, "제1조", null, Later).ThenRefused("R6");
        TaskForceDecisions.AddMember(dissolved, Guid.NewGuid(), "x", Sector.Civil, null, Later).ThenRefused("R6");
        TaskForceDecisions.Designate(dissolved, null, "x", Later).ThenRefused("R6");
        TaskForceDecisions.Dissolve(designated, " ", Later).ThenRefused("R10");
    }

    [Fact]
    public void A_TFs_missing_sectors_are_computed_from_its_current_members() =>
        Assert.Equal([Sector.Administration, Sector.Council], JointTaskForce.MissingSectorsOf([Sector.Civil, Sector.Civil]));
}
