using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Meetings;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Domain.Workshops;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Workshops;

public class WorkshopDecisionTests
{
    private static readonly Guid WorkshopId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a1");
    private static readonly Guid DivisionId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000d1");
    private static readonly Guid OtherDivision = Guid.Parse("0196a1b2-0000-7000-8000-0000000000d2");
    private static readonly Guid FindingId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000f1");
    private static readonly Guid ProposalId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000b1");
    private static readonly Guid TaskId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e1");
    private static readonly DateOnly Held = new(2027, 6, 12);

    private static readonly Participant Civil = new(Guid.Parse("0196a1b2-0000-7000-8000-0000000000c1"), "윤수아", Sector.Civil, null, "성북돌봄네트워크");
    private static readonly Participant Officer = new(Guid.Parse("0196a1b2-0000-7000-8000-0000000000c2"), "권준서", Sector.Administration, Rank.WorkingLevel, "성북구청 복지정책과");

    private static WorkshopHeld HeldWorkshop(WorkshopKind kind, WorkshopScope scope = WorkshopScope.Division) =>
        new(WorkshopId, kind, scope, scope == WorkshopScope.Division ? DivisionId : null, scope == WorkshopScope.Division ? "돌봄복지분과" : null,
            null, null, [Civil], [], null, Held);

    private static Workshop Given(params object[] history) => Given<Workshop>(Workshop.Evolve, history);

    [Fact]
    public void When_a_division_workshop_is_held_then_its_participants_are_kept_once_each() =>
        WorkshopDecisions.Hold(WorkshopId, WorkshopKind.CivilGovernment, WorkshopScope.Division, DivisionId, "돌봄복지분과", "복지정책과", "돌봄 민/관 워크숍",
                [Civil, Officer, Civil], ["협치의 개념"], 2026, Held)
            .ThenEvents(new WorkshopHeld(WorkshopId, WorkshopKind.CivilGovernment, WorkshopScope.Division, DivisionId, "돌봄복지분과", "복지정책과",
                "돌봄 민/관 워크숍", [Civil, Officer], ["협치의 개념"], 2026, Held));

    [Fact]
    public void When_a_workshop_reviewed_no_monitoring_report_then_it_is_still_held_R5_flags_it_later() =>
        Assert.False(WorkshopDecisions.Hold(WorkshopId, WorkshopKind.CivilCivil, WorkshopScope.Network, null, null, null, null, [Civil], [], null, Held).IsRefused);

    [Fact]
    public void When_a_workshop_claims_to_review_its_own_years_monitoring_then_R5_refuses() =>
        WorkshopDecisions.Hold(WorkshopId, WorkshopKind.CivilCivil, WorkshopScope.Network, null, null, null, null, [Civil], [], 2027, Held).ThenRefused("R5");

    [Fact]
    public void When_a_division_workshop_names_no_division_or_a_network_one_names_one_then_it_is_refused()
    {
        WorkshopDecisions.Hold(WorkshopId, WorkshopKind.CivilCivil, WorkshopScope.Division, null, null, null, null, [Civil], [], null, Held).ThenRefused("workshop.scope");
        WorkshopDecisions.Hold(WorkshopId, WorkshopKind.CivilCivil, WorkshopScope.Network, DivisionId, "돌봄복지분과", null, null, [Civil], [], null, Held).ThenRefused("workshop.scope");
        WorkshopDecisions.Hold(WorkshopId, WorkshopKind.CivilCivil, WorkshopScope.Network, null, null, null, null, [], [], null, Held).ThenRefused("workshop.participants");
    }

    [Fact]
    public void Given_a_workshop_when_a_finding_is_recorded_then_it_belongs_to_the_workshop() =>
        WorkshopDecisions.RecordFinding(Given(HeldWorkshop(WorkshopKind.CivilCivil)), FindingId, FindingKind.Obstacle, "돌봄 정보가 흩어져 있음", Held)
            .ThenEvents(new WorkshopFindingRecorded(WorkshopId, FindingId, FindingKind.Obstacle, "돌봄 정보가 흩어져 있음", Held, Viewpoint.Civil));

