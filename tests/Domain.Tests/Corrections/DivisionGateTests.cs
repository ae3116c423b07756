using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Domain.Workshops;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Corrections;

/// <summary>R2 and R3 count what the plan counts: dated civil member organisations, the chair, the designated joint TF, joint tasks of the integrated workshop.</summary>
public class DivisionGateTests
{
    private static readonly Guid Care = Guid.Parse("0196a1b2-0000-7000-8000-0000000003d1");
    private static readonly Guid Other = Guid.Parse("0196a1b2-0000-7000-8000-0000000003d2");
    private static readonly Guid Chair = Guid.Parse("0196a1b2-0000-7000-8000-0000000003c1");
    private static readonly Guid Leader = Guid.Parse("0196a1b2-0000-7000-8000-0000000003c2");
    private static readonly DateOnly Registered = new(2027, 3, 22);
    private static readonly DateOnly June = new(2027, 6, 1);
    private static readonly GateFacts Workshop = GateFacts.Nothing with { CivilCivilWorkshopAdoptedTaskThisOrLastYear = true };

    private static readonly object[] ThreeCivil =
    [
        new DivisionRegistered(Care, "돌봄복지분과", "복지", Registered),
        new DivisionChairAppointed(Care, Chair, "윤수아", Registered),
        new DivisionMemberJoined(Care, "성북돌봄네트워크", Sector.Civil, Registered),
        new DivisionMemberJoined(Care, "마을돌봄모임", Sector.Civil, Registered),
        new DivisionMemberJoined(Care, "길음복지연대", Sector.Civil, Registered),
    ];

    private static Division Given(params object[] history) => Given<Division>(Division.Evolve, history);

    [Fact]
    public void An_administration_department_or_a_single_person_does_not_make_up_the_three_member_organisations()
    {
        var history = (object[])[.. ThreeCivil[..^1], new DivisionMemberJoined(Care, "성북구청 복지정책과", Sector.Administration, Registered)];
        var withLeader = DivisionDecisions.AddLeader(Given(history), Leader, "한지호", null, Sector.Civil, Registered);
        withLeader.ThenEvents(new DivisionIndividualMemberJoined(Care, Leader, "한지호", Sector.Civil, Registered));

        var refusal = DivisionDecisions.Advance(Given([.. history, .. withLeader.Events]), Stage.CivilGovernmentCooperation, null, Workshop, GateThresholds.Plan, June)
            .ThenRefused("R2");

        Assert.Equal(new Condition(ConditionCode.GateCivilMemberOrganisations, ["3", "2"]), Assert.Single(refusal.Unmet));
        DivisionDecisions.AddLeader(Given(history), Leader, "한지호", "길음복지연대", Sector.Civil, Registered)
            .ThenEvents(new DivisionMemberJoined(Care, "길음복지연대", Sector.Civil, Registered));
    }

    [Fact]
    public void When_a_member_organisation_leaves_then_R2_no_longer_counts_it_from_that_date_and_a_second_departure_is_refused()
    {
        var decision = DivisionDecisions.RecordDeparture(Given(ThreeCivil), "마을돌봄모임", "해산", new DateOnly(2027, 5, 1));
        decision.ThenEvents(new DivisionMemberLeft(Care, "마을돌봄모임", "해산", new DateOnly(2027, 5, 1)));
        var left = Given([.. ThreeCivil, .. decision.Events]);

        DivisionDecisions.Advance(Given(ThreeCivil), Stage.CivilGovernmentCooperation, null, Workshop, GateThresholds.Plan, June).ThenEvents(
            new DivisionStageAdvanced(Care, Stage.InternalOrganisation, Stage.CivilGovernmentCooperation, null,
                [], June, StageGate.Next(Given(ThreeCivil), Workshop, GateThresholds.Plan, June)!.Met));
        DivisionDecisions.Advance(left, Stage.CivilGovernmentCooperation, null, Workshop, GateThresholds.Plan, June).ThenRefused("R2");
        Assert.True(StageGate.Next(left, Workshop, GateThresholds.Plan, new DateOnly(2027, 4, 30))!.IsOpen);
        DivisionDecisions.RecordDeparture(left, "마을돌봄모임", "again", June).ThenRefused("R10");
        DivisionDecisions.RecordDeparture(left, "없는 단체", "x", June).ThenRefused("division.members");
        DivisionDecisions.RecordDeparture(Given(ThreeCivil), "길음복지연대", "", June).ThenRefused("R10");
        DivisionDecisions.AddMember(left, "마을돌봄모임", Sector.Civil, June).ThenEvents(new DivisionMemberJoined(Care, "마을돌봄모임", Sector.Civil, June));
    }

