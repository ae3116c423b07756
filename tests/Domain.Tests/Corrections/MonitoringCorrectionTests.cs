using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.StrategicTasks;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Corrections;

/// <summary>R7 and R10 for the monitoring year: dated training, ended appointments, corrected or withdrawn evaluations and evidence.</summary>
public class MonitoringCorrectionTests
{
    private static readonly Guid Monitor = Guid.Parse("0196a1b2-0000-7000-8000-0000000005a1");
    private static readonly Guid Division = Guid.Parse("0196a1b2-0000-7000-8000-0000000005d1");
    private static readonly Guid OtherDivision = Guid.Parse("0196a1b2-0000-7000-8000-0000000005d2");
    private static readonly Guid Evaluation = Guid.Parse("0196a1b2-0000-7000-8000-0000000005b1");
    private static readonly Guid Task = Guid.Parse("0196a1b2-0000-7000-8000-0000000005e1");
    private static readonly DateOnly Appointed = new(2027, 9, 1);
    private static readonly DateOnly On = new(2027, 10, 1);

    private static readonly Dictionary<string, IndicatorDefinition> Catalogue = new()
    {
        ["P1"] = new IndicatorDefinition(Guid.Empty, "P1", "참여율", IndicatorKind.Quantitative, 40, 60, 0, 100, "%"),
    };

    private static readonly IndicatorResult Score55 = new("P1", IndicatorKind.Quantitative, 55, null);
    private static readonly object[] Evaluated =
    [
        new MonitorAppointed(2027, Monitor, "한지호", null, Appointed),
        new EvaluationRecorded(Evaluation, 2027, Monitor, Division, null, null, [Score55], On),
        new EvaluationEvidenceAttached(2027, Evaluation, EvidenceMethod.Survey, 1, 148, ["x"], On),
    ];

    private static MonitoringYear Given(params object[] history) => Given<MonitoringYear>(MonitoringYear.Evolve, history);

    [Fact]
    public void Training_completed_after_the_appointment_date_does_not_count_for_R7()
    {
        TrainingCompletion[] completedLater = [new(CourseKind.MonitorTraining, new DateOnly(2027, 9, 15))];

        MonitoringDecisions.Appoint(MonitoringYear.Empty(2027), Monitor, "한지호", null, completedLater, Appointed).ThenRefused("R7");
        MonitoringDecisions.Appoint(MonitoringYear.Empty(2027), Monitor, "한지호", null, completedLater, new DateOnly(2027, 9, 15))
            .ThenEvents(new MonitorAppointed(2027, Monitor, "한지호", null, new DateOnly(2027, 9, 15)));
        MonitoringDecisions.Appoint(MonitoringYear.Empty(2027), Monitor, "한지호", null, [new(CourseKind.LeaderEducation, new DateOnly(2027, 1, 1))], Appointed)
            .ThenRefused("R7");
    }

    [Fact]
    public void When_a_monitors_appointment_ends_then_they_record_no_evaluation_after_it()
    {
        var year = Given(Evaluated);
        MonitoringDecisions.Evaluate(year, Guid.NewGuid(), Monitor, Division, null, null, [new IndicatorScore("P1", IndicatorKind.Quantitative, 50, null)], Catalogue, On);

        var decision = MonitoringDecisions.EndAppointment(year, Monitor, "이사", On);
        decision.ThenEvents(new MonitorAppointmentEnded(2027, Monitor, "한지호", "이사", On));
        var ended = Given([.. Evaluated, .. decision.Events]);

        MonitoringDecisions.Evaluate(ended, Guid.NewGuid(), Monitor, Division, null, null, [new IndicatorScore("P1", IndicatorKind.Quantitative, 50, null)], Catalogue, On)
            .ThenRefused("R7");
        MonitoringDecisions.EndAppointment(ended, Monitor, "again", On).ThenRefused("R10");
        MonitoringDecisions.EndAppointment(year, Monitor, "", On).ThenRefused("R10");
    }