    [Theory]
    [InlineData(WorkshopKind.CivilGovernment, Viewpoint.Administration, Viewpoint.Administration)]
    [InlineData(WorkshopKind.CivilGovernment, Viewpoint.Civil, Viewpoint.Civil)]
    [InlineData(WorkshopKind.CivilGovernment, null, Viewpoint.Shared)]
    [InlineData(WorkshopKind.CivilCivil, null, Viewpoint.Civil)]
    public void Given_a_workshop_when_a_finding_names_whose_view_it_is_then_it_keeps_it_or_the_workshops_default(WorkshopKind kind, Viewpoint? stated, Viewpoint kept) =>
        WorkshopDecisions.RecordFinding(Given(HeldWorkshop(kind)), FindingId, FindingKind.Obstacle, "예산 편성 시기가 맞지 않음", Held, stated)
            .ThenEvents(new WorkshopFindingRecorded(WorkshopId, FindingId, FindingKind.Obstacle, "예산 편성 시기가 맞지 않음", Held, kept));

    [Theory]
    [InlineData(Viewpoint.Administration)]
    [InlineData(Viewpoint.Shared)]
    public void Given_a_civil_civil_workshop_when_a_finding_claims_another_sides_view_then_it_is_refused(Viewpoint view) =>
        WorkshopDecisions.RecordFinding(Given(HeldWorkshop(WorkshopKind.CivilCivil)), FindingId, FindingKind.Obstacle, "x", Held, view)
            .ThenRefused(WorkshopDecisions.FindingViewpointRule);

    [Fact]
    public void Given_an_administrations_finding_when_a_correction_fixes_only_its_text_then_it_stays_the_administrations_view()
    {
        var workshop = Given(HeldWorkshop(WorkshopKind.CivilGovernment),
            new WorkshopFindingRecorded(WorkshopId, FindingId, FindingKind.Obstacle, "예산 편성 시가", Held, Viewpoint.Administration));

        WorkshopDecisions.CorrectFinding(workshop, FindingId, FindingKind.Obstacle, "예산 편성 시기", "오타", Held)
            .ThenEvents(new WorkshopFindingCorrected(WorkshopId, FindingId, FindingKind.Obstacle, "예산 편성 시기", "오타", Held, Viewpoint.Administration));
    }

    [Fact]
    public void Given_a_workshop_when_a_person_joins_its_organising_team_before_the_day_then_they_join_once()
    {
        var workshop = Given(HeldWorkshop(WorkshopKind.CivilGovernment, WorkshopScope.Network));
        var joined = new WorkshopOrganiserJoined(WorkshopId, Civil.PersonId, Civil.Name, "진행", Held.AddDays(-30));

        WorkshopDecisions.JoinOrganisingTeam(workshop, Civil.PersonId, Civil.Name, "진행", Held.AddDays(-30)).ThenEvents(joined);
        WorkshopDecisions.JoinOrganisingTeam(Workshop.Evolve(workshop, joined)!, Civil.PersonId, Civil.Name, null, Held).ThenRefused("workshop.team");
    }

    [Fact]
    public void Given_a_withdrawn_workshop_when_a_person_joins_its_organising_team_then_it_is_refused() =>
        WorkshopDecisions.JoinOrganisingTeam(Given(HeldWorkshop(WorkshopKind.CivilCivil), new WorkshopWithdrawn(WorkshopId, [], "잘못 입력", Held)),
            Civil.PersonId, Civil.Name, null, Held).ThenRefused(WorkshopDecisions.CorrectionRule);

    private static readonly Guid DivisionWorkshopId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a2");

    /// <summary>A division's civil–civil workshop of the same year that found <see cref="FindingId"/>.</summary>
    private static Workshop DivisionWorkshopWithFinding(DateOnly on, bool withdrawn = false)
    {
        var history = new List<object>
        {
            new WorkshopHeld(DivisionWorkshopId, WorkshopKind.CivilCivil, WorkshopScope.Division, DivisionId, "돌봄복지분과", null, null, [Civil], [], null, on),
            new WorkshopFindingRecorded(DivisionWorkshopId, FindingId, FindingKind.Obstacle, "돌봄 정보가 흩어져 있음", on, Viewpoint.Civil),
        };
        if (withdrawn) history.Add(new WorkshopWithdrawn(DivisionWorkshopId, [], "잘못 입력", on));
        return Given<Workshop>(Workshop.Evolve, [.. history]);
    }

    [Fact]
    public void Given_the_integrated_civil_government_workshop_when_a_proposal_answers_a_division_workshops_finding_then_the_adopted_task_keeps_that_chain()
    {
        var integrated = Given(HeldWorkshop(WorkshopKind.CivilGovernment, WorkshopScope.Network));
        var proposal = WorkshopDecisions.MakeProposal(integrated, ProposalId, FindingId, "구 단위 돌봄 정보 통합", Held, DivisionWorkshopWithFinding(Held.AddMonths(-2)));

        proposal.ThenEvents(new WorkshopProposalMade(WorkshopId, ProposalId, FindingId, "구 단위 돌봄 정보 통합", Held, DivisionWorkshopId));
        var (_, task) = WorkshopDecisions.AdoptStrategicTask(Workshop.Evolve(integrated, proposal.Events[0])!, TaskId, "돌봄 정보 플랫폼", 2028, null, true, ProposalId, Held);
        Assert.Equal(new TaskOrigin(WorkshopId, FindingId, ProposalId, DivisionWorkshopId), StrategicTask.Evolve(null, task!)!.Origin);
    }

