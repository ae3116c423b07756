using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Monitoring;

/// <summary>A person who completed monitoring-group training joined the year's monitoring group (R7); <see cref="UserName"/> links a sign-in with role monitor to them.</summary>
public sealed record MonitorAppointed(int Year, Guid PersonId, string PersonName, string? UserName, DateOnly On) : IDomainEvent;

/// <summary>
/// An indicator of the catalogue (정성·정량 평가 지표): a quantitative one is scored on its scale
/// [<see cref="ScaleMin"/>, <see cref="ScaleMax"/>] and read against its baseline and target.
/// </summary>
public sealed record IndicatorDefined(
    string Code, string Name, IndicatorKind Kind, decimal? Baseline, decimal? Target, decimal? ScaleMin, decimal? ScaleMax, string? Unit, DateOnly On) : IDomainEvent;

/// <summary>면접 / 설문: how evidence behind an evaluation was gathered.</summary>
public enum EvidenceMethod
{
    Interview,
    Survey,
}

/// <summary>An interview round or a survey behind an evaluation: how many, how many answered, what they found.</summary>
public sealed record EvaluationEvidenceAttached(
    int Year, Guid EvaluationId, EvidenceMethod Method, int Count, int Respondents, IReadOnlyList<string> KeyFindings, DateOnly On) : IDomainEvent;

/// <summary>The monitoring group published the year's report; the year's evaluations are closed from now on.</summary>
public sealed record MonitoringReportPublished(int Year, string Summary, int Evaluations, DateOnly On) : IDomainEvent;

/// <summary>A correction of a published report (R10): the original stays, this says what replaces it and why.</summary>
public sealed record MonitoringReportCorrected(int Year, string Summary, string Reason, DateOnly CorrectsReportOf, DateOnly On) : IDomainEvent;

/// <summary>A monitor's appointment to the year's group ended on <see cref="On"/> (R7): from then on they record no evaluation of the year.</summary>
public sealed record MonitorAppointmentEnded(int Year, Guid PersonId, string PersonName, string Reason, DateOnly On) : IDomainEvent;

/// <summary>
/// An evaluation was recorded wrongly (R10): <see cref="Indicators"/> replace <see cref="Previous"/>,
/// which are kept here so that every reading (the year-over-year means too) can take the old scores
/// out and the corrected ones in. The original <see cref="EvaluationRecorded"/> stays. <see cref="PreviousPolicy"/>
/// and <see cref="Policy"/> are the evaluated policy before and after (the same when the correction leaves it).
/// </summary>
public sealed record EvaluationCorrected(
    int Year, Guid EvaluationId, Guid DivisionId, IReadOnlyList<IndicatorResult> Previous, IReadOnlyList<IndicatorResult> Indicators, string Reason, DateOnly On,
    EvaluatedPolicy? PreviousPolicy = null, EvaluatedPolicy? Policy = null) : IDomainEvent;

/// <summary>
/// An evaluation entered by mistake was withdrawn (R10): it stays in the history and counts for
/// nothing; <see cref="Indicators"/> are the scores it withdraws from the year-over-year means (the
/// division's, and <see cref="Policy"/>'s when it evaluated one).
/// </summary>
public sealed record EvaluationWithdrawn(
    int Year, Guid EvaluationId, Guid DivisionId, IReadOnlyList<IndicatorResult> Indicators, string Reason, DateOnly On,
    EvaluatedPolicy? Policy = null) : IDomainEvent;

/// <summary>The <see cref="Number"/>-th evidence attached to an evaluation (counting from 1) was withdrawn, for the reason given (R10).</summary>
public sealed record EvaluationEvidenceWithdrawn(int Year, Guid EvaluationId, int Number, string Reason, DateOnly On) : IDomainEvent;