    [Fact]
    public void An_evaluations_strategic_task_belongs_to_the_evaluated_division()
    {
        IndicatorScore[] scores = [new("P1", IndicatorKind.Quantitative, 50, null)];

        MonitoringDecisions.Evaluate(Given(Evaluated), Guid.NewGuid(), Monitor, Division, Task, 3, StrategicTaskOwner.Division(OtherDivision), scores, Catalogue, On)
            .ThenRefused("R7");
        Assert.False(MonitoringDecisions.Evaluate(Given(Evaluated), Guid.NewGuid(), Monitor, Division, Task, 3, StrategicTaskOwner.JointOf(Division), scores, Catalogue, On).IsRefused);
    }

    [Fact]
    public void When_an_evaluation_is_corrected_the_event_keeps_the_scores_it_replaces()
    {
        var decision = MonitoringDecisions.CorrectEvaluation(Given(Evaluated), Evaluation, [new IndicatorScore("P1", IndicatorKind.Quantitative, 45, null)], Catalogue, "집계 오류", On);

        decision.ThenEvents(new EvaluationCorrected(2027, Evaluation, Division, [Score55], [new IndicatorResult("P1", IndicatorKind.Quantitative, 45, null)], "집계 오류", On));
        Assert.Equal(45, Given([.. Evaluated, .. decision.Events]).EvaluationRecords[Evaluation].Indicators.Single().Score);
        MonitoringDecisions.CorrectEvaluation(Given(Evaluated), Evaluation, [new IndicatorScore("P1", IndicatorKind.Quantitative, 55, null)], Catalogue, "같음", On).ThenRefused("R10");
        MonitoringDecisions.CorrectEvaluation(Given(Evaluated), Evaluation, [new IndicatorScore("P1", IndicatorKind.Quantitative, 145, null)], Catalogue, "범위", On).ThenRefused("monitoring.scale");
    }

    [Fact]
    public void When_an_evaluation_is_withdrawn_then_the_year_no_longer_counts_it_and_a_second_withdrawal_is_refused()
    {
        var decision = MonitoringDecisions.WithdrawEvaluation(Given(Evaluated), Evaluation, "다른 분과 평가를 잘못 입력", On);

        decision.ThenEvents(new EvaluationWithdrawn(2027, Evaluation, Division, [Score55], "다른 분과 평가를 잘못 입력", On));
        var withdrawn = Given([.. Evaluated, .. decision.Events]);
        Assert.Empty(withdrawn.Evaluations);
        MonitoringDecisions.Publish(withdrawn, "요약", On).ThenRefused(MonitoringDecisions.ReportRule);
        MonitoringDecisions.WithdrawEvaluation(withdrawn, Evaluation, "again", On).ThenRefused("R10");
        MonitoringDecisions.WithdrawEvaluation(Given(Evaluated), Guid.NewGuid(), "unknown", On).ThenRefused(MonitoringDecisions.ReportRule);
        MonitoringDecisions.AttachEvidence(withdrawn, Evaluation, EvidenceMethod.Interview, 1, 1, [], On).ThenRefused("R10");
    }

    [Fact]
    public void Evidence_is_withdrawn_by_its_number_once()
    {
        MonitoringDecisions.WithdrawEvidence(Given(Evaluated), Evaluation, 1, "중복 첨부", On)
            .ThenEvents(new EvaluationEvidenceWithdrawn(2027, Evaluation, 1, "중복 첨부", On));
        MonitoringDecisions.WithdrawEvidence(Given([.. Evaluated, new EvaluationEvidenceWithdrawn(2027, Evaluation, 1, "x", On)]), Evaluation, 1, "again", On).ThenRefused("R10");
        MonitoringDecisions.WithdrawEvidence(Given(Evaluated), Evaluation, 2, "none", On).ThenRefused(MonitoringDecisions.ReportRule);
    }
}