    [Fact]
    public void Given_a_workshop_when_a_proposal_answers_another_workshops_finding_outside_the_integration_step_then_it_is_refused()
    {
        var division = DivisionWorkshopWithFinding(Held.AddMonths(-2));

        // Only the integrated civil–government workshop integrates.
        WorkshopDecisions.MakeProposal(Given(HeldWorkshop(WorkshopKind.CivilCivil, WorkshopScope.Network)), ProposalId, FindingId, "x", Held, division)
            .ThenRefused(WorkshopDecisions.IntegrationRule);
        // From a division workshop of the same year, not a withdrawn one, and a finding it has.
        var integrated = Given(HeldWorkshop(WorkshopKind.CivilGovernment, WorkshopScope.Network));
        WorkshopDecisions.MakeProposal(integrated, ProposalId, FindingId, "x", Held, DivisionWorkshopWithFinding(Held.AddYears(-1))).ThenRefused(WorkshopDecisions.IntegrationRule);
        WorkshopDecisions.MakeProposal(integrated, ProposalId, FindingId, "x", Held, DivisionWorkshopWithFinding(Held.AddMonths(-2), withdrawn: true)).ThenRefused(WorkshopDecisions.IntegrationRule);
        WorkshopDecisions.MakeProposal(integrated, ProposalId, TaskId, "x", Held, division).ThenRefused("workshop.finding");
    }

    [Fact]
    public void Given_a_workshop_when_a_case_study_is_recorded_then_it_is_a_finding_of_its_own_kind() =>
        WorkshopDecisions.RecordFinding(Given(HeldWorkshop(WorkshopKind.CivilGovernment)), FindingId, FindingKind.CaseStudy, "은평구 마을계획단 사례", Held, Viewpoint.Shared)
            .ThenEvents(new WorkshopFindingRecorded(WorkshopId, FindingId, FindingKind.CaseStudy, "은평구 마을계획단 사례", Held, Viewpoint.Shared));

    [Fact]
    public void Given_a_workshop_when_a_finding_is_dated_before_it_then_it_is_refused() =>
        WorkshopDecisions.RecordFinding(Given(HeldWorkshop(WorkshopKind.CivilCivil)), FindingId, FindingKind.Obstacle, "x", Held.AddDays(-1)).ThenRefused("workshop.date");

    [Fact]
    public void Given_a_finding_when_it_is_corrected_then_a_correction_with_its_reason_is_recorded()
    {
        var workshop = Given(HeldWorkshop(WorkshopKind.CivilCivil), new WorkshopFindingRecorded(WorkshopId, FindingId, FindingKind.Obstacle, "오타", Held));

        WorkshopDecisions.CorrectFinding(workshop, FindingId, FindingKind.SteppingStone, "주민 돌봄 모임이 이미 있음", "디딤돌을 걸림돌로 잘못 기록", Held.AddDays(3))
            .ThenEvents(new WorkshopFindingCorrected(WorkshopId, FindingId, FindingKind.SteppingStone, "주민 돌봄 모임이 이미 있음", "디딤돌을 걸림돌로 잘못 기록", Held.AddDays(3), Viewpoint.Civil));
        WorkshopDecisions.CorrectFinding(workshop, ProposalId, FindingKind.Obstacle, "x", "y", Held).ThenRefused("workshop.finding");
        WorkshopDecisions.CorrectFinding(workshop, FindingId, FindingKind.Obstacle, "x", " ", Held).ThenRefused("R10");
    }

    [Fact]
    public void Given_a_finding_when_a_proposal_answers_it_or_an_unknown_one_then_only_the_known_one_is_accepted()
    {
        var workshop = Given(HeldWorkshop(WorkshopKind.CivilCivil), new WorkshopFindingRecorded(WorkshopId, FindingId, FindingKind.Obstacle, "흩어진 정보", Held));

        WorkshopDecisions.MakeProposal(workshop, ProposalId, FindingId, "돌봄 정보 지도", Held)
            .ThenEvents(new WorkshopProposalMade(WorkshopId, ProposalId, FindingId, "돌봄 정보 지도", Held));
        WorkshopDecisions.MakeProposal(workshop, ProposalId, null, "독립 제안", Held)
            .ThenEvents(new WorkshopProposalMade(WorkshopId, ProposalId, null, "독립 제안", Held));
        WorkshopDecisions.MakeProposal(workshop, ProposalId, TaskId, "엉뚱한 발견", Held).ThenRefused("workshop.finding");
    }

