using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Domain.Workshops;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Corrections;

/// <summary>R10 for workshops: a wrong fact is corrected, a workshop entered by mistake withdrawn; R2–R5 then read the corrected facts.</summary>
public class WorkshopCorrectionTests
{
    private static readonly Guid WorkshopId = Guid.Parse("0196a1b2-0000-7000-8000-0000000001a1");
    private static readonly Guid Care = Guid.Parse("0196a1b2-0000-7000-8000-0000000001d1");
    private static readonly Guid Other = Guid.Parse("0196a1b2-0000-7000-8000-0000000001d2");
    private static readonly Guid TaskId = Guid.Parse("0196a1b2-0000-7000-8000-0000000001e1");
    private static readonly Guid FindingId = Guid.Parse("0196a1b2-0000-7000-8000-0000000001f1");
    private static readonly DateOnly Launched = new(2027, 3, 15);
    private static readonly DateOnly Held = new(2028, 6, 12);
    private static readonly DateOnly Today = new(2028, 7, 1);

    private static readonly Participant Civil = new(Guid.Parse("0196a1b2-0000-7000-8000-0000000001c1"), "윤수아", Sector.Civil, null, "성북돌봄네트워크");
    private static readonly Participant Officer = new(Guid.Parse("0196a1b2-0000-7000-8000-0000000001c2"), "권준서", Sector.Administration, Rank.WorkingLevel, "성북구청 복지정책과");

    private static readonly DivisionFacts CareFacts = new(Care, "돌봄복지분과", new DateOnly(2027, 3, 22),
        [new DivisionMember("성북돌봄네트워크", Sector.Civil, new DateOnly(2027, 3, 22))]);

    private static WorkshopHeld HeldWorkshop(WorkshopKind kind, DateOnly on, string? counterpart = null, int? reviewed = 2027, params Participant[] participants) =>
        new(WorkshopId, kind, WorkshopScope.Division, Care, "돌봄복지분과", counterpart, null, participants.Length == 0 ? [Civil] : participants, [], reviewed, on);

    private static WorkshopAdoptedStrategicTask Adopted(bool joint, DateOnly on) =>
        new(WorkshopId, TaskId, "돌봄 정보 지도", 2029, joint ? StrategicTaskOwner.JointOf(Care) : StrategicTaskOwner.Division(Care), null, null, on);

    private static Workshop Given(params object[] history) => Given<Workshop>(Workshop.Evolve, history);

    private static Obligation Obligation(Workshop workshop, string rule, IReadOnlyDictionary<int, DateOnly>? reports = null, int year = 2028) =>
        Compliance.For(year, Launched, [CareFacts], [workshop.ToFacts()], reports ?? new Dictionary<int, DateOnly> { [2027] = new(2027, 12, 20) })
            .Divisions.Single().Obligations.Single(o => o.Rule == rule);

    [Fact]
    public void When_a_workshops_date_is_corrected_then_the_event_names_what_it_corrects_and_R4_counts_it_in_its_new_year()
    {
        var workshop = Given(HeldWorkshop(WorkshopKind.CivilCivil, Held));
        Assert.Equal(ObligationStatus.Met, Obligation(workshop, Compliance.DivisionCivilCivil).Status);

        var decision = WorkshopDecisions.Correct(workshop, new WorkshopCorrection(HeldOn: new DateOnly(2027, 12, 5), ReviewedMonitoringYear: 2026), "연도 입력 오류", Today);

        decision.ThenEvents(new WorkshopCorrected(WorkshopId, new DateOnly(2027, 12, 5), WorkshopKind.CivilCivil, WorkshopScope.Division, Care, "돌봄복지분과", null,
            [Civil], 2026, ["heldOn", "reviewedMonitoringYear"], "연도 입력 오류", Today));
        var corrected = Given([HeldWorkshop(WorkshopKind.CivilCivil, Held), .. decision.Events]);
        Assert.Equal(ObligationStatus.Missing, Obligation(corrected, Compliance.DivisionCivilCivil).Status);
        Assert.Equal(ObligationStatus.Met, Obligation(corrected, Compliance.DivisionCivilCivil, year: 2027).Status);
    }

