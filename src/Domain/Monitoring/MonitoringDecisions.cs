using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Monitoring;

public sealed record IndicatorScore(string Code, IndicatorKind Kind, decimal? Score, string? Comment);

/// <summary>A course a person completed, as R7 reads it: its kind and the business date of the completion.</summary>
public sealed record TrainingCompletion(Education.CourseKind Kind, DateOnly CompletedOn);

/// <summary>The decisions of the monitoring group (R7) and of its yearly report.</summary>
public static class MonitoringDecisions
{
    public const string ReportRule = "monitoring.report";
    public const string IndicatorRule = "monitoring.indicator";
    public const string ScaleRule = "monitoring.scale";

    /// <summary>R7: training counts only when monitoring-group training was completed on or before the day of appointment.</summary>
    public static bool CompletedMonitorTrainingBy(IEnumerable<TrainingCompletion> completions, DateOnly appointedOn) =>
        completions.Any(c => c.Kind == Education.CourseKind.MonitorTraining && c.CompletedOn <= appointedOn);

    /// <summary>R7: only a person who completed monitoring-group training on or before the day of appointment joins the year's group.</summary>
    public static Decision Appoint(MonitoringYear year, Guid personId, string personName, string? userName, IReadOnlyList<TrainingCompletion> completions, DateOnly on)
    {
        if (!CompletedMonitorTrainingBy(completions, on))
            return Decision.Refuse(new Refusal("R7", RefusalCode.MonitorNotTrainedByDay, personName, on)
                .WithUnmet([Condition.Of(ConditionCode.MonitorTrainedByDay, on)]));
        return Appoint(year, personId, personName, userName, true, on);
    }

    /// <summary>R7 as the caller judged it: <paramref name="completedMonitorTraining"/> says whether the person completed monitoring-group training in time.</summary>
    public static Decision Appoint(MonitoringYear year, Guid personId, string personName, string? userName, bool completedMonitorTraining, DateOnly on)
    {
        if (!completedMonitorTraining)
            return Decision.Refuse(new Refusal("R7", RefusalCode.MonitorNotTrainedByYear, personName, year.Year)
                .WithUnmet([Condition.Of(ConditionCode.MonitorTrainedByYear, year.Year)]));
        if (year.Monitors.GetValueOrDefault(personId) is { EndedOn: null })
            return Decision.Refuse("R7", RefusalCode.MonitorAlreadyAppointed, personName, year.Year);
        if (userName is not null && year.MonitorSignedInAs(userName) is { } other)
            return Decision.Refuse("R7", RefusalCode.MonitorUserAlreadyLinked, userName, other.Name, year.Year);
        return Decision.Accept(new MonitorAppointed(year.Year, personId, personName, userName, on));
    }

    /// <summary>
    /// R7 with the evaluated task's owner: a strategic task evaluated for a division must belong to
    /// that division (its own, or a joint task for it).
    /// </summary>
    public static Decision Evaluate(
        MonitoringYear year, Guid evaluationId, Guid monitorId, Guid divisionId, Guid? strategicTaskId, long? strategicTaskVersion,
        StrategicTasks.StrategicTaskOwner? taskOwner, IReadOnlyList<IndicatorScore> scores, IReadOnlyDictionary<string, IndicatorDefinition> catalogue, DateOnly on) =>
        Evaluate(year, evaluationId, monitorId, divisionId, strategicTaskId, strategicTaskVersion, taskOwner, null, scores, catalogue, on);

    /// <summary>
    /// R7 with the evaluated task's owner and the governance policy evaluated (L48), if any: the task
    /// must belong to the division, and the policy must stand (<see cref="PolicyRefusal"/>).
    /// </summary>
    public static Decision Evaluate(
        MonitoringYear year, Guid evaluationId, Guid monitorId, Guid divisionId, Guid? strategicTaskId, long? strategicTaskVersion,
        StrategicTasks.StrategicTaskOwner? taskOwner, PolicyUnderEvaluation? policy, IReadOnlyList<IndicatorScore> scores,
        IReadOnlyDictionary<string, IndicatorDefinition> catalogue, DateOnly on)
    {
        if (strategicTaskId is not null && taskOwner is not null && taskOwner.DivisionId != divisionId)
            return Decision.Refuse(new Refusal("R7", RefusalCode.EvaluationTaskOfOtherDivision)
                .WithUnmet([Condition.Of(ConditionCode.EvaluatedTaskOfDivision, divisionId, taskOwner.DivisionId)]));
        if (policy is not null && PolicyRefusal(policy) is { } refused) return Decision.Refuse(refused);
        var decision = Evaluate(year, evaluationId, monitorId, divisionId, strategicTaskId, strategicTaskVersion, scores, catalogue, on);
        return decision.IsRefused || policy is null
            ? decision
            : Decision.Accept([.. decision.Events.Select(e => e is EvaluationRecorded recorded ? recorded with { Policy = policy.Policy } : e)]);
    }

