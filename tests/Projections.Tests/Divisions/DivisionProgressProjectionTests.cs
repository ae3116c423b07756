using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Testing;
using Snapshooter.Xunit;

namespace Hyeopchi.Projections.Tests.Divisions;

public class DivisionProgressProjectionTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static readonly Guid ChairId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000c1");

    [Fact]
    public async Task A_division_moving_through_its_stages_keeps_each_change_with_its_actor_and_reason()
    {
        var id = Guid.Parse("0196a1b2-0000-7000-8000-0000000000d1");
        await fixture.Append(id, "kim.coordinator",
            new DivisionRegistered(id, "환경분과", "환경", new DateOnly(2027, 3, 20)),
            new DivisionChairAppointed(id, ChairId, "이서연", new DateOnly(2027, 3, 20)),
            new DivisionMemberJoined(id, "성북환경운동연합", Sector.Civil, new DateOnly(2027, 3, 20)),
            new DivisionMemberJoined(id, "마을공동체 숲", Sector.Civil, new DateOnly(2027, 4, 2)),
            new DivisionMemberJoined(id, "성북구청 기후환경과", Sector.Administration, new DateOnly(2027, 4, 9)),
            new DivisionVisionStated(id, "탄소중립 마을을 주민이 함께 만든다", null, Stage.InternalOrganisation, new DateOnly(2027, 4, 20)));
        await fixture.Append(id, "park.coordinator",
            new DivisionStageAdvanced(id, Stage.InternalOrganisation, Stage.CivilGovernmentCooperation, "민/민 워크숍에서 과제 채택", ["gate"], new DateOnly(2027, 11, 3)));
        await fixture.Append(id, "lee.admin",
            new DivisionStageReverted(id, Stage.CivilGovernmentCooperation, Stage.InternalOrganisation, "정기 회의가 6개월간 열리지 않음", new DateOnly(2028, 6, 30)));

        await using var session = fixture.Store.QuerySession();
        var progress = await session.LoadAsync<DivisionProgress>(id);

        Assert.NotNull(progress);
        Assert.Equal(8, progress!.Version);
        Assert.Equal("탄소중립 마을을 주민이 함께 만든다", Assert.Single(progress.Visions).Statement);
        Assert.Equal(["kim.coordinator", "park.coordinator", "lee.admin"], progress.StageHistory.Select(h => h.Actor));
        Snapshot.Match(progress);
    }

    [Fact]
    public async Task The_decision_state_is_folded_live_from_the_same_events()
    {
        var id = Guid.Parse("0196a1b2-0000-7000-8000-0000000000d2");
        await fixture.Append(id, "kim.coordinator",
            new DivisionRegistered(id, "복지분과", "복지", new DateOnly(2027, 3, 20)),
            new DivisionChairAppointed(id, ChairId, "이서연", new DateOnly(2027, 3, 21)));

        await using var session = fixture.Store.QuerySession();
        var state = await session.Events.AggregateStreamAsync<Division>(id);

        Assert.Equal(ChairId, state!.ChairId);
        Assert.Null(await session.LoadAsync<Division>(id));
    }
}
