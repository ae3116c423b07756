using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Domain.Meetings;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.Network;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.Expos;
using Hyeopchi.Projections.Meetings;
using Hyeopchi.Projections.Monitoring;
using Hyeopchi.Projections.Workshops;
using Hyeopchi.Testing;
using Marten;
using NetworkState = Hyeopchi.Domain.Network.Network;

namespace Hyeopchi.Projections.Tests.Corrections;

/// <summary>
/// R10 against the real PostgreSQL: the read models fold corrections and withdrawals, and the rules
/// read the corrected facts (a corrected date moves a workshop to its year, a withdrawn one stops
/// counting, a withdrawn evaluation leaves the year-over-year means).
/// </summary>
public class CorrectedFactsProjectionTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static Guid G(int n) => Guid.Parse($"0196a1b2-0000-7000-8000-0000000a{n:0000}");

    private static readonly Guid Care = G(1);
    private static readonly DateOnly Registered = new(2027, 3, 22);
    private static readonly Participant Civil = new(G(2), "윤수아", Sector.Civil, null, "성북돌봄네트워크");
    private static readonly Participant Officer = new(G(3), "권준서", Sector.Administration, Rank.WorkingLevel, "성북구청 복지정책과");

    private async Task GivenTheNetworkAndCare()
    {
        await using (var session = fixture.Store.QuerySession())
        {
            if (await session.LoadAsync<NetworkState>(NetworkState.StreamId) is not null) return;
        }

        await fixture.Append(NetworkState.StreamId, "admin", new NetworkLaunched(NetworkState.StreamId, "협치성북 민간추진단", "성북구", new DateOnly(2027, 3, 15)));
        await fixture.Append(Care, "coordinator",
            new DivisionRegistered(Care, "돌봄복지분과", "돌봄", Registered),
            new DivisionMemberJoined(Care, "성북돌봄네트워크", Sector.Civil, Registered));
    }

    private static Obligation Of(YearlyObligations year, string rule) =>
        year.Divisions.Single(d => d.DivisionId == Care).Obligations.Single(o => o.Rule == rule);

    private async Task<YearlyObligations> Obligations(int year)
    {
        await using var session = fixture.Store.QuerySession();
        return (await WorkshopReadings.ObligationsAsync(session, year, default))!;
    }

    [Fact]
    public async Task A_corrected_date_moves_a_workshop_to_its_year_and_a_withdrawn_one_counts_nowhere()
    {
        await GivenTheNetworkAndCare();
        var id = G(10);
        var held = new WorkshopHeld(id, WorkshopKind.CivilCivil, WorkshopScope.Division, Care, "돌봄복지분과", null, null, [Civil], [], null, new DateOnly(2028, 6, 12));
        await fixture.Append(id, "coordinator", held);
        Assert.Equal(ObligationStatus.Met, Of(await Obligations(2028), Compliance.DivisionCivilCivil).Status);

        await fixture.Append(id, "coordinator", new WorkshopCorrected(id, new DateOnly(2027, 6, 12), WorkshopKind.CivilCivil, WorkshopScope.Division, Care, "돌봄복지분과",
            null, [Civil], null, ["heldOn"], "연도 입력 오류", new DateOnly(2028, 7, 1)));

        await using (var session = fixture.Store.QuerySession())
        {
            var view = (await session.LoadAsync<WorkshopView>(id))!;
            Assert.Equal(2027, view.Year);
            Assert.Equal(["heldOn"], Assert.Single(view.Corrections).Corrects);
            Assert.Equal("coordinator", view.Corrections[0].Actor);
        }

        Assert.Equal(ObligationStatus.Missing, Of(await Obligations(2028), Compliance.DivisionCivilCivil).Status);
        Assert.Equal(ObligationStatus.Met, Of(await Obligations(2027), Compliance.DivisionCivilCivil).Status);

        await fixture.Append(id, "coordinator", new WorkshopWithdrawn(id, [], "중복 입력", new DateOnly(2028, 7, 2)));

        Assert.Equal(ObligationStatus.Missing, Of(await Obligations(2027), Compliance.DivisionCivilCivil).Status);
    }

    [Fact]
    public async Task A_withdrawn_workshop_no_longer_opens_gate_R2_and_a_withdrawn_meeting_no_longer_counts_for_R3()
    {
        await GivenTheNetworkAndCare();
        var workshop = G(20);
        var on = new DateOnly(2028, 12, 1);
        await fixture.Append(workshop, "coordinator",
            new WorkshopHeld(workshop, WorkshopKind.CivilCivil, WorkshopScope.Division, Care, "돌봄복지분과", null, null, [Civil], [], 2027, new DateOnly(2028, 5, 2)),
            new WorkshopAdoptedStrategicTask(workshop, G(21), "돌봄 정보 지도", 2029, StrategicTaskOwner.Division(Care), null, null, new DateOnly(2028, 5, 2)));
        foreach (var n in new[] { 30, 31 })
            await fixture.Append(G(n), "coordinator", new RegularMeetingHeld(G(n), Care, "돌봄복지분과", [Civil, Officer], null, new DateOnly(2028, n - 22, 10)));

        GateFacts before, after;
        await using (var session = fixture.Store.QuerySession()) before = await WorkshopReadings.GateFactsAsync(session, Care, on, default);

        await fixture.Append(workshop, "coordinator", new WorkshopWithdrawn(workshop, [G(21)], "다른 분과 워크숍", on));
        await fixture.Append(G(30), "coordinator", new RegularMeetingWithdrawn(G(30), "중복 입력", on));
        await using (var session = fixture.Store.QuerySession())
        {
            after = await WorkshopReadings.GateFactsAsync(session, Care, on, default);
            var meeting = (await session.LoadAsync<MeetingView>(G(30)))!;
            Assert.Equal("중복 입력", meeting.WithdrawalReason);
        }

        Assert.True(before.CivilCivilWorkshopAdoptedTaskThisOrLastYear);
        Assert.False(after.CivilCivilWorkshopAdoptedTaskThisOrLastYear);
        Assert.Equal(before.RegularMeetingsWithAdministrationInLast12Months - 1, after.RegularMeetingsWithAdministrationInLast12Months);
    }

    [Fact]
    public async Task Only_the_designated_joint_TF_counts_for_R3_until_it_is_dissolved()
    {
        var tf = G(40);
        var on = new DateOnly(2028, 6, 1);
        await fixture.Append(tf, "coordinator", new TaskForceCreated(tf, "협치 조례 합동 TF", new DateOnly(2028, 1, 2)),
            new TaskForceFormed(tf, Enum.GetValues<Sector>(), 3, new DateOnly(2028, 2, 1)));

        async Task<bool> Formed()
        {
            await using var session = fixture.Store.QuerySession();
            return await WorkshopReadings.JointTaskForceFormedAsync(session, on, default);
        }

        Assert.False(await Formed());
        await fixture.Append(tf, "coordinator", new TaskForceDesignated(tf, null, "합의", new DateOnly(2028, 2, 2)));
        Assert.True(await Formed());
        await fixture.Append(tf, "coordinator", new TaskForceDissolved(tf, "해산", new DateOnly(2028, 5, 1)));
        Assert.False(await Formed());
    }

    [Fact]
    public async Task A_corrected_evaluation_changes_the_year_over_year_mean_and_a_withdrawn_one_leaves_it()
    {
        var year = MonitoringStreams.Year(2029);
        var division = G(50);
        IndicatorResult Score(decimal s) => new("P1", IndicatorKind.Quantitative, s, null);
        var on = new DateOnly(2029, 10, 1);
        await fixture.Append(year, "monitor",
            new MonitorAppointed(2029, G(51), "한지호", null, on),
            new EvaluationRecorded(G(52), 2029, G(51), division, null, null, [Score(40)], on),
            new EvaluationRecorded(G(53), 2029, G(51), division, null, null, [Score(60)], on));

        async Task<IndicatorYearScore> Row()
        {
            await using var session = fixture.Store.QuerySession();
            return (await session.LoadAsync<IndicatorYearScore>(IndicatorYearScore.KeyOf(division, "P1", 2029)))!;
        }

        Assert.Equal((100m, 2), ((await Row()).Sum, (await Row()).Count));
        await fixture.Append(year, "monitor", new EvaluationCorrected(2029, G(52), division, [Score(40)], [Score(50)], "집계 오류", on));
        Assert.Equal((110m, 2), ((await Row()).Sum, (await Row()).Count));
        await fixture.Append(year, "monitor", new EvaluationWithdrawn(2029, G(53), division, [Score(60)], "다른 분과 평가", on));
        Assert.Equal((50m, 1), ((await Row()).Sum, (await Row()).Count));

        await using var query = fixture.Store.QuerySession();
        var view = (await query.LoadAsync<MonitoringYearView>(year))!;
        Assert.Equal(G(52), Assert.Single(view.Evaluations).Id);
        Assert.Equal(50, view.Evaluations[0].Indicators.Single().Score);
        Assert.Equal(G(53), Assert.Single(view.WithdrawnEvaluations).Id);
    }

    [Fact]
    public async Task A_withdrawn_exhibit_leaves_the_catalogue_and_a_departed_member_keeps_its_dates()
    {
        var expo = Expo.StreamIdFor(2031);
        var day = new DateOnly(2031, 2, 1);
        await fixture.Append(expo, "coordinator",
            new ExpoPlanned(expo, 2031, Expo.DefaultVenue, new DateOnly(2031, 1, 15), new DateOnly(2031, 2, 15), new DateOnly(2031, 3, 6), new DateOnly(2031, 3, 7), new DateOnly(2031, 1, 10)),
            new ExhibitSubmitted(expo, 2031, G(60), "성북구마을사회적경제센터", OrganisationType.Intermediary, "마을기업 협치", "요약", day),
            new ExhibitSubmissionFlagged(expo, 2031, G(60), new DateOnly(2031, 2, 20), new DateOnly(2031, 2, 15), day),
            new ExpoRescheduled(expo, 2031, new ExpoDates(new DateOnly(2031, 1, 15), new DateOnly(2031, 2, 15), new DateOnly(2031, 3, 6), new DateOnly(2031, 3, 7)),
                new ExpoDates(new DateOnly(2031, 1, 15), new DateOnly(2031, 2, 15), new DateOnly(2031, 3, 6), new DateOnly(2031, 3, 8)), "하루 연장", day),
            new ExhibitWithdrawn(expo, 2031, G(60), "성북구마을사회적경제센터", "단체 사정", day));
        var division = G(61);
        await fixture.Append(division, "coordinator",
            new DivisionRegistered(division, "환경분과", "환경", Registered),
            new DivisionMemberJoined(division, "성북환경운동연합", Sector.Civil, Registered),
            new DivisionMemberLeft(division, "성북환경운동연합", "해산", day));

        await using var session = fixture.Store.QuerySession();
        var catalogue = (await session.LoadAsync<ExpoCatalogue>(expo))!;
        Assert.Empty(catalogue.Exhibits);
        var withdrawn = Assert.Single(catalogue.Withdrawn);
        Assert.Equal(("단체 사정", new DateOnly(2031, 2, 20)), (withdrawn.WithdrawalReason, withdrawn.RecordedLateOn));
        Assert.Equal(new DateOnly(2031, 3, 8), catalogue.ClosesOn);
        var progress = (await session.LoadAsync<DivisionProgress>(division))!;
        Assert.Equal(day, Assert.Single(progress.Members).Left);
        Assert.Empty(progress.CurrentMembers);
    }
}
