using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Meetings;
using NetworkState = Hyeopchi.Domain.Network.Network;
using Hyeopchi.Domain.Network;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Projections.Meetings;
using Hyeopchi.Projections.Workshops;
using Hyeopchi.Testing;
using Marten;
using Snapshooter.Xunit;

namespace Hyeopchi.Projections.Tests.Workshops;

/// <summary>
/// The yearly obligations and the gate facts read from workshops and meetings, over a multi-year
/// history entered out of business-date order, against the real PostgreSQL.
/// </summary>
public class ComplianceProjectionTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static Guid G(int n) => Guid.Parse($"0196a1b2-0000-7000-8000-{n:000000000000}");

    private static readonly Guid Care = G(901);
    private static readonly Guid Environment = G(902);
    private static readonly Guid Late = G(903);
    private static readonly Participant Civil = new(G(801), "윤수아", Sector.Civil, null, "성북돌봄네트워크");
    private static readonly Participant Chief = new(G(802), "서유나", Sector.Administration, Rank.SectionChiefOrAbove, "성북구청 자치행정과");
    private static readonly Participant Officer = new(G(803), "권준서", Sector.Administration, Rank.WorkingLevel, "성북구청 복지정책과");

    private static WorkshopHeld Held(int id, WorkshopKind kind, Guid? division, string on, int? reviewed, params Participant[] participants) =>
        new(G(id), kind, division is null ? WorkshopScope.Network : WorkshopScope.Division, division, division is null ? null : "분과",
            division is not null && kind == WorkshopKind.CivilGovernment ? "성북구청 복지정책과" : null, null,
            participants, ["협치의 개념"], reviewed, DateOnly.Parse(on));

    /// <summary>2027–2028 of a small network, recorded deliberately out of order: the 2028 history first, then 2027, the launch last.</summary>
    private async Task GivenAHistory()
    {
        await using (var session = fixture.Store.QuerySession())
        {
            if (await session.LoadAsync<NetworkState>(NetworkState.StreamId) is not null) return; // the class's tests share one history
        }

        var on = new DateOnly(2027, 3, 22);
        await fixture.Append(G(100), "coordinator", Held(100, WorkshopKind.CivilCivil, Care, "2028-05-02", 2027, Civil));
        await fixture.Append(G(101), "coordinator", Held(101, WorkshopKind.CivilGovernment, Care, "2028-09-14", null, Civil, Officer));
        await fixture.Append(G(102), "coordinator", Held(102, WorkshopKind.CivilCivil, null, "2028-04-20", 2027, Civil));
        await fixture.Append(G(1), "coordinator",
            Held(1, WorkshopKind.CivilCivil, Care, "2027-06-12", null, Civil),
            new WorkshopFindingRecorded(G(1), G(11), FindingKind.Obstacle, "돌봄 정보가 흩어져 있음", DateOnly.Parse("2027-06-12")),
            new WorkshopProposalMade(G(1), G(12), G(11), "돌봄 정보 지도", DateOnly.Parse("2027-06-12")),
            new WorkshopAdoptedStrategicTask(G(1), G(13), "돌봄 정보 지도 만들기", 2028, StrategicTaskOwner.Division(Care), G(11), G(12), DateOnly.Parse("2027-06-12")));
        await fixture.Append(G(2), "coordinator", Held(2, WorkshopKind.CivilGovernment, Care, "2027-12-31", null, Civil, Chief),
            new WorkshopAdoptedStrategicTask(G(2), G(23), "공동 돌봄 협의체", 2028, StrategicTaskOwner.JointOf(Care), null, null, DateOnly.Parse("2027-12-31")));
        await fixture.Append(G(3), "coordinator", Held(3, WorkshopKind.CivilCivil, null, "2027-05-10", null, Civil));
        await fixture.Append(G(4), "coordinator", Held(4, WorkshopKind.CivilGovernment, null, "2027-11-20", null, Civil, Chief));
        await fixture.Append(G(5), "coordinator", Held(5, WorkshopKind.CivilCivil, Environment, "2027-07-01", null, Civil));
        foreach (var (n, date) in new[] { (61, "2027-03-01"), (62, "2027-08-01"), (63, "2027-10-01"), (64, "2028-01-15"), (65, "2028-02-20") })
        {
            await fixture.Append(G(n), "coordinator", new RegularMeetingHeld(G(n), Care, "돌봄복지분과", n == 63 ? [Civil] : [Civil, Officer], null, DateOnly.Parse(date)));
        }

        await fixture.Append(Late, "coordinator", new DivisionRegistered(Late, "신설분과", "신설", new DateOnly(2028, 1, 1)));
        await fixture.Append(Environment, "coordinator", new DivisionRegistered(Environment, "환경에너지분과", "환경", new DateOnly(2027, 11, 30)),
            new DivisionMemberJoined(Environment, "성북돌봄네트워크", Sector.Civil, new DateOnly(2027, 11, 30)));
        await fixture.Append(Care, "coordinator", new DivisionRegistered(Care, "돌봄복지분과", "돌봄", on),
            new DivisionMemberJoined(Care, "성북돌봄네트워크", Sector.Civil, on));
        await fixture.Append(Domain.Monitoring.MonitoringStreams.Year(2027), "monitor",
            new Domain.Monitoring.MonitoringReportPublished(2027, "2027년 모니터링 보고서", 1, new DateOnly(2028, 1, 10)));
        await fixture.Append(NetworkState.StreamId, "coordinator", new NetworkLaunched(NetworkState.StreamId, "협치성북 민간추진단", "성북구", new DateOnly(2027, 3, 15)));
    }

    private async Task<(YearlyObligations, YearlyObligations)> ReadYears()
    {
        await using var session = fixture.Store.QuerySession();
        return ((await WorkshopReadings.ObligationsAsync(session, 2027, default))!, (await WorkshopReadings.ObligationsAsync(session, 2028, default))!);
    }

    [Fact]
    public async Task The_obligations_of_each_year_come_from_business_dates_whatever_order_the_history_was_entered_in()
    {
        await GivenAHistory();

        var (y2027, y2028) = await ReadYears();

        Snapshot.Match(new { y2027, y2028 });
        Assert.DoesNotContain(y2027.Divisions, d => d.DivisionId == Late);
        Assert.Equal(ObligationStatus.Missing, y2027.Divisions.Single(d => d.DivisionId == Care).Obligations.Single(o => o.Rule == Compliance.DivisionCivilGovernment).Status);
        Assert.Equal(ObligationStatus.Flagged, y2028.Divisions.Single(d => d.DivisionId == Care).Obligations.Single(o => o.Rule == Compliance.MonitoringReviewed).Status);
    }

    [Fact]
    public async Task Before_the_launch_year_the_network_owes_nothing()
    {
        await GivenAHistory();
        await using var session = fixture.Store.QuerySession();

        Assert.Null(await WorkshopReadings.ObligationsAsync(session, 2026, default));
    }

    [Theory]
    [InlineData("2027-06-11", false, 1, false)] // the day before the civil–civil workshop
    [InlineData("2027-06-12", true, 1, false)] // the same day
    [InlineData("2027-12-31", true, 2, true)] // the joint task adopted on 31 December
    [InlineData("2028-02-20", true, 4, true)] // last year's workshop still counts; the meeting without administration does not
    [InlineData("2028-03-01", true, 3, true)] // the meeting exactly 12 months before falls out
    [InlineData("2028-09-01", true, 2, true)] // 12 months back from 1 September: the March and August 2027 meetings fall out
    [InlineData("2029-01-01", false, 2, true)] // the 2027 workshop is two years back
    public async Task The_gate_facts_of_a_division_are_read_as_of_a_date(string on, bool civilCivil, int meetings, bool joint)
    {
        await GivenAHistory();
        await using var session = fixture.Store.QuerySession();

        var facts = await WorkshopReadings.GateFactsAsync(session, Care, DateOnly.Parse(on), default);

        Assert.Equal(new GateFacts(civilCivil, meetings, joint, false), facts);
    }

    [Fact]
    public async Task Rebuilding_the_workshop_and_meeting_read_models_from_the_events_gives_the_same_answers()
    {
        await GivenAHistory();
        var before = await ReadYears();
        await using (var session = fixture.Store.QuerySession())
        {
            Assert.NotEmpty(await session.Query<WorkshopView>().ToListAsync());
        }

        await fixture.Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(WorkshopView));
        await fixture.Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(MeetingView));
        await using (var session = fixture.Store.QuerySession())
        {
            Assert.Empty(await session.Query<WorkshopView>().ToListAsync());
        }

        using var daemon = await fixture.Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<WorkshopViewProjection>(CancellationToken.None);
        await daemon.RebuildProjectionAsync<MeetingViewProjection>(CancellationToken.None);

        var after = await ReadYears();
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(before), System.Text.Json.JsonSerializer.Serialize(after));
        await using var check = fixture.Store.QuerySession();
        Assert.Equal(2, (await check.LoadAsync<WorkshopView>(G(1)))!.Findings.Count + (await check.LoadAsync<WorkshopView>(G(1)))!.Proposals.Count);
    }
}

