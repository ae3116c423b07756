using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Divisions;

public class DivisionDecisionTests
{
    private static readonly Guid DivisionId = Guid.Parse("0196a1b2-0000-7000-8000-000000000001");
    private static readonly Guid ChairId = Guid.Parse("0196a1b2-0000-7000-8000-000000000002");
    private static readonly DateOnly Registered = new(2027, 3, 20);
    private static readonly DateOnly June = new(2027, 6, 1);

    private static readonly GateFacts WorkshopAdoptedATask = GateFacts.Nothing with { CivilCivilWorkshopAdoptedTaskThisOrLastYear = true };
    private static readonly GateFacts AllOfStageTwo = new(true, 4, true, true);

    private static readonly object[] RegisteredDivision = [new DivisionRegistered(DivisionId, "환경분과", "환경", Registered)];

    private static readonly object[] ReadyForStageTwo =
    [
        .. RegisteredDivision,
        new DivisionChairAppointed(DivisionId, ChairId, "이서연", Registered),
        new DivisionMemberJoined(DivisionId, "성북환경운동연합", Sector.Civil, Registered),
        new DivisionMemberJoined(DivisionId, "마을공동체 숲", Sector.Civil, Registered),
        new DivisionMemberJoined(DivisionId, "성북에너지전환", Sector.Civil, Registered),
    ];

    private static readonly object[] AtStageTwo =
    [
        .. ReadyForStageTwo,
        new DivisionStageAdvanced(DivisionId, Stage.InternalOrganisation, Stage.CivilGovernmentCooperation, null, [], June),
    ];

    private static Division GivenDivision(params object[] history) => Given<Division>(Division.Evolve, history);

    [Fact]
    public void When_registered_then_the_division_starts_at_stage_1()
    {
        DivisionDecisions.Register(DivisionId, "환경분과", "환경", Registered)
            .ThenEvents(new DivisionRegistered(DivisionId, "환경분과", "환경", Registered));

        var division = GivenDivision(RegisteredDivision);
        Assert.Equal(Stage.InternalOrganisation, division.Stage);
        Assert.Equal(Registered, division.StageSince);
    }

    [Fact]
    public void A_name_decomposed_or_composed_is_one_name_and_a_second_division_under_it_is_refused()
    {
        const string composed = "마을자치분과";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(DivisionDecisions.NameKey(composed), DivisionDecisions.NameKey(decomposed));
        Assert.Equal(DivisionDecisions.NameKey("Culture "), DivisionDecisions.NameKey("culture"));
        Assert.NotEqual(DivisionDecisions.NameKey(composed), DivisionDecisions.NameKey("마을자치분과 2"));

        var refusal = DivisionDecisions.Register(Guid.NewGuid(), composed, "자치", Registered, holder: DivisionId).ThenRefused(DivisionDecisions.NameRule);
        Assert.Equal(RefusalCode.DivisionNameTaken, refusal.Code);
        Assert.Contains(DivisionId, refusal.Args);
    }

    [Fact]
    public void Given_a_division_when_a_chair_is_appointed_then_the_chair_is_recorded() =>
        DivisionDecisions.AppointChair(GivenDivision(RegisteredDivision), ChairId, "이서연", June)
            .ThenEvents(new DivisionChairAppointed(DivisionId, ChairId, "이서연", June));

    [Fact]
    public void Given_a_chair_when_the_same_person_is_appointed_again_then_it_is_refused() =>
        DivisionDecisions.AppointChair(GivenDivision(ReadyForStageTwo), ChairId, "이서연", June).ThenRefused("division.chair");

    [Fact]
    public void Given_a_member_when_the_same_organisation_joins_again_then_it_is_refused() =>
        DivisionDecisions.AddMember(GivenDivision(ReadyForStageTwo), "마을공동체 숲", Sector.Civil, June).ThenRefused("division.members");

    [Fact]
    public void Given_the_R2_conditions_when_advancing_to_stage_2_then_it_advances_keeping_the_evidence()
    {
        var decision = DivisionDecisions.Advance(GivenDivision(ReadyForStageTwo), Stage.CivilGovernmentCooperation, "요건 충족", WorkshopAdoptedATask, GateThresholds.Plan, June);

        var advanced = Assert.IsType<DivisionStageAdvanced>(Assert.Single(decision.Events));
        Assert.Equal(Stage.InternalOrganisation, advanced.From);
        Assert.Equal(Stage.CivilGovernmentCooperation, advanced.To);
        Assert.Equal(June, advanced.On);
        Assert.Equal([ConditionCode.GateChairAppointed, ConditionCode.GateCivilMemberOrganisations, ConditionCode.GateCivilCivilWorkshopAdoptedTask],
            advanced.GateConditions!.Select(c => c.Code));
        Assert.Empty(advanced.GateMet);
        Assert.Equal(Stage.CivilGovernmentCooperation, GivenDivision([.. ReadyForStageTwo, advanced]).Stage);
    }