    /// <summary>
    /// R7 (L48: 협치정책을 평가하는 모니터링단): a policy evaluated is one that stands — an exhibit the
    /// expo accepted and its organisation did not withdraw, or an ordinance the council enacted.
    /// </summary>
    public static Refusal? PolicyRefusal(PolicyUnderEvaluation policy)
    {
        switch (policy.Policy.Kind)
        {
            case PolicyKind.Exhibit:
                var expo = policy.Expo;
                var exhibit = policy.Policy.ExhibitId is { } id ? expo?.Exhibit(id) : null;
                if (exhibit is null)
                    return new Refusal("R7", RefusalCode.ExpoNoSuchExhibit, policy.Policy.ExpoYear ?? 0, policy.Policy.ExhibitId ?? Guid.Empty);
                if (exhibit.IsWithdrawn) return new Refusal("R7", RefusalCode.EvaluatedExhibitWithdrawn, exhibit.Title);
                return exhibit.Status == Expos.ExhibitStatus.Accepted
                    ? null
                    : new Refusal("R7", RefusalCode.EvaluatedExhibitNotAccepted, exhibit.Title, exhibit.Status)
                        .WithUnmet([Condition.Of(ConditionCode.EvaluatedExhibitAccepted, exhibit.Title, exhibit.Status)]);
            default:
                if (policy.TaskForce is not { } taskForce)
                    return new Refusal("R7", RefusalCode.EvaluatedOrdinanceNotEnacted, policy.Policy.TaskForceId ?? Guid.Empty, TaskForce.OrdinanceStage.Drafting);
                return taskForce.Ordinance == TaskForce.OrdinanceStage.Enacted
                    ? null
                    : new Refusal("R7", RefusalCode.EvaluatedOrdinanceNotEnacted, taskForce.Name, taskForce.Ordinance)
                        .WithUnmet([Condition.Of(ConditionCode.EvaluatedOrdinanceEnacted, taskForce.Name, taskForce.Ordinance)]);
        }
    }

    /// <summary>
    /// R7: only the year's monitors, serving on the date, record the year's evaluations, and only until the year's report is
    /// published. Each indicator must match its catalogue kind, and a score must lie on its scale.
    /// </summary>
    public static Decision Evaluate(
        MonitoringYear year, Guid evaluationId, Guid monitorId, Guid divisionId, Guid? strategicTaskId, long? strategicTaskVersion,
        IReadOnlyList<IndicatorScore> scores, IReadOnlyDictionary<string, IndicatorDefinition> catalogue, DateOnly on)
    {
        if (year.IsClosed)
            return Decision.Refuse(ReportRule, RefusalCode.MonitoringReportPublished, year.Year, year.ReportPublishedOn);
        if (year.Monitors.GetValueOrDefault(monitorId) is not { } monitor)
            return Decision.Refuse(new Refusal("R7", RefusalCode.EvaluationByNonMonitor, year.Year)
                .WithUnmet([Condition.Of(ConditionCode.MonitorOfYear, year.Year, monitorId)]));
        if (!monitor.ServesOn(on))
            return Decision.Refuse(new Refusal("R7", RefusalCode.MonitorAppointmentEnded, monitor.Name, monitor.EndedOn)
                .WithUnmet([Condition.Of(ConditionCode.MonitorServingOn, on)]));

        if (CatalogueRefusal(scores, catalogue) is { } refused) return refused;

        return Decision.Accept(new EvaluationRecorded(evaluationId, year.Year, monitorId, divisionId, strategicTaskId, strategicTaskVersion,
            scores.Select(s => new IndicatorResult(s.Code, s.Kind, s.Score, s.Comment)).ToList(), on));
    }

