using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.Network;
using Hyeopchi.Domain.People;
using Hyeopchi.Domain.StrategicTasks;
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

    private static readonly IDomainEvent[] OneOfEach =
    [
        new NetworkLaunched(Id, "협치성북 민간추진단", "성북구", On),
        new PersonRegistered(Id, "이서연", Sector.Administration, "성북구청 자치행정과", Rank.SectionChiefOrAbove, On),
        new DivisionRegistered(Id, "환경분과", "환경", On),
        new DivisionChairAppointed(Id, Id, "이서연", On),
        new DivisionMemberJoined(Id, "성북환경운동연합", Sector.Civil, On),
        new DivisionStageAdvanced(Id, Stage.InternalOrganisation, Stage.CivilGovernmentCooperation, "요건 충족", ["분과장이 선임됨"], On),
        new DivisionStageReverted(Id, Stage.CivilGovernmentCooperation, Stage.InternalOrganisation, "활동 중단", On),
        new StrategicTaskAdopted(Id, "1인 가구 고립 예방 네트워크", 2028, StrategicTaskOwner.Division(Id), Id, Id, Id, On),
        new EvaluationRecorded(Id, 2028, Id, Id, Id, 4, [new IndicatorResult("P1", IndicatorKind.Quantitative, 3.5m, null), new IndicatorResult("Q1", IndicatorKind.Qualitative, null, "참여 폭이 넓어짐")], On),
        new CourseOpened(Id, CourseKind.MonitorTraining, 2027, "모니터링단 교육", 80, On),
        new CourseSessionHeld(Id, Id, "1회차 협치 정책의 이해", [Id], On),
        new CourseAttendanceRecorded(Id, Id, Id, On),
        new CourseEnrolled(Id, CourseKind.LeaderEducation, 2027, "주민 리더 교육", Id, "한지호", On),
        new CourseCompleted(Id, CourseKind.LeaderEducation, 2027, "주민 리더 교육", Id, "한지호", 4, 5, On),
        new MonitorAppointed(2027, Id, "한지호", "hanjiho", On),
        new IndicatorDefined("P1", "참여율", IndicatorKind.Quantitative, 40, 60, 0, 100, "%", On),
        new EvaluationEvidenceAttached(2027, Id, EvidenceMethod.Survey, 1, 148, ["돌봄 정보 접근성이 높아짐"], On),
        new MonitoringReportPublished(2027, "2027년 모니터링 보고서", 12, On),
        new MonitoringReportCorrected(2027, "정정된 보고서", "집계 오류", On, On),
    ];

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
