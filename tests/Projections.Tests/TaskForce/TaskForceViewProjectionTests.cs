using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Projections.TaskForce;
using Hyeopchi.Testing;
using Snapshooter.Xunit;

namespace Hyeopchi.Projections.Tests.TaskForce;

public class TaskForceViewProjectionTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static readonly Guid Civil = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a1");
    private static readonly Guid Admin = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a2");
    private static readonly Guid Council = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a3");
    private static readonly Guid Council2 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a4");

    [Fact]
    public async Task A_tf_from_forming_to_enactment_keeps_members_meetings_every_draft_and_each_council_decision()
    {
        var id = Guid.Parse("0196a1b2-0000-7000-8000-0000000000f1");
        await fixture.Append(id, "kim.coordinator",
            new TaskForceCreated(id, "협치 조례 민관의 합동 TF", new DateOnly(2027, 3, 2)),
            new TaskForceMemberAdded(id, Civil, "김하늘", Sector.Civil, "성북구마을사회적경제센터", new DateOnly(2027, 3, 2)),
            new TaskForceMemberAdded(id, Admin, "서유나", Sector.Administration, "성북구청 자치행정과", new DateOnly(2027, 3, 2)),
            new TaskForceMemberAdded(id, Council, "장민서", Sector.Council, "성북구의회", new DateOnly(2027, 3, 3)),
            new TaskForceMemberAdded(id, Council2, "임은우", Sector.Council, "성북구의회", new DateOnly(2027, 3, 3)),
            new TaskForceFormed(id, Enum.GetValues<Sector>(), 4, new DateOnly(2027, 3, 20)),
            new TaskForceMeetingHeld(id, 1, "조례 구성 검토", [Civil, Admin, Council], "3장 구성으로 합의", new DateOnly(2027, 3, 27)),
            new OrdinanceDraftRecorded(id, 1, "제1조(목적)", null, new DateOnly(2027, 4, 10)));
        await fixture.Append(id, "park.coordinator",
            new OrdinanceDraftRecorded(id, 2, "제1조(목적)\n제2조(정의)", "정의 조항 추가", new DateOnly(2027, 5, 8)),
            new OrdinanceDraftSubmitted(id, 2, new DateOnly(2027, 6, 1)),
            new OrdinanceDraftRejected(id, 2, ["협치회의 구성 조항 필요"], new DateOnly(2027, 6, 20)),
            new TaskForceMemberRemoved(id, Council2, "임은우", Sector.Council, "상임위 변경", new DateOnly(2027, 6, 25)),
            new OrdinanceDraftRecorded(id, 3, "제1조(목적)\n제2조(정의)\n제3조(협치회의)", "협치회의 조항 추가", new DateOnly(2027, 7, 1)),
            new OrdinanceDraftSubmitted(id, 3, new DateOnly(2027, 7, 5)),
            new OrdinanceEnacted(id, 3, "제1401호", new DateOnly(2027, 9, 30)));

        await using var session = fixture.Store.QuerySession();
        var view = await session.LoadAsync<TaskForceView>(id);

        Assert.NotNull(view);
        Assert.Equal(15, view!.Version);
        Assert.Equal("enacted", view.Status);
        Assert.Equal([1, 2, 3], view.Drafts.Select(d => d.Version));
        Assert.Equal(["kim.coordinator", "park.coordinator", "park.coordinator"], view.Drafts.Select(d => d.Actor));
        Assert.Equal(["rejected", "enacted"], view.Submissions.Select(s => s.Outcome));
        Snapshot.Match(view);
    }

    [Fact]
    public async Task The_decision_state_is_folded_live_and_not_stored()
    {
        var id = Guid.Parse("0196a1b2-0000-7000-8000-0000000000f2");
        await fixture.Append(id, "kim.coordinator",
            new TaskForceCreated(id, "TF", new DateOnly(2027, 3, 2)),
            new TaskForceMemberAdded(id, Civil, "김하늘", Sector.Civil, null, new DateOnly(2027, 3, 2)));

        await using var session = fixture.Store.QuerySession();
        var state = await session.Events.AggregateStreamAsync<JointTaskForce>(id);

        Assert.Equal([Sector.Administration, Sector.Council], state!.MissingSectors());
        Assert.Null(await session.LoadAsync<JointTaskForce>(id));
    }
}
