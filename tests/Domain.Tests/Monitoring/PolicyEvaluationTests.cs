using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.TaskForce;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Monitoring;

/// <summary>R7, L48 (협치정책을 평가하는 모니터링단): an evaluation may name the governance policy it evaluates — an accepted expo exhibit or the enacted ordinance.</summary>
public class PolicyEvaluationTests
{
    private static readonly Guid Monitor = Guid.Parse("0196a1b2-0000-7000-8000-0000000006a1");
    private static readonly Guid Division = Guid.Parse("0196a1b2-0000-7000-8000-0000000006d1");
    private static readonly Guid Evaluation = Guid.Parse("0196a1b2-0000-7000-8000-0000000006b1");
    private static readonly Guid Accepted = Guid.Parse("0196a1b2-0000-7000-8000-0000000006e1");
    private static readonly Guid Submitted = Guid.Parse("0196a1b2-0000-7000-8000-0000000006e2");
    private static readonly Guid Withdrawn = Guid.Parse("0196a1b2-0000-7000-8000-0000000006e3");
    private static readonly Guid TaskForceId = Guid.Parse("0196a1b2-0000-7000-8000-0000000006f1");
    private static readonly DateOnly On = new(2027, 10, 1);
    private static readonly DateOnly Spring = new(2027, 3, 2);

    private static readonly Dictionary<string, IndicatorDefinition> Catalogue = new()
    {
        ["P1"] = new IndicatorDefinition(Guid.Empty, "P1", "참여율", IndicatorKind.Quantitative, 40, 60, 0, 100, "%"),
    };

    private static readonly IndicatorScore[] Scores = [new("P1", IndicatorKind.Quantitative, 55, null)];
    private static readonly IndicatorResult[] Results = [new("P1", IndicatorKind.Quantitative, 55, null)];

    private static readonly Expo TheExpo = Given<Expo>(Expo.Evolve,
        new ExpoPlanned(Expo.StreamIdFor(2027), 2027, Expo.DefaultVenue, Spring, Spring.AddDays(20), Spring.AddDays(60), Spring.AddDays(61), Spring),
        new ExhibitSubmitted(Expo.StreamIdFor(2027), 2027, Accepted, "성북돌봄네트워크", OrganisationType.Civil, "돌봄 정보 지도", "요약", Spring),
        new ExhibitSubmitted(Expo.StreamIdFor(2027), 2027, Submitted, "성북청년회", OrganisationType.Civil, "청년 공간", "요약", Spring),
        new ExhibitSubmitted(Expo.StreamIdFor(2027), 2027, Withdrawn, "성북환경모임", OrganisationType.Civil, "태양광 지붕", "요약", Spring),
        new ExhibitAccepted(Expo.StreamIdFor(2027), 2027, Accepted, Spring.AddDays(21)),
        new ExhibitAccepted(Expo.StreamIdFor(2027), 2027, Withdrawn, Spring.AddDays(21)),
        new ExhibitWithdrawn(Expo.StreamIdFor(2027), 2027, Withdrawn, "성북환경모임", "사업 취소", Spring.AddDays(30)));

    private static readonly object[] Drafting =
    [
        new TaskForceCreated(TaskForceId, "협치 조례 합동 TF", Spring),
        new OrdinanceDraftRecorded(TaskForceId, 1, "제1조(목적)", null, Spring),
        new OrdinanceDraftSubmitted(TaskForceId, 1, Spring.AddDays(10)),
    ];

    private static readonly JointTaskForce NotEnacted = Given<JointTaskForce>(JointTaskForce.Evolve, Drafting);
    private static readonly JointTaskForce Enacted = Given<JointTaskForce>(JointTaskForce.Evolve, [.. Drafting, new OrdinanceEnacted(TaskForceId, 1, "제1712호", Spring.AddDays(40))]);

    private static readonly EvaluatedPolicy Exhibit = EvaluatedPolicy.OfExhibit(2027, Accepted);
    private static readonly EvaluatedPolicy Ordinance = EvaluatedPolicy.OfOrdinance(TaskForceId);

    private static readonly object[] Appointed = [new MonitorAppointed(2027, Monitor, "한지호", null, new DateOnly(2027, 9, 1))];

    private static MonitoringYear GivenYear(params object[] history) => Given<MonitoringYear>(MonitoringYear.Evolve, history);

    private static Decision Evaluate(PolicyUnderEvaluation? policy) =>
        MonitoringDecisions.Evaluate(GivenYear(Appointed), Evaluation, Monitor, Division, null, null, null, policy, Scores, Catalogue, On);

    [Fact]
    public void Given_an_accepted_exhibit_when_a_monitor_evaluates_it_then_the_evaluation_names_the_policy() =>
        Evaluate(new PolicyUnderEvaluation(Exhibit, TheExpo, null))
            .ThenEvents(new EvaluationRecorded(Evaluation, 2027, Monitor, Division, null, null, Results, On, Exhibit));

    [Fact]
    public void Given_an_enacted_ordinance_when_a_monitor_evaluates_it_then_the_evaluation_names_the_ordinance() =>
        Evaluate(new PolicyUnderEvaluation(Ordinance, null, Enacted))
            .ThenEvents(new EvaluationRecorded(Evaluation, 2027, Monitor, Division, null, null, Results, On, Ordinance));

