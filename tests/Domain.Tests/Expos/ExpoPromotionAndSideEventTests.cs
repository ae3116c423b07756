using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Expos;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Expos;

/// <summary>The expo's promotion period (홍보 기간), side events (부대 행사) and exhibits marked realised or hoped for (L41).</summary>
public class ExpoPromotionAndSideEventTests
{
    private static readonly Guid Id = Expo.StreamIdFor(2028);
    private static readonly Guid Exhibit1 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e1");
    private static readonly Guid Side1 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000f1");
    private static readonly DateOnly Planned = new(2028, 1, 10);
    private static readonly DateOnly InWindow = new(2028, 2, 1);
    private static readonly DateOnly OpensOn = new(2028, 3, 6);
    private static readonly DateOnly ClosesOn = new(2028, 3, 8);
    private static readonly PromotionPeriod February = new(new(2028, 2, 1), new(2028, 2, 29));

    private static readonly ExpoPlanned PlannedEvent = new(Id, 2028, Expo.DefaultVenue, new(2028, 1, 15), new(2028, 2, 15), OpensOn, ClosesOn, Planned);

    private static readonly object[] Promoted = [PlannedEvent, new ExpoPromotionPeriodSet(Id, 2028, null, February, null, Planned)];

    private static Expo Given(params object[] history) => Given<Expo>(Expo.Evolve, history);

    [Fact]
    public void When_planning_with_a_promotion_period_then_both_are_recorded() =>
        ExpoDecisions.Plan(null, 2028, Expo.DefaultVenue, new(2028, 1, 15), new(2028, 2, 15), OpensOn, ClosesOn, Planned, February)
            .ThenEvents(Promoted);

    [Fact]
    public void When_planning_with_a_promotion_period_past_the_opening_then_R9_refuses() =>
        ExpoDecisions.Plan(null, 2028, Expo.DefaultVenue, new(2028, 1, 15), new(2028, 2, 15), OpensOn, ClosesOn, Planned, new(new(2028, 2, 1), OpensOn.AddDays(1)))
            .ThenRefused("R9");

    [Fact]
    public void A_promotion_period_may_end_on_the_opening_day() =>
        ExpoDecisions.SetPromotion(Given(PlannedEvent), new(new(2028, 2, 20), OpensOn), null, InWindow)
            .ThenEvents(new ExpoPromotionPeriodSet(Id, 2028, null, new(new(2028, 2, 20), OpensOn), null, InWindow));

    [Fact]
    public void A_promotion_period_runs_forward() =>
        ExpoDecisions.SetPromotion(Given(PlannedEvent), new(new(2028, 2, 20), new(2028, 2, 10)), null, InWindow).ThenRefused("expo.schedule");

    [Fact]
    public void Changing_the_promotion_period_states_a_reason_and_keeps_what_it_replaces()
    {
        var to = new PromotionPeriod(new(2028, 2, 10), new(2028, 3, 5));
        ExpoDecisions.SetPromotion(Given(Promoted), to, " ", InWindow).ThenRefused("R10");
        ExpoDecisions.SetPromotion(Given(Promoted), February, "같은 기간", InWindow).ThenRefused("expo.schedule");
        ExpoDecisions.SetPromotion(Given(Promoted), to, " 현수막 게시 허가가 늦어짐 ", InWindow)
            .ThenEvents(new ExpoPromotionPeriodSet(Id, 2028, February, to, "현수막 게시 허가가 늦어짐", InWindow));
    }

    [Fact]
    public void Once_the_expo_opens_its_promotion_period_no_longer_changes() =>
        ExpoDecisions.SetPromotion(Given([.. Promoted, new ExpoOpened(Id, 2028, OpensOn)]), new(new(2028, 2, 10), new(2028, 3, 5)), "늦게", OpensOn)
            .ThenRefused("expo.schedule");

    [Fact]
    public void Rescheduling_the_opening_before_the_promotion_ends_is_refused() =>
        ExpoDecisions.Reschedule(Given(Promoted), new(new(2028, 1, 15), new(2028, 2, 15), new(2028, 2, 20), new(2028, 2, 22)), "장소 사정", InWindow)
            .ThenRefused("R9");

    [Theory]
    [InlineData("2028-02-01")]
    [InlineData("2028-02-29")]
    [InlineData("2028-03-06")]
    [InlineData("2028-03-08")]
    public void A_side_event_is_held_in_the_promotion_period_or_on_the_expos_days(string day) =>
        ExpoDecisions.RecordSideEvent(Given(Promoted), Side1, "협치 토크 콘서트", DateOnly.Parse(day), "성북구청 다목적홀", "성북구협치회의", Planned)
            .ThenEvents(new ExpoSideEventRecorded(Id, 2028, Side1, "협치 토크 콘서트", DateOnly.Parse(day), "성북구청 다목적홀", "성북구협치회의", Planned));

    [Theory]
    [InlineData("2028-01-31")]
    [InlineData("2028-03-01")]
    [InlineData("2028-03-09")]
    public void A_side_event_on_any_other_day_is_refused_naming_the_days_it_may_take(string day)
    {
        var refusal = ExpoDecisions.RecordSideEvent(Given(Promoted), Side1, "협치 토크 콘서트", DateOnly.Parse(day), "성북구청 다목적홀", "성북구협치회의", Planned)
            .ThenRefused("R9");
        Assert.Equal(RefusalCode.ExpoSideEventOutsideDates, refusal.Code);
        var span = Assert.Single(refusal.Unmet);
        Assert.Equal(ConditionCode.ExpoPromotionOrDays, span.Code);
        Assert.Equal(["2028-02-01", "2028-02-29"], span.Args.Take(2));
    }

