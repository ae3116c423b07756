using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Monitoring;

public sealed record IndicatorScore(string Code, IndicatorKind Kind, decimal? Score, string? Comment);

/// <summary>The decisions of the monitoring group (R7) and of its yearly report.</summary>
public static class MonitoringDecisions
{
    public const string ReportRule = "monitoring.report";
    public const string IndicatorRule = "monitoring.indicator";
    public const string ScaleRule = "monitoring.scale";

    /// <summary>R7: only a person who completed monitoring-group training (in that year or before) joins the year's group.</summary>
    public static Decision Appoint(MonitoringYear year, Guid personId, string personName, string? userName, bool completedMonitorTraining, DateOnly on)
    {
        if (!completedMonitorTraining)
            return Decision.Refuse("R7", $"{personName} has not completed monitoring-group training in {year.Year} or before.",
                $"모니터링단 교육 수료 ({year.Year}년 이전 또는 당해; completed monitoring-group training in or before {year.Year})");
        if (year.Monitors.ContainsKey(personId))
            return Decision.Refuse("R7", $"{personName} is already a monitor of {year.Year}.");
        if (userName is not null && year.MonitorSignedInAs(userName) is { } other)
            return Decision.Refuse("R7", $"The user {userName} is already linked to the monitor {other.Name} in {year.Year}.");
        return Decision.Accept(new MonitorAppointed(year.Year, personId, personName, userName, on));
    }

    /// <summary>
    /// R7: only the year's monitors record the year's evaluations, and only until the year's report is
    /// published. Each indicator must match its catalogue kind, and a score must lie on its scale.
    /// </summary>
    public static Decision Evaluate(
        MonitoringYear year, Guid evaluationId, Guid monitorId, Guid divisionId, Guid? strategicTaskId, long? strategicTaskVersion,
        IReadOnlyList<IndicatorScore> scores, IReadOnlyDictionary<string, IndicatorDefinition> catalogue, DateOnly on)
    {
        if (year.IsClosed)
            return Decision.Refuse(ReportRule, $"The {year.Year} report was published on {year.ReportPublishedOn:yyyy-MM-dd}: the year's evaluations are closed.");
        if (!year.Monitors.ContainsKey(monitorId))
            return Decision.Refuse("R7", $"Only {year.Year}'s monitors record {year.Year}'s evaluations.",
                $"{year.Year}년 모니터링단 위촉 ({monitorId} is not a monitor of {year.Year})");

        var unmet = new List<string>();
        foreach (var score in scores)
        {
            var definition = catalogue[score.Code];
            if (definition.Kind != score.Kind)
            {
                unmet.Add($"{score.Code}: the catalogue defines a {definition.Kind.ToString().ToLowerInvariant()} indicator, not {score.Kind.ToString().ToLowerInvariant()}");
            }
            else if (score is { Kind: IndicatorKind.Quantitative, Score: { } value }
                     && (value < definition.ScaleMin || value > definition.ScaleMax))
            {
                return Decision.Refuse(ScaleRule, $"{score.Code} ({definition.Name}) is scored from {definition.ScaleMin} to {definition.ScaleMax}; {value} is off the scale.",
                    $"{score.Code}: {definition.ScaleMin} ≤ score ≤ {definition.ScaleMax}");
            }
        }

        if (unmet.Count > 0)
            return Decision.Refuse(new Refusal(IndicatorRule, "An indicator's kind differs from its catalogue definition.", unmet));

        return Decision.Accept(new EvaluationRecorded(evaluationId, year.Year, monitorId, divisionId, strategicTaskId, strategicTaskVersion,
            scores.Select(s => new IndicatorResult(s.Code, s.Kind, s.Score, s.Comment)).ToList(), on));
    }

    public static Decision AttachEvidence(MonitoringYear year, Guid evaluationId, EvidenceMethod method, int count, int respondents, IReadOnlyList<string> findings, DateOnly on)
    {
        if (year.IsClosed)
            return Decision.Refuse(ReportRule, $"The {year.Year} report was published on {year.ReportPublishedOn:yyyy-MM-dd}: the year's evaluations are closed.");
        if (!year.Evaluations.Contains(evaluationId))
            return Decision.Refuse(ReportRule, $"{year.Year} has no evaluation {evaluationId}.");
        return Decision.Accept(new EvaluationEvidenceAttached(year.Year, evaluationId, method, count, respondents, findings, on));
    }

    /// <summary>The report is published once a year, from at least one evaluation; it closes the year's evaluations.</summary>
    public static Decision Publish(MonitoringYear year, string summary, DateOnly on)
    {
        if (year.IsClosed)
            return Decision.Refuse(ReportRule, $"The {year.Year} report was already published on {year.ReportPublishedOn:yyyy-MM-dd}; publish a correction instead.");
        if (year.Evaluations.Count == 0)
            return Decision.Refuse(ReportRule, $"{year.Year} has no evaluation to report on.", "평가 1건 이상 (at least one evaluation)");
        return Decision.Accept(new MonitoringReportPublished(year.Year, summary, year.Evaluations.Count, on));
    }

    /// <summary>R10: a published report is never rewritten; a correction is a new event that keeps the original.</summary>
    public static Decision Correct(MonitoringYear year, string summary, string reason, DateOnly on)
    {
        if (year.ReportPublishedOn is not { } published)
            return Decision.Refuse(ReportRule, $"The {year.Year} report is not published: there is nothing to correct.");
        if (on < published)
            return Decision.Refuse("R10", $"A correction on {on:yyyy-MM-dd} cannot precede the report of {published:yyyy-MM-dd}.");
        return Decision.Accept(new MonitoringReportCorrected(year.Year, summary, reason, published, on));
    }
}
