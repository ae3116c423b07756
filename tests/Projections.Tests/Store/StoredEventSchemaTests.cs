using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Meetings;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.Network;
using Hyeopchi.Domain.People;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Testing;
using Marten;
using Snapshooter.Xunit;

namespace Hyeopchi.Projections.Tests.Store;

/// <summary>
/// Stored events outlive the code that wrote them (R10): their stored type names and JSON shapes
/// are pinned here, so a rename or a changed field shows up as a failing snapshot, not as history
/// that no longer reads.
/// </summary>
public class StoredEventSchemaTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static readonly Guid Id = Guid.Parse("0196a1b2-0000-7000-8000-000000000001");
    private static readonly DateOnly On = new(2027, 3, 15);

    internal static readonly IDomainEvent[] OneOfEach =
    [
        new NetworkLaunched(Id, "협치성북 민간추진단", "성북구", On),
        new BylawsAdopted(Id, 1, "제1조 (목적) 이 규약은 민간추진단의 운영에 관하여 정한다.", null, On),
        new PersonRegistered(Id, "이서연", Sector.Administration, "성북구청 자치행정과", Rank.SectionChiefOrAbove, On),
        new PersonRankChanged(Id, Rank.WorkingLevel, Rank.SectionChiefOrAbove, "과장 승진", On),
        new PersonErased(Id, "정보주체의 삭제 요구", On),
        new PersonalDataMasked(Id, On),
        new WorkshopHeld(Id, WorkshopKind.CivilGovernment, WorkshopScope.Division, Id, "돌봄복지분과", "복지정책과", "돌봄 민/관 워크숍",
            [new Participant(Id, "권준서", Sector.Administration, Rank.WorkingLevel, "성북구청 복지정책과")], ["협치의 개념과 사례"], 2026, On),
        new WorkshopOrganiserJoined(Id, Id, "윤수아", "진행", On),
        new WorkshopFindingRecorded(Id, Id, FindingKind.Obstacle, "돌봄 정보가 흩어져 있음", On, Viewpoint.Administration),
        new WorkshopFindingCorrected(Id, Id, FindingKind.SteppingStone, "주민 돌봄 모임이 이미 있음", "디딤돌을 걸림돌로 잘못 기록", On, Viewpoint.Shared),
        new WorkshopProposalMade(Id, Id, Id, "돌봄 정보 지도", On, Id),
        new WorkshopAdoptedStrategicTask(Id, Id, "돌봄 정보 지도 만들기", 2028, StrategicTaskOwner.JointOf(Id), Id, Id, On),
        new RegularMeetingHeld(Id, Id, "돌봄복지분과", [new Participant(Id, "윤수아", Sector.Civil, null, "성북돌봄네트워크")], "회의록", On),
        new DivisionRegistered(Id, "환경분과", "환경", On),
        new DivisionChairAppointed(Id, Id, "이서연", On),
        new DivisionMemberJoined(Id, "성북환경운동연합", Sector.Civil, On),
        new DivisionStageAdvanced(Id, Stage.InternalOrganisation, Stage.CivilGovernmentCooperation, "요건 충족", [], On,
            [Condition.Of(ConditionCode.GateChairAppointed), Condition.Of(ConditionCode.GateCivilMemberOrganisations, 3, 3)]),
        new DivisionStageReverted(Id, Stage.CivilGovernmentCooperation, Stage.InternalOrganisation, "활동 중단", On),
        new DivisionVisionStated(Id, "주민이 스스로 결정하는 마을", null, Stage.InternalOrganisation, On),
        new StrategicTaskAdopted(Id, "1인 가구 고립 예방 네트워크", 2028, StrategicTaskOwner.Division(Id), Id, Id, Id, On, Id),
        new TaskForceCreated(Id, "협치 조례 합동 TF", On),
        new TaskForceMemberAdded(Id, Id, "장민서", Sector.Council, "성북구의회", On),
        new TaskForceMemberRemoved(Id, Id, "장민서", Sector.Council, "상임위 변경", On),
        new TaskForceFormed(Id, [Sector.Civil, Sector.Administration, Sector.Council], 3, On),
        new TaskForceMeetingHeld(Id, 1, "조례 구성 검토", [Id], "합의", On),
        new OrdinanceDraftRecorded(Id, 1, "제1조(목적)", "초안", On),
        new OrdinanceDraftSubmitted(Id, 1, On),
        new OrdinanceDraftRejected(Id, 1, ["보완 필요"], On),
        new OrdinanceEnacted(Id, 2, "제1401호", On),
        new ExpoPlanned(Id, 2028, "성북구청 바람마당", On, On, On, On, On),
        new ExpoVenueChanged(Id, 2028, "성북구청 바람마당", "아리랑시네센터", "공사", On),
        new ExpoPlanningTeamMemberJoined(Id, 2028, Id, "김하늘", "팀장", On),
        new ExhibitSubmitted(Id, 2028, Id, "성북구마을사회적경제센터", OrganisationType.Intermediary, "마을기업과 협치", "요약", On),
        new ExhibitAccepted(Id, 2028, Id, On),
        new ExhibitDeclined(Id, 2028, Id, "관련 없음", On),
        new ExhibitPlaced(Id, 2028, Id, PlacementKind.Booth, "부스 A-1", On),
        new ExhibitStaffAssigned(Id, 2028, Id, "김하늘", On, StaffShift.AllDay, On),
        new ExpoOpened(Id, 2028, On),
        new ExpoClosed(Id, 2028, On),
        new ExpoLinkageRecorded(Id, 2028, Id, Id, "길음1동 주민자치회", "공동 판로", On),
        new StrategicTaskOwnerChanged(Id, StrategicTaskOwner.Division(Id), StrategicTaskOwner.JointOf(Id), "민관 공동 추진", On),
        new StrategicTaskMilestoneAdded(Id, Id, "동별 실태 조사", On, 40, On),
        new StrategicTaskMilestoneReached(Id, Id, "완료", On),
        new StrategicTaskProgressReported(Id, 30, "실태 조사 12개 동 완료", "https://example.org/survey", On),
        new StrategicTaskProgressCorrected(Id, 4, 25, null, "집계 오류", On),
        new StrategicTaskStatusChanged(Id, StrategicTaskStatus.Planned, StrategicTaskStatus.InProgress, "착수", On),
        new StrategicTaskCarriedOver(Id, Id, 2029, "계속 추진", On),
        new StrategicTaskContinued(Id, Id, "1인 가구 고립 예방 네트워크", 2029, StrategicTaskOwner.Division(Id), Id, null, Id, 30, "계속 추진", On),
        new EvaluationRecorded(Id, 2028, Id, Id, Id, 4, [new IndicatorResult("P1", IndicatorKind.Quantitative, 3.5m, null), new IndicatorResult("Q1", IndicatorKind.Qualitative, null, "참여 폭이 넓어짐")], On, EvaluatedPolicy.OfExhibit(2028, Id)),
        new CourseOpened(Id, CourseKind.MonitorTraining, 2027, "모니터링단 교육", 80, On),
        new CourseSessionHeld(Id, Id, "1회차 협치 정책의 이해", [Id], On),
        new CourseAttendanceRecorded(Id, Id, Id, On),
        new CourseEnrolled(Id, CourseKind.LeaderEducation, 2027, "주민 리더 교육", Id, "한지호", On),
        new CourseCompleted(Id, CourseKind.LeaderEducation, 2027, "주민 리더 교육", Id, "한지호", 4, 5, On),
        new CoursePartnerDepartmentSet(Id, "성북구청 자치행정과", "성북구청 마을민주주의과", "조직 개편", On),
        new ResidentLeaderDiscovered(Id, Id, "마을공동체분과", "정릉3동 주민자치회", "마을 축제 기획 5년", On),
        new ResidentLeaderDiscoveryWithdrawn(Id, On, "본인이 활동을 사양함", On),
        new MonitorAppointed(2027, Id, "한지호", "hanjiho", On),
        new IndicatorDefined("P1", "참여율", IndicatorKind.Quantitative, 40, 60, 0, 100, "%", On),
        new EvaluationEvidenceAttached(2027, Id, EvidenceMethod.Survey, 1, 148, ["돌봄 정보 접근성이 높아짐"], On),
        new MonitoringReportPublished(2027, "2027년 모니터링 보고서", 12, On),
        new MonitoringReportCorrected(2027, "정정된 보고서", "집계 오류", On, On),
        new WorkshopCorrected(Id, On, WorkshopKind.CivilGovernment, WorkshopScope.Division, Id, "돌봄복지분과", "성북구청 복지정책과",
            [new Participant(Id, "권준서", Sector.Administration, Rank.WorkingLevel, "성북구청 복지정책과")], 2026, ["heldOn", "counterpartDepartment"], "날짜 오기", On),
        new WorkshopWithdrawn(Id, [Id], "중복 입력", On),
        new StrategicTaskWithdrawn(Id, Id, "워크숍 철회", On),
        new StrategicTaskMadeJoint(Id, StrategicTaskOwner.Division(Id), StrategicTaskOwner.JointOf(Id), Id, "민관 워크숍 결정", On),
        new RegularMeetingCorrected(Id, On, Id, "돌봄복지분과", [new Participant(Id, "윤수아", Sector.Civil, null, "성북돌봄네트워크")], "회의록", ["participants"], "참석자 오기", On),
        new RegularMeetingWithdrawn(Id, "다른 분과 회의", On),
        new DivisionIndividualMemberJoined(Id, Id, "한지호", Sector.Civil, On),
        new DivisionMemberLeft(Id, "성북환경운동연합", "해산", On),
        new DivisionChairSteppedDown(Id, Id, "이서연", "개인 사정", On),
        new TaskForceDesignated(Id, Id, "민·행·의 합의", On),
        new TaskForceDissolved(Id, "조례 제정 후 해산", On),
        new ExpoRescheduled(Id, 2028, new ExpoDates(On, On, On, On), new ExpoDates(On, On, On, On.AddDays(1)), "하루 연장", On),
        new ExhibitWithdrawn(Id, 2028, Id, "성북구마을사회적경제센터", "단체 사정", On),
        new ExhibitSubmissionFlagged(Id, 2028, Id, On, On, On),
        new ExhibitRealisationCorrected(Id, 2028, Id, PolicyRealisation.Realised, PolicyRealisation.Hoped, "예산 미확보 제안", On),
        new ExpoPromotionPeriodSet(Id, 2028, new PromotionPeriod(On, On), new PromotionPeriod(On, On.AddDays(7)), "홍보 연장", On),
        new ExpoSideEventRecorded(Id, 2028, Id, "협치 토크 콘서트", On, "성북구청 다목적홀", "성북구협치회의", On),
        new ExpoSideEventWithdrawn(Id, 2028, Id, "협치 토크 콘서트", "우천 취소", On),
        new MonitorAppointmentEnded(2027, Id, "한지호", "이사", On),
        new EvaluationCorrected(2027, Id, Id, [new IndicatorResult("P1", IndicatorKind.Quantitative, 3.5m, null)], [new IndicatorResult("P1", IndicatorKind.Quantitative, 3m, null)], "집계 오류", On, null, EvaluatedPolicy.OfOrdinance(Id)),
        new EvaluationWithdrawn(2027, Id, Id, [new IndicatorResult("P1", IndicatorKind.Quantitative, 3.5m, null)], "다른 분과 평가", On, EvaluatedPolicy.OfOrdinance(Id)),
        new EvaluationEvidenceWithdrawn(2027, Id, 1, "중복 첨부", On),
    ];

    [Fact]
    public void A_stage_advance_stored_before_conditions_were_codes_still_reads_with_its_sentences()
    {
        const string stored = """
            {"on": "2027-03-15", "to": "CivilGovernmentCooperation", "from": "InternalOrganisation", "reason": "요건 충족",
             "gateMet": ["분과장이 선임됨 (a chair is appointed)"], "divisionId": "0196a1b2-0000-7000-8000-000000000001"}
            """;

        var advanced = Read<DivisionStageAdvanced>(stored);

        Assert.Equal(["분과장이 선임됨 (a chair is appointed)"], advanced.GateMet);
        Assert.Null(advanced.GateConditions);
        Assert.Equal(Stage.CivilGovernmentCooperation, advanced.To);
    }

    [Fact]
    public void A_stage_advances_conditions_come_back_from_json_as_they_went_in()
    {
        var advanced = (DivisionStageAdvanced)OneOfEach.Single(e => e is DivisionStageAdvanced);

        var read = Read<DivisionStageAdvanced>(fixture.Store.Options.Serializer().ToJson(advanced));

        Assert.Equal(advanced.GateConditions, read.GateConditions);
        Assert.Empty(read.GateMet);
    }

    private T Read<T>(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return fixture.Store.Options.Serializer().FromJson<T>(stream);
    }

    [Fact]
    public void Every_event_type_the_domain_defines_is_pinned_here() =>
        Assert.Equal(IDomainEvent.All, OneOfEach.Select(e => e.GetType()).OrderBy(t => t.FullName, StringComparer.Ordinal));

    [Fact]
    public async Task Every_event_keeps_its_stored_type_name_and_json_shape()
    {
        var streamId = Guid.NewGuid();
        await fixture.Append(streamId, "schema-test", OneOfEach);

        await using var session = fixture.Store.QuerySession();
        var stored = await session.AdvancedSql.QueryAsync<string>(
            "select json_build_object('type', type, 'data', data)::text from hyeopchi.mt_events where stream_id = ? order by version",
            CancellationToken.None, streamId);

        Snapshot.Match(stored.Select(Newtonsoft.Json.Linq.JToken.Parse).ToList());
    }
}