public class WorkshopViewProjectionTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static Guid G(int n) => Guid.Parse($"0196a1b2-0000-7000-8000-{n:000000000000}");

    [Fact]
    public async Task A_workshop_keeps_its_participants_findings_with_corrections_proposals_and_decisions()
    {
        var id = G(1);
        var on = new DateOnly(2027, 9, 3);
        await fixture.Append(id, "kim.coordinator",
            new WorkshopHeld(id, WorkshopKind.CivilGovernment, WorkshopScope.Division, G(9), "돌봄복지분과", "복지정책과", "돌봄 민/관 워크숍",
                [new Participant(G(8), "권준서", Sector.Administration, Rank.WorkingLevel, "성북구청 복지정책과")], ["협치 사례"], null, on),
            new WorkshopFindingRecorded(id, G(11), FindingKind.Obstacle, "오기", on, Viewpoint.Civil),
            new WorkshopProposalMade(id, G(12), G(11), "돌봄 정보 지도", on),
            new WorkshopAdoptedStrategicTask(id, G(13), "공동 돌봄 협의체", 2028, StrategicTaskOwner.JointOf(G(9)), G(11), G(12), on));
        await fixture.Append(id, "park.coordinator",
            new WorkshopFindingCorrected(id, G(11), FindingKind.SteppingStone, "주민 돌봄 모임이 이미 있음", "걸림돌이 아니라 디딤돌", on.AddDays(2)),
            new WorkshopOrganiserJoined(id, G(8), "권준서", "장소·섭외", on.AddDays(-20)));

        await using var session = fixture.Store.QuerySession();
        var view = await session.LoadAsync<WorkshopView>(id);

        Assert.Equal(6, view!.Version);
        Assert.Equal(FindingKind.SteppingStone, view.Findings.Single().Kind);
        Assert.Equal("권준서", view.OrganisingTeam.Single().Name);
        Snapshot.Match(view);
    }
}