    [Fact]
    public void Given_a_proposal_when_the_division_workshop_adopts_a_task_then_both_sides_keep_the_origin()
    {
        var workshop = Given(HeldWorkshop(WorkshopKind.CivilCivil),
            new WorkshopFindingRecorded(WorkshopId, FindingId, FindingKind.Obstacle, "흩어진 정보", Held),
            new WorkshopProposalMade(WorkshopId, ProposalId, FindingId, "돌봄 정보 지도", Held));

        var (decision, task) = WorkshopDecisions.AdoptStrategicTask(workshop, TaskId, "돌봄 정보 지도 만들기", 2028, null, false, ProposalId, Held);

        var owner = StrategicTaskOwner.Division(DivisionId);
        decision.ThenEvents(new WorkshopAdoptedStrategicTask(WorkshopId, TaskId, "돌봄 정보 지도 만들기", 2028, owner, FindingId, ProposalId, Held));
        Assert.Equal(new StrategicTaskAdopted(TaskId, "돌봄 정보 지도 만들기", 2028, owner, WorkshopId, FindingId, ProposalId, Held), task);
    }

    [Fact]
    public void Given_a_civil_government_workshop_when_it_adopts_a_joint_task_then_the_owner_is_joint()
    {
        var (decision, task) = WorkshopDecisions.AdoptStrategicTask(Given(HeldWorkshop(WorkshopKind.CivilGovernment, WorkshopScope.Network)),
            TaskId, "협치 조례 공동 검토", 2028, null, true, null, Held);

        Assert.False(decision.IsRefused);
        Assert.Equal(StrategicTaskOwner.JointOf(), task!.Owner);
    }

    [Theory]
    [InlineData(WorkshopKind.CivilCivil, WorkshopScope.Division, null, true, 2028, "R8")] // joint only at civil–government
    [InlineData(WorkshopKind.CivilCivil, WorkshopScope.Network, null, false, 2028, "R8")] // no owner
    [InlineData(WorkshopKind.CivilCivil, WorkshopScope.Division, "other", false, 2028, "R8")] // another division's task
    [InlineData(WorkshopKind.CivilCivil, WorkshopScope.Division, null, false, 2026, "R8")] // a past year
    public void When_a_task_has_no_proper_owner_or_year_then_R8_refuses(WorkshopKind kind, WorkshopScope scope, string? division, bool joint, int year, string rule)
    {
        var (decision, task) = WorkshopDecisions.AdoptStrategicTask(Given(HeldWorkshop(kind, scope)), TaskId, "과제", year,
            division is null ? null : OtherDivision, joint, null, Held);

        decision.ThenRefused(rule);
        Assert.Null(task);
    }

    [Fact]
    public void When_a_task_names_a_proposal_of_another_workshop_then_it_is_refused() =>
        WorkshopDecisions.AdoptStrategicTask(Given(HeldWorkshop(WorkshopKind.CivilCivil)), TaskId, "과제", 2028, null, false, ProposalId, Held)
            .Workshop.ThenRefused("workshop.proposal");

    [Fact]
    public void A_network_workshop_may_adopt_a_task_for_a_named_division() =>
        Assert.Equal(StrategicTaskOwner.Division(OtherDivision),
            WorkshopDecisions.AdoptStrategicTask(Given(HeldWorkshop(WorkshopKind.CivilCivil, WorkshopScope.Network)), TaskId, "과제", 2027, OtherDivision, false, null, Held).Task!.Owner);

    [Theory]
    [InlineData("2027-06-12", true)] // the same day
    [InlineData("2026-06-13", true)] // 12 months less a day before
    [InlineData("2026-06-12", false)] // exactly 12 months before: outside
    [InlineData("2027-06-13", false)] // after the date
    public void A_regular_meeting_counts_toward_R3_within_the_12_months_up_to_the_date(string meetingOn, bool counts) =>
        Assert.Equal(counts, MeetingDecisions.CountsTowardStageThree(DateOnly.Parse(meetingOn), [Civil, Officer], Held));

    [Fact]
    public void A_regular_meeting_without_administration_does_not_count_toward_R3() =>
        Assert.False(MeetingDecisions.CountsTowardStageThree(Held, [Civil], Held));
}
