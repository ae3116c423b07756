using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Monitoring;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Monitoring;

public class MonitoringDecisionTests
{
    private static readonly Guid Monitor = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a1");
    private static readonly Guid Other = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a2");
    private static readonly Guid Division = Guid.Parse("0196a1b2-0000-7000-8000-0000000000d1");
    private static readonly Guid Evaluation = Guid.Parse("0196a1b2-0000-7000-8000-0000000000b1");
    private static readonly DateOnly On = new(2027, 10, 1);

    private static readonly Dictionary<string, IndicatorDefinition> Catalogue = new()
    {
        ["P1"] = new IndicatorDefinition(Guid.Empty, "P1", "참여율", IndicatorKind.Quantitative, 40, 60, 0, 100, "%"),
        ["Q1"] = new IndicatorDefinition(Guid.Empty, "Q1", "민관 신뢰도 의견", IndicatorKind.Qualitative, null, null, null, null, null),
    };

    private static readonly object[] Appointed = [new MonitorAppointed(2027, Monitor, "한지호", "hanjiho", On)];
    private static readonly object[] Evaluated =
        [.. Appointed, new EvaluationRecorded(Evaluation, 2027, Monitor, Division, null, null, [new IndicatorResult("P1", IndicatorKind.Quantitative, 55, null)], On)];
    private static readonly object[] Published = [.. Evaluated, new MonitoringReportPublished(2027, "요약", 1, new DateOnly(2027, 12, 20))];

    private static MonitoringYear GivenYear(params object[] history) => Given<MonitoringYear>(MonitoringYear.Evolve, history);

    [Fact]
    public void Given_a_person_without_monitoring_training_when_appointed_then_R7_refuses_naming_why()
    {
        var refusal = MonitoringDecisions.Appoint(MonitoringYear.Empty(2027), Monitor, "한지호", null, completedMonitorTraining: false, On).ThenRefused("R7");
        Assert.Equal(Condition.Of(ConditionCode.MonitorTrainedByYear, 2027), Assert.Single(refusal.Unmet));
    }

    [Fact]
    public void Given_training_completed_when_appointed_then_the_monitor_joins_the_year() =>
        MonitoringDecisions.Appoint(MonitoringYear.Empty(2027), Monitor, "한지호", "hanjiho", true, On)
            .ThenEvents(new MonitorAppointed(2027, Monitor, "한지호", "hanjiho", On));

    [Fact]
    public void Given_a_monitor_when_appointed_again_or_their_user_name_is_reused_then_it_is_refused()
    {
        MonitoringDecisions.Appoint(GivenYear(Appointed), Monitor, "한지호", null, true, On).ThenRefused("R7");
        MonitoringDecisions.Appoint(GivenYear(Appointed), Other, "서유나", "hanjiho", true, On).ThenRefused("R7");
    }

    [Fact]
    public void Given_a_monitor_of_the_year_when_evaluating_then_the_evaluation_keeps_the_task_version() =>
        MonitoringDecisions.Evaluate(GivenYear(Appointed), Evaluation, Monitor, Division, Other, 3,
                [new IndicatorScore("P1", IndicatorKind.Quantitative, 55, null), new IndicatorScore("Q1", IndicatorKind.Qualitative, null, "신뢰가 높아짐")], Catalogue, On)
            .ThenEvents(new EvaluationRecorded(Evaluation, 2027, Monitor, Division, Other, 3,
                [new IndicatorResult("P1", IndicatorKind.Quantitative, 55, null), new IndicatorResult("Q1", IndicatorKind.Qualitative, null, "신뢰가 높아짐")], On));

    [Fact]
    public void Given_someone_not_a_monitor_of_the_year_when_evaluating_then_R7_refuses() =>
        MonitoringDecisions.Evaluate(GivenYear(Appointed), Evaluation, Other, Division, null, null,
            [new IndicatorScore("P1", IndicatorKind.Quantitative, 55, null)], Catalogue, On).ThenRefused("R7");

    [Fact]
    public void Given_a_score_off_the_scale_when_evaluating_then_it_is_refused() =>
        MonitoringDecisions.Evaluate(GivenYear(Appointed), Evaluation, Monitor, Division, null, null,
            [new IndicatorScore("P1", IndicatorKind.Quantitative, 101, null)], Catalogue, On).ThenRefused(MonitoringDecisions.ScaleRule);

    [Fact]
    public void Given_a_kind_other_than_the_catalogue_when_evaluating_then_it_is_refused() =>
        MonitoringDecisions.Evaluate(GivenYear(Appointed), Evaluation, Monitor, Division, null, null,
            [new IndicatorScore("Q1", IndicatorKind.Quantitative, 3, null)], Catalogue, On).ThenRefused(MonitoringDecisions.IndicatorRule);

    [Fact]
    public void Given_a_published_report_when_evaluating_or_attaching_evidence_then_the_year_is_closed()
    {
        MonitoringDecisions.Evaluate(GivenYear(Published), Guid.NewGuid(), Monitor, Division, null, null,
            [new IndicatorScore("P1", IndicatorKind.Quantitative, 50, null)], Catalogue, On).ThenRefused(MonitoringDecisions.ReportRule);
        MonitoringDecisions.AttachEvidence(GivenYear(Published), Evaluation, EvidenceMethod.Survey, 1, 30, [], On).ThenRefused(MonitoringDecisions.ReportRule);
    }

    [Fact]
    public void Given_an_evaluation_when_a_survey_is_attached_then_its_summary_is_recorded() =>
        MonitoringDecisions.AttachEvidence(GivenYear(Evaluated), Evaluation, EvidenceMethod.Survey, 1, 120, ["참여 경로가 다양해짐"], On)
            .ThenEvents(new EvaluationEvidenceAttached(2027, Evaluation, EvidenceMethod.Survey, 1, 120, ["참여 경로가 다양해짐"], On));

    [Fact]
    public void Given_no_evaluation_when_publishing_then_it_is_refused() =>
        MonitoringDecisions.Publish(GivenYear(Appointed), "요약", On).ThenRefused(MonitoringDecisions.ReportRule);

    [Fact]
    public void Given_evaluations_when_publishing_then_the_report_counts_them_and_a_second_publication_is_refused()
    {
        MonitoringDecisions.Publish(GivenYear(Evaluated), "요약", On).ThenEvents(new MonitoringReportPublished(2027, "요약", 1, On));
        MonitoringDecisions.Publish(GivenYear(Published), "다시", On).ThenRefused(MonitoringDecisions.ReportRule);
    }

    [Fact]
    public void Given_a_published_report_when_corrected_then_a_new_event_names_the_report_it_corrects()
    {
        var correctedOn = new DateOnly(2028, 1, 5);
        MonitoringDecisions.Correct(GivenYear(Published), "고친 요약", "수치 오기", correctedOn)
            .ThenEvents(new MonitoringReportCorrected(2027, "고친 요약", "수치 오기", new DateOnly(2027, 12, 20), correctedOn));
        MonitoringDecisions.Correct(GivenYear(Evaluated), "고친 요약", "수치 오기", correctedOn).ThenRefused(MonitoringDecisions.ReportRule);
        MonitoringDecisions.Correct(GivenYear(Published), "고친 요약", "수치 오기", new DateOnly(2027, 12, 1)).ThenRefused("R10");
    }

    [Fact]
    public void Year_stream_ids_follow_from_the_year() =>
        Assert.Equal(MonitoringStreams.Year(2027), MonitoringYear.Empty(2027).Id);
}