    /// <summary>R7, R10: a monitor's appointment ends on a date, with a reason; once.</summary>
    public static Decision EndAppointment(MonitoringYear year, Guid personId, string reason, DateOnly on)
    {
        if (year.Monitors.GetValueOrDefault(personId) is not { } monitor)
            return Decision.Refuse("R7", RefusalCode.NotAMonitor, personId, year.Year);
        if (monitor.EndedOn is { } ended)
            return Decision.Refuse("R10", RefusalCode.MonitorAppointmentAlreadyEnded, monitor.Name, ended);
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse("R10", RefusalCode.MonitorEndNeedsReason);
        if (monitor.AppointedOn is { } appointed && on < appointed)
            return Decision.Refuse("R7", RefusalCode.MonitorEndBeforeAppointment, monitor.Name, appointed, on);
        return Decision.Accept(new MonitorAppointmentEnded(year.Year, personId, monitor.Name, reason.Trim(), on));
    }

    /// <summary>
    /// R10: an evaluation's indicators are corrected by a new event naming the evaluation, the scores it
    /// replaces and the reason; the corrected scores follow the catalogue like new ones. A withdrawn
    /// evaluation is not corrected. Allowed after the report is published: the year-over-year report follows.
    /// The evaluated policy stays as it is.
    /// </summary>
    public static Decision CorrectEvaluation(MonitoringYear year, Guid evaluationId, IReadOnlyList<IndicatorScore> scores,
        IReadOnlyDictionary<string, IndicatorDefinition> catalogue, string reason, DateOnly on) =>
        CorrectEvaluation(year, evaluationId, scores, catalogue,
            year.EvaluationRecords.GetValueOrDefault(evaluationId)?.Policy is { } kept ? new PolicyUnderEvaluation(kept, null, null) : null, reason, on);

    /// <summary>
    /// R10 with the evaluated policy as it should have been recorded (<paramref name="policy"/>; null for none):
    /// a policy the correction names anew must stand as a new evaluation's must (R7, <see cref="PolicyRefusal"/>);
    /// the policy the evaluation already names is kept without being judged again.
    /// </summary>
    public static Decision CorrectEvaluation(MonitoringYear year, Guid evaluationId, IReadOnlyList<IndicatorScore> scores,
        IReadOnlyDictionary<string, IndicatorDefinition> catalogue, PolicyUnderEvaluation? policy, string reason, DateOnly on)
    {
        if (EvaluationRefusal(year, evaluationId, reason, Act.Correct) is { } refused) return refused;
        if (scores.Count == 0) return Decision.Refuse(IndicatorRule, RefusalCode.EvaluationWithoutIndicators);
        if (CatalogueRefusal(scores, catalogue) is { } off) return off;
        var record = year.EvaluationRecords[evaluationId];
        var samePolicy = Equals(policy?.Policy, record.Policy);
        if (!samePolicy && policy is not null && PolicyRefusal(policy) is { } standing) return Decision.Refuse(standing);
        var corrected = scores.Select(s => new IndicatorResult(s.Code, s.Kind, s.Score, s.Comment)).ToList();
        if (corrected.SequenceEqual(record.Indicators) && samePolicy)
            return Decision.Refuse("R10", RefusalCode.EvaluationCorrectionChangesNothing);
        return Decision.Accept(new EvaluationCorrected(year.Year, evaluationId, record.DivisionId, record.Indicators, corrected, reason.Trim(), on,
            record.Policy, policy?.Policy));
    }

    /// <summary>R10: an evaluation entered by mistake is withdrawn once, with a reason; it leaves the year's means and the report's count.</summary>
    public static Decision WithdrawEvaluation(MonitoringYear year, Guid evaluationId, string reason, DateOnly on)
    {
        if (EvaluationRefusal(year, evaluationId, reason, Act.Withdraw) is { } refused) return refused;
        var record = year.EvaluationRecords[evaluationId];
        return Decision.Accept(new EvaluationWithdrawn(year.Year, evaluationId, record.DivisionId, record.Indicators, reason.Trim(), on, record.Policy));
    }

    /// <summary>R10: the <paramref name="number"/>-th evidence of an evaluation (from 1) is withdrawn once, with a reason.</summary>
    public static Decision WithdrawEvidence(MonitoringYear year, Guid evaluationId, int number, string reason, DateOnly on)
    {
        if (EvaluationRefusal(year, evaluationId, reason, Act.Change) is { } refused) return refused;
        var record = year.EvaluationRecords[evaluationId];
        if (number < 1 || number > record.Evidence)
            return Decision.Refuse(ReportRule, RefusalCode.EvidenceNoSuchNumber, record.Evidence, number);
        if (record.WithdrawnEvidence.Contains(number))
            return Decision.Refuse("R10", RefusalCode.EvidenceAlreadyWithdrawn, number);
        return Decision.Accept(new EvaluationEvidenceWithdrawn(year.Year, evaluationId, number, reason.Trim(), on));
    }

