using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Monitoring;

/// <summary>정량 / 정성: an indicator is scored on a scale, or commented on.</summary>
public enum IndicatorKind
{
    Quantitative,
    Qualitative,
}

public sealed record IndicatorResult(string Code, IndicatorKind Kind, decimal? Score, string? Comment);

/// <summary>
/// A monitor of the year's monitoring group (R7) evaluated a division's work, optionally one
/// strategic task of it. <see cref="StrategicTaskVersion"/> is the version of the task the monitor
/// saw, so an auditor can see the task as it stood when it was judged. <see cref="Policy"/> names the
/// governance policy evaluated (L48: an accepted expo exhibit or the enacted ordinance), if any;
/// evaluations recorded before policies were evaluated have none.
/// </summary>
public sealed record EvaluationRecorded(
    Guid EvaluationId,
    int Year,
    Guid MonitorId,
    Guid DivisionId,
    Guid? StrategicTaskId,
    long? StrategicTaskVersion,
    IReadOnlyList<IndicatorResult> Indicators,
    DateOnly On,
    EvaluatedPolicy? Policy = null) : IDomainEvent;