    [Fact]
    public void Given_nothing_of_R2_when_advancing_then_R2_names_all_three_unmet_conditions()
    {
        var refusal = DivisionDecisions.Advance(GivenDivision(RegisteredDivision), Stage.CivilGovernmentCooperation, null, GateFacts.Nothing, GateThresholds.Plan, June)
            .ThenRefused("R2");

        Assert.Equal(
            [Condition.Of(ConditionCode.GateChairAppointed), Condition.Of(ConditionCode.GateCivilMemberOrganisations, 3, 0), Condition.Of(ConditionCode.GateCivilCivilWorkshopAdoptedTask)],
            refusal.Unmet);
    }

    [Fact]
    public void Given_two_member_organisations_when_advancing_then_only_the_member_count_is_unmet()
    {
        var twoMembers = ReadyForStageTwo[..^1];

        var refusal = DivisionDecisions.Advance(GivenDivision(twoMembers), Stage.CivilGovernmentCooperation, null, WorkshopAdoptedATask, GateThresholds.Plan, June)
            .ThenRefused("R2");

        Assert.Equal(Condition.Of(ConditionCode.GateCivilMemberOrganisations, 3, 2), Assert.Single(refusal.Unmet));
    }

    [Fact]
    public void A_network_may_configure_the_member_threshold() =>
        DivisionDecisions.Advance(GivenDivision(ReadyForStageTwo[..^2]), Stage.CivilGovernmentCooperation, null, WorkshopAdoptedATask,
                new GateThresholds(MinimumMemberOrganisations: 1), June)
            .ThenEvents(new DivisionStageAdvanced(DivisionId, Stage.InternalOrganisation, Stage.CivilGovernmentCooperation, null, [], June,
                [Condition.Of(ConditionCode.GateChairAppointed), Condition.Of(ConditionCode.GateCivilMemberOrganisations, 1, 1),
                 Condition.Of(ConditionCode.GateCivilCivilWorkshopAdoptedTask)]));

    [Theory]
    [InlineData(3, true, true, ConditionCode.GateRegularMeetingsWithAdministration)]
    [InlineData(4, false, true, ConditionCode.GateJointTaskAdopted)]
    [InlineData(4, true, false, ConditionCode.GateJointTaskForceFormed)]
    public void Given_stage_2_when_one_R3_condition_is_missing_then_R3_names_it(int meetings, bool jointTask, bool taskForce, ConditionCode missing)
    {
        var refusal = DivisionDecisions.Advance(GivenDivision(AtStageTwo), Stage.TripartiteGovernance, null,
                new GateFacts(true, meetings, jointTask, taskForce), GateThresholds.Plan, June.AddMonths(6))
            .ThenRefused("R3");

        Assert.Equal(missing, Assert.Single(refusal.Unmet).Code);
    }

    [Fact]
    public void Given_stage_2_and_every_R3_condition_when_advancing_then_it_reaches_stage_3()
    {
        var decision = DivisionDecisions.Advance(GivenDivision(AtStageTwo), Stage.TripartiteGovernance, "TF 출범", AllOfStageTwo, GateThresholds.Plan, June.AddMonths(6));

        Assert.Equal(Stage.TripartiteGovernance, Assert.IsType<DivisionStageAdvanced>(Assert.Single(decision.Events)).To);
    }

    [Fact]
    public void Given_stage_1_when_advancing_straight_to_stage_3_then_R1_refuses_the_skip() =>
        DivisionDecisions.Advance(GivenDivision(ReadyForStageTwo), Stage.TripartiteGovernance, null, AllOfStageTwo, GateThresholds.Plan, June)
            .ThenRefused("R1");

    [Fact]
    public void Given_stage_3_when_advancing_then_R1_says_it_is_the_last_stage()
    {
        var atStageThree = GivenDivision([.. AtStageTwo, new DivisionStageAdvanced(DivisionId, Stage.CivilGovernmentCooperation, Stage.TripartiteGovernance, null, [], June.AddMonths(6))]);

        DivisionDecisions.Advance(atStageThree, (Stage)4, null, AllOfStageTwo, GateThresholds.Plan, June.AddMonths(7)).ThenRefused("R1");
    }

    [Fact]
    public void A_stage_change_dated_before_the_current_stage_began_is_refused() =>
        DivisionDecisions.Advance(GivenDivision(AtStageTwo), Stage.TripartiteGovernance, null, AllOfStageTwo, GateThresholds.Plan, June.AddDays(-1))
            .ThenRefused("R1");

    [Fact]
    public void Given_stage_2_when_reverted_with_a_reason_then_it_steps_back_one_stage()
    {
        DivisionDecisions.Revert(GivenDivision(AtStageTwo), Stage.InternalOrganisation, "정기 회의 중단", June.AddMonths(1))
            .ThenEvents(new DivisionStageReverted(DivisionId, Stage.CivilGovernmentCooperation, Stage.InternalOrganisation, "정기 회의 중단", June.AddMonths(1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_reversal_without_a_reason_is_refused(string reason) =>
        DivisionDecisions.Revert(GivenDivision(AtStageTwo), Stage.InternalOrganisation, reason, June.AddMonths(1)).ThenRefused("R1");

    [Fact]
    public void Given_stage_1_a_reversal_is_refused() =>
        DivisionDecisions.Revert(GivenDivision(RegisteredDivision), Stage.InternalOrganisation, "이유", June).ThenRefused("R1");
}