    private static Decision? EvaluationRefusal(MonitoringYear year, Guid evaluationId, string reason, Act what)
    {
        if (year.EvaluationRecords.GetValueOrDefault(evaluationId) is not { } record)
            return Decision.Refuse(ReportRule, RefusalCode.EvaluationNoSuch, year.Year, evaluationId);
        if (record.WithdrawnOn is { } withdrawn)
            return Decision.Refuse("R10", RefusalCode.EvaluationWithdrawn, withdrawn, what);
        if (string.IsNullOrWhiteSpace(reason))
            return Decision.Refuse("R10", RefusalCode.EvaluationChangeNeedsReason);
        return null;
    }

    private static Decision? CatalogueRefusal(IReadOnlyList<IndicatorScore> scores, IReadOnlyDictionary<string, IndicatorDefinition> catalogue)
    {
        var unmet = new List<Condition>();
        foreach (var score in scores)
        {
            var definition = catalogue[score.Code];
            if (definition.Kind != score.Kind)
            {
                unmet.Add(Condition.Of(ConditionCode.IndicatorKindOfCatalogue, score.Code, definition.Kind, score.Kind));
            }
            else if (score is { Kind: IndicatorKind.Quantitative, Score: { } value }
                     && (value < definition.ScaleMin || value > definition.ScaleMax))
            {
                return Decision.Refuse(new Refusal(ScaleRule, RefusalCode.IndicatorOffScale, score.Code, definition.Name, definition.ScaleMin, definition.ScaleMax, value)
                    .WithUnmet([Condition.Of(ConditionCode.IndicatorOnScale, score.Code, definition.ScaleMin, definition.ScaleMax)]));
            }
        }

        return unmet.Count > 0
            ? Decision.Refuse(new Refusal(IndicatorRule, RefusalCode.IndicatorKindMismatch).WithUnmet(unmet))
            : null;
    }

    public static Decision AttachEvidence(MonitoringYear year, Guid evaluationId, EvidenceMethod method, int count, int respondents, IReadOnlyList<string> findings, DateOnly on)
    {
        if (year.IsClosed)
            return Decision.Refuse(ReportRule, RefusalCode.MonitoringReportPublished, year.Year, year.ReportPublishedOn);
        if (!year.Evaluations.Contains(evaluationId))
            return year.EvaluationRecords.ContainsKey(evaluationId)
                ? Decision.Refuse("R10", RefusalCode.EvaluationWithdrawnEarlier, evaluationId)
                : Decision.Refuse(ReportRule, RefusalCode.EvaluationNoSuch, year.Year, evaluationId);
        return Decision.Accept(new EvaluationEvidenceAttached(year.Year, evaluationId, method, count, respondents, findings, on));
    }

    /// <summary>The report is published once a year, from at least one evaluation; it closes the year's evaluations.</summary>
    public static Decision Publish(MonitoringYear year, string summary, DateOnly on)
    {
        if (year.IsClosed)
            return Decision.Refuse(ReportRule, RefusalCode.MonitoringReportAlreadyPublished, year.Year, year.ReportPublishedOn);
        if (year.Evaluations.Count == 0)
            return Decision.Refuse(new Refusal(ReportRule, RefusalCode.MonitoringReportWithoutEvaluations, year.Year).WithUnmet([Condition.Of(ConditionCode.MonitoringReportHasEvaluation)]));
        return Decision.Accept(new MonitoringReportPublished(year.Year, summary, year.Evaluations.Count, on));
    }

    /// <summary>R10: a published report is never rewritten; a correction is a new event that keeps the original.</summary>
    public static Decision Correct(MonitoringYear year, string summary, string reason, DateOnly on)
    {
        if (year.ReportPublishedOn is not { } published)
            return Decision.Refuse(ReportRule, RefusalCode.MonitoringReportNotPublished, year.Year);
        if (on < published)
            return Decision.Refuse("R10", RefusalCode.MonitoringCorrectionBeforeReport, on, published);
        return Decision.Accept(new MonitoringReportCorrected(year.Year, summary, reason, published, on));
    }
}