    [Fact]
    public void Without_a_promotion_period_side_events_are_held_on_the_expos_days() =>
        ExpoDecisions.RecordSideEvent(Given(PlannedEvent), Side1, "협치 토크 콘서트", new(2028, 2, 20), "성북구청 다목적홀", "성북구협치회의", Planned)
            .ThenRefused("R9");

    [Fact]
    public void Shortening_the_promotion_period_past_a_side_event_names_it()
    {
        var recorded = new ExpoSideEventRecorded(Id, 2028, Side1, "홍보 버스킹", new(2028, 2, 3), "성신여대입구역 광장", "성북문화재단", Planned);
        var refusal = ExpoDecisions.SetPromotion(Given([.. Promoted, recorded]), new(new(2028, 2, 10), new(2028, 3, 5)), "단축", InWindow).ThenRefused("R9");
        Assert.Contains(Condition.Of(ConditionCode.ExpoSideEventOutsideDates, "홍보 버스킹", new DateOnly(2028, 2, 3)), refusal.Unmet);

        var withdrawn = new ExpoSideEventWithdrawn(Id, 2028, Side1, "홍보 버스킹", "우천 취소", InWindow);
        Assert.Null(ExpoDecisions.SetPromotion(Given([.. Promoted, recorded, withdrawn]), new(new(2028, 2, 10), new(2028, 3, 5)), "단축", InWindow).Refusal);
    }

    [Fact]
    public void A_side_event_is_withdrawn_once_with_a_reason()
    {
        var recorded = new ExpoSideEventRecorded(Id, 2028, Side1, "홍보 버스킹", new(2028, 2, 3), "성신여대입구역 광장", "성북문화재단", Planned);
        var withdrawn = new ExpoSideEventWithdrawn(Id, 2028, Side1, "홍보 버스킹", "우천 취소", InWindow);
        ExpoDecisions.WithdrawSideEvent(Given([.. Promoted, recorded]), Side1, "", InWindow).ThenRefused("R10");
        ExpoDecisions.WithdrawSideEvent(Given([.. Promoted, recorded]), Side1, " 우천 취소 ", InWindow).ThenEvents(withdrawn);
        ExpoDecisions.WithdrawSideEvent(Given([.. Promoted, recorded, withdrawn]), Side1, "다시", InWindow).ThenRefused("R10");
        ExpoDecisions.WithdrawSideEvent(Given(Promoted), Side1, "없음", InWindow).ThenRefused("expo.review");
    }

    [Fact]
    public void An_exhibit_submitted_without_a_mark_is_a_policy_being_realised()
    {
        ExpoDecisions.Submit(Given(PlannedEvent), Exhibit1, "성북구청 자치행정과", OrganisationType.Administration, "주민자치회", "요약", InWindow)
            .ThenEvents(new ExhibitSubmitted(Id, 2028, Exhibit1, "성북구청 자치행정과", OrganisationType.Administration, "주민자치회", "요약", InWindow, PolicyRealisation.Realised));
        var hoped = Given(PlannedEvent, new ExhibitSubmitted(Id, 2028, Exhibit1, "돈암동 주민모임", OrganisationType.Civil, "골목 공유부엌", "요약", InWindow, PolicyRealisation.Hoped));
        Assert.Equal(PolicyRealisation.Hoped, hoped.Exhibit(Exhibit1)!.Realisation);
    }

    [Fact]
    public void An_exhibits_mark_is_corrected_with_a_reason_even_after_the_expo()
    {
        var submitted = new ExhibitSubmitted(Id, 2028, Exhibit1, "돈암동 주민모임", OrganisationType.Civil, "골목 공유부엌", "요약", InWindow);
        object[] closed = [.. Promoted, submitted, new ExpoOpened(Id, 2028, OpensOn), new ExpoClosed(Id, 2028, ClosesOn)];
        ExpoDecisions.CorrectRealisation(Given(closed), Exhibit1, PolicyRealisation.Hoped, " ", ClosesOn).ThenRefused("R10");
        ExpoDecisions.CorrectRealisation(Given(closed), Exhibit1, PolicyRealisation.Realised, "그대로", ClosesOn).ThenRefused("expo.review");
        ExpoDecisions.CorrectRealisation(Given(closed), Exhibit1, PolicyRealisation.Hoped, "아직 예산이 없는 제안", ClosesOn)
            .ThenEvents(new ExhibitRealisationCorrected(Id, 2028, Exhibit1, PolicyRealisation.Realised, PolicyRealisation.Hoped, "아직 예산이 없는 제안", ClosesOn));
    }

    [Fact]
    public void A_withdrawn_exhibits_mark_is_not_corrected() =>
        ExpoDecisions.CorrectRealisation(
            Given([.. Promoted, new ExhibitSubmitted(Id, 2028, Exhibit1, "돈암동 주민모임", OrganisationType.Civil, "골목 공유부엌", "요약", InWindow),
                new ExhibitWithdrawn(Id, 2028, Exhibit1, "돈암동 주민모임", "중복", InWindow)]),
            Exhibit1, PolicyRealisation.Hoped, "제안", InWindow).ThenRefused("R10");
}