    [Fact]
    public void Given_no_policy_when_a_monitor_evaluates_then_the_evaluation_is_of_the_division_only() =>
        Evaluate(null).ThenEvents(new EvaluationRecorded(Evaluation, 2027, Monitor, Division, null, null, Results, On));

    [Fact]
    public void Given_an_exhibit_still_under_review_when_evaluated_then_R7_refuses_naming_its_status()
    {
        var refusal = Evaluate(new PolicyUnderEvaluation(EvaluatedPolicy.OfExhibit(2027, Submitted), TheExpo, null)).ThenRefused("R7");
        Assert.Equal(RefusalCode.EvaluatedExhibitNotAccepted, refusal.Code);
        var unmet = Assert.Single(refusal.Unmet);
        Assert.Equal(ConditionCode.EvaluatedExhibitAccepted, unmet.Code);
        Assert.Contains("청년 공간", unmet.Args[0]);
    }

    [Fact]
    public void Given_an_exhibit_its_organisation_withdrew_when_evaluated_then_R7_refuses() =>
        Assert.Equal(RefusalCode.EvaluatedExhibitWithdrawn,
            Evaluate(new PolicyUnderEvaluation(EvaluatedPolicy.OfExhibit(2027, Withdrawn), TheExpo, null)).ThenRefused("R7").Code);

    [Fact]
    public void Given_an_exhibit_the_expo_does_not_have_when_evaluated_then_R7_refuses() =>
        Assert.Equal(RefusalCode.ExpoNoSuchExhibit,
            Evaluate(new PolicyUnderEvaluation(EvaluatedPolicy.OfExhibit(2027, Evaluation), TheExpo, null)).ThenRefused("R7").Code);

    [Fact]
    public void Given_an_ordinance_before_the_council_when_evaluated_then_R7_refuses_until_it_is_enacted()
    {
        var refusal = Evaluate(new PolicyUnderEvaluation(Ordinance, null, NotEnacted)).ThenRefused("R7");
        Assert.Equal(RefusalCode.EvaluatedOrdinanceNotEnacted, refusal.Code);
        Assert.Equal(["협치 조례 합동 TF", OrdinanceStage.Submitted], refusal.Args);
    }

    [Fact]
    public void Given_a_division_evaluation_when_corrected_to_name_the_ordinance_then_the_correction_keeps_both_policies() =>
        MonitoringDecisions.CorrectEvaluation(
                GivenYear([.. Appointed, new EvaluationRecorded(Evaluation, 2027, Monitor, Division, null, null, Results, On)]),
                Evaluation, Scores, Catalogue, new PolicyUnderEvaluation(Ordinance, null, Enacted), "조례 평가를 빠뜨림", On)
            .ThenEvents(new EvaluationCorrected(2027, Evaluation, Division, Results, Results, "조례 평가를 빠뜨림", On, null, Ordinance));

    [Fact]
    public void Given_a_policy_evaluation_when_corrected_to_a_policy_that_does_not_stand_then_R7_refuses() =>
        MonitoringDecisions.CorrectEvaluation(
                GivenYear([.. Appointed, new EvaluationRecorded(Evaluation, 2027, Monitor, Division, null, null, Results, On, Ordinance)]),
                Evaluation, Scores, Catalogue, new PolicyUnderEvaluation(EvaluatedPolicy.OfExhibit(2027, Submitted), TheExpo, null), "다른 정책", On)
            .ThenRefused("R7");

    [Fact]
    public void Given_a_policy_evaluation_when_only_its_scores_are_corrected_then_the_policy_stays_unjudged_and_kept()
    {
        var year = GivenYear([.. Appointed, new EvaluationRecorded(Evaluation, 2027, Monitor, Division, null, null, Results, On, Exhibit)]);
        IndicatorResult[] lower = [new("P1", IndicatorKind.Quantitative, 45, null)];

        MonitoringDecisions.CorrectEvaluation(year, Evaluation, [new IndicatorScore("P1", IndicatorKind.Quantitative, 45, null)], Catalogue, "집계 오류", On)
            .ThenEvents(new EvaluationCorrected(2027, Evaluation, Division, Results, lower, "집계 오류", On, Exhibit, Exhibit));
        MonitoringDecisions.CorrectEvaluation(year, Evaluation, Scores, Catalogue, "그대로", On).ThenRefused("R10");
    }

    [Fact]
    public void Given_a_policy_evaluation_when_the_policy_is_taken_off_then_only_the_policy_changes_and_withdrawal_names_it()
    {
        var year = GivenYear([.. Appointed, new EvaluationRecorded(Evaluation, 2027, Monitor, Division, null, null, Results, On, Exhibit)]);

        MonitoringDecisions.CorrectEvaluation(year, Evaluation, Scores, Catalogue, null, "분과 평가였음", On)
            .ThenEvents(new EvaluationCorrected(2027, Evaluation, Division, Results, Results, "분과 평가였음", On, Exhibit, null));
        MonitoringDecisions.WithdrawEvaluation(year, Evaluation, "잘못 입력", On)
            .ThenEvents(new EvaluationWithdrawn(2027, Evaluation, Division, Results, "잘못 입력", On, Exhibit));
    }

    [Fact]
    public void A_policy_key_names_the_policy_back() =>
        Assert.Equal([Exhibit, Ordinance], new[] { Exhibit, Ordinance }.Select(p => EvaluatedPolicy.FromKey(EvaluatedPolicy.KeyOf(p))));
}