    [Fact]
    public void When_the_chair_steps_down_then_R2_misses_a_chair()
    {
        var decision = DivisionDecisions.StepDownChair(Given(ThreeCivil), "개인 사정", new DateOnly(2027, 5, 1));
        decision.ThenEvents(new DivisionChairSteppedDown(Care, Chair, "윤수아", "개인 사정", new DateOnly(2027, 5, 1)));

        var refusal = DivisionDecisions.Advance(Given([.. ThreeCivil, .. decision.Events]), Stage.CivilGovernmentCooperation, null, Workshop, GateThresholds.Plan, June)
            .ThenRefused("R2");

        Assert.Equal(ConditionCode.GateChairAppointed, Assert.Single(refusal.Unmet).Code);
        DivisionDecisions.StepDownChair(Given([.. ThreeCivil, .. decision.Events]), "again", June).ThenRefused("division.chair");
        DivisionDecisions.StepDownChair(Given(ThreeCivil), " ", June).ThenRefused("R10");
    }

    [Fact]
    public void A_chair_appointed_after_the_advance_date_does_not_count_on_it() =>
        Assert.False(StageGate.Next(Given(ThreeCivil[0], new DivisionChairAppointed(Care, Chair, "윤수아", new DateOnly(2027, 7, 1)), ThreeCivil[2], ThreeCivil[3], ThreeCivil[4]),
            Workshop, GateThresholds.Plan, June)!.IsOpen);

    [Fact]
    public void R3_counts_a_joint_task_adopted_for_the_division_at_the_integrated_civil_government_workshop_not_one_for_another_division()
    {
        var integrated = new GateWorkshop(WorkshopKind.CivilGovernment, WorkshopScope.Network, null, new DateOnly(2028, 11, 20),
            [new GateAdoption(Care, true, new DateOnly(2028, 11, 20))]);
        var on = new DateOnly(2028, 12, 1);

        Assert.True(GateEvidence.JointAdopted(Care, on, [integrated]));
        Assert.False(GateEvidence.JointAdopted(Other, on, [integrated]));
        Assert.False(GateEvidence.JointAdopted(Care, on, [integrated with { Withdrawn = true }]));
        Assert.False(GateEvidence.JointAdopted(Care, new DateOnly(2028, 11, 19), [integrated]));
    }

    [Fact]
    public void R3_counts_only_the_networks_designated_joint_TF_formed_and_not_dissolved()
    {
        var first = Guid.Parse("0196a1b2-0000-7000-8000-0000000003f1");
        var second = Guid.Parse("0196a1b2-0000-7000-8000-0000000003f2");
        var formedNotDesignated = new TaskForceDates(first, new DateOnly(2028, 3, 1), [], null);
        var designatedNotFormed = new TaskForceDates(second, null, [new DateOnly(2028, 4, 1)], null);
        var on = new DateOnly(2028, 6, 1);

        Assert.False(JointTaskForceGate.FormedOn([formedNotDesignated], on));
        Assert.True(JointTaskForceGate.FormedOn([formedNotDesignated with { DesignatedOn = [new DateOnly(2028, 3, 2)] }], on));
        Assert.False(JointTaskForceGate.FormedOn([formedNotDesignated with { DesignatedOn = [new DateOnly(2028, 3, 2)] }, designatedNotFormed], on));
        Assert.False(JointTaskForceGate.FormedOn([formedNotDesignated with { DesignatedOn = [new DateOnly(2028, 3, 2)], DissolvedOn = new DateOnly(2028, 5, 1) }], on));
        Assert.True(JointTaskForceGate.FormedOn([formedNotDesignated with { DesignatedOn = [new DateOnly(2028, 3, 2)], DissolvedOn = new DateOnly(2028, 7, 1) }], on));
    }
}