    [Fact]
    public void When_the_counterpart_department_is_corrected_in_then_the_division_civil_government_obligation_is_met()
    {
        var workshop = Given(HeldWorkshop(WorkshopKind.CivilGovernment, Held, null, 2027, Civil, Officer));
        var before = Obligation(workshop, Compliance.DivisionCivilGovernment);
        Assert.Equal(ObligationStatus.Missing, before.Status);
        Assert.Equal(ConditionCode.DivisionCivilGovernmentWithoutDepartment, before.Detail.Code);

        var decision = WorkshopDecisions.Correct(workshop, new WorkshopCorrection(CounterpartDepartment: "성북구청 복지정책과"), "실무국 누락", Today);

        Assert.Equal(["counterpartDepartment"], Assert.IsType<WorkshopCorrected>(Assert.Single(decision.Events)).Corrects);
        Assert.Equal(ObligationStatus.Met, Obligation(Given([HeldWorkshop(WorkshopKind.CivilGovernment, Held, null, 2027, Civil, Officer), .. decision.Events]),
            Compliance.DivisionCivilGovernment).Status);
    }

    [Fact]
    public void When_the_reviewed_monitoring_year_is_corrected_then_R5_no_longer_flags_the_workshop()
    {
        var workshop = Given(HeldWorkshop(WorkshopKind.CivilCivil, Held, reviewed: 2026));
        Assert.Equal(ObligationStatus.Flagged, Obligation(workshop, Compliance.MonitoringReviewed).Status);

        var decision = WorkshopDecisions.Correct(workshop, new WorkshopCorrection(ReviewedMonitoringYear: 2027), "검토 연도 오기", Today);

        Assert.Equal(ObligationStatus.Met, Obligation(Given([HeldWorkshop(WorkshopKind.CivilCivil, Held, reviewed: 2026), .. decision.Events]), Compliance.MonitoringReviewed).Status);
    }

    [Fact]
    public void When_participants_are_corrected_to_none_of_the_divisions_civil_members_then_R4_misses_the_civil_civil_workshop()
    {
        var stranger = new Participant(Guid.Parse("0196a1b2-0000-7000-8000-0000000001c9"), "남궁민", Sector.Civil, null, "다른 단체");
        var decision = WorkshopDecisions.Correct(Given(HeldWorkshop(WorkshopKind.CivilCivil, Held)), new WorkshopCorrection(Participants: [stranger]), "참석자 오기", Today);

        var corrected = Given([HeldWorkshop(WorkshopKind.CivilCivil, Held), .. decision.Events]);
        Assert.Equal(ObligationStatus.Missing, Obligation(corrected, Compliance.DivisionCivilCivil).Status);
    }

    [Fact]
    public void When_a_workshop_that_adopted_a_joint_task_is_corrected_to_civil_civil_then_R8_refuses_naming_the_task()
    {
        var workshop = Given(HeldWorkshop(WorkshopKind.CivilGovernment, Held, "복지정책과", 2027, Civil, Officer), Adopted(joint: true, Held));

        var refusal = WorkshopDecisions.Correct(workshop, new WorkshopCorrection(Kind: WorkshopKind.CivilCivil), "종류 오기", Today).ThenRefused("R8");

        Assert.Equal(new Condition(ConditionCode.AdoptionJointNeedsCivilGovernment, ["돌봄 정보 지도"]), Assert.Single(refusal.Unmet));
    }

