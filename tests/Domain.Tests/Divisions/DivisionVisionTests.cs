using Hyeopchi.Domain.Divisions;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Divisions;

/// <summary>비전 수립 (plan L20): a division states its vision at stage 1; a new statement says why it replaces the old.</summary>
public class DivisionVisionTests
{
    private static readonly Guid DivisionId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a1");
    private static readonly DateOnly Registered = new(2024, 3, 20);
    private static readonly DivisionRegistered Registration = new(DivisionId, "마을자치분과", "마을자치", Registered);

    [Fact]
    public void Given_a_new_division_when_it_states_its_vision_then_the_statement_is_recorded_at_stage_1()
    {
        var division = Given<Division>(Division.Evolve, Registration);

        DivisionDecisions.StateVision(division, "주민이 스스로 결정하는 마을", null, new DateOnly(2024, 4, 15))
            .ThenEvents(new DivisionVisionStated(DivisionId, "주민이 스스로 결정하는 마을", null, Stage.InternalOrganisation, new DateOnly(2024, 4, 15)));
    }

    [Fact]
    public void Given_a_stated_vision_when_a_new_one_comes_without_a_reason_then_it_is_refused_and_with_one_it_replaces_it()
    {
        var division = Given<Division>(Division.Evolve, Registration,
            new DivisionVisionStated(DivisionId, "주민이 스스로 결정하는 마을", null, Stage.InternalOrganisation, new DateOnly(2024, 4, 15)));

        DivisionDecisions.StateVision(division, "주민과 행정이 함께 결정하는 마을", " ", new DateOnly(2025, 2, 3)).ThenRefused(DivisionDecisions.VisionRule);
        var decision = DivisionDecisions.StateVision(division, "주민과 행정이 함께 결정하는 마을", "2단계 준비 워크숍 결과", new DateOnly(2025, 2, 3));

        decision.ThenEvents(new DivisionVisionStated(DivisionId, "주민과 행정이 함께 결정하는 마을", "2단계 준비 워크숍 결과", Stage.InternalOrganisation, new DateOnly(2025, 2, 3)));
        Assert.Equal("주민과 행정이 함께 결정하는 마을", Division.Evolve(division, decision.Events[0])!.Vision);
    }

    [Fact]
    public void Given_a_division_when_its_vision_is_dated_before_its_registration_then_it_is_refused()
    {
        var division = Given<Division>(Division.Evolve, Registration);

        DivisionDecisions.StateVision(division, "주민이 스스로 결정하는 마을", null, Registered.AddDays(-1)).ThenRefused(DivisionDecisions.VisionRule);
    }
}