    [Fact]
    public void A_correction_without_a_reason_or_changing_nothing_or_dating_past_the_findings_is_refused()
    {
        var workshop = Given(HeldWorkshop(WorkshopKind.CivilCivil, Held), new WorkshopFindingRecorded(WorkshopId, FindingId, FindingKind.Obstacle, "x", Held));

        WorkshopDecisions.Correct(workshop, new WorkshopCorrection(HeldOn: Held.AddDays(-1)), " ", Today).ThenRefused("R10");
        WorkshopDecisions.Correct(workshop, new WorkshopCorrection(ReviewedMonitoringYear: 2027), "같음", Today).ThenRefused("R10");
        WorkshopDecisions.Correct(workshop, new WorkshopCorrection(HeldOn: Held.AddDays(1)), "날짜", Today).ThenRefused("workshop.date");
        WorkshopDecisions.Correct(workshop, new WorkshopCorrection(Scope: WorkshopScope.Network, DivisionId: Other), "범위", Today).ThenRefused("workshop.scope");
    }

    [Fact]
    public void A_division_workshop_corrected_to_network_scope_loses_its_division()
    {
        var decision = WorkshopDecisions.Correct(Given(HeldWorkshop(WorkshopKind.CivilCivil, Held)), new WorkshopCorrection(Scope: WorkshopScope.Network), "통합 워크숍이었음", Today);

        var corrected = Assert.IsType<WorkshopCorrected>(Assert.Single(decision.Events));
        Assert.Null(corrected.DivisionId);
        Assert.Equal(["scope", "divisionId"], corrected.Corrects);
    }

    [Fact]
    public void When_a_workshop_is_withdrawn_then_it_names_its_tasks_R4_and_R2_stop_counting_it_and_a_second_withdrawal_is_refused()
    {
        var history = (object[])[HeldWorkshop(WorkshopKind.CivilCivil, Held), Adopted(joint: false, Held)];
        var workshop = Given(history);
        Assert.True(GateEvidence.CivilCivilAdopted(Care, Today, [workshop.ToGateWorkshop()]));

        var decision = WorkshopDecisions.Withdraw(workshop, "중복 입력", Today);

        decision.ThenEvents(new WorkshopWithdrawn(WorkshopId, [TaskId], "중복 입력", Today));
        var withdrawn = Given([.. history, .. decision.Events]);
        Assert.Equal(ObligationStatus.Missing, Obligation(withdrawn, Compliance.DivisionCivilCivil).Status);
        Assert.False(GateEvidence.CivilCivilAdopted(Care, Today, [withdrawn.ToGateWorkshop()]));
        WorkshopDecisions.Withdraw(withdrawn, "again", Today).ThenRefused("R10");
        WorkshopDecisions.Correct(withdrawn, new WorkshopCorrection(ReviewedMonitoringYear: 2026), "x", Today).ThenRefused("R10");
        WorkshopDecisions.RecordFinding(withdrawn, FindingId, FindingKind.Obstacle, "x", Today).ThenRefused("R10");
        WorkshopDecisions.Withdraw(workshop, "", Today).ThenRefused("R10");
    }

    [Fact]
    public void When_a_workshop_is_withdrawn_its_adopted_task_is_withdrawn_with_it_once_and_closes()
    {
        var task = Given<StrategicTask>(StrategicTask.Evolve,
            new StrategicTaskAdopted(TaskId, "돌봄 정보 지도", 2029, StrategicTaskOwner.Division(Care), WorkshopId, null, null, Held));

        var decision = StrategicTaskDecisions.WithdrawWithWorkshop(task, WorkshopId, "워크숍 철회", Today);

        decision.ThenEvents(new StrategicTaskWithdrawn(TaskId, WorkshopId, "워크숍 철회", Today));
        var withdrawn = StrategicTask.Evolve(task, decision.Events[0])!;
        Assert.True(withdrawn.IsClosed);
        StrategicTaskDecisions.WithdrawWithWorkshop(withdrawn, WorkshopId, "again", Today).ThenRefused("R10");
        StrategicTaskDecisions.ReportProgress(withdrawn, 10, "x", null, Today).ThenRefused("R8");
        StrategicTaskDecisions.WithdrawWithWorkshop(task, Guid.NewGuid(), "other", Today).ThenRefused("R8");
    }
}
