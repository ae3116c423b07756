using Hyeopchi.Domain.Monitoring;
using JasperFx.Events;
using Marten.Events.Aggregation;
using Marten.Events.Projections;

namespace Hyeopchi.Projections.Monitoring;

/// <summary>The monitoring year's decision state, folded live from the year's stream.</summary>
public partial class MonitoringYearStateProjection : SingleStreamProjection<MonitoringYear, Guid>
{
    public override MonitoringYear? Evolve(MonitoringYear? snapshot, Guid id, IEvent e) => MonitoringYear.Evolve(snapshot, e.Data);
}

/// <summary>The indicator catalogue: one stream and one document per indicator code.</summary>
public partial class IndicatorDefinitionProjection : SingleStreamProjection<IndicatorDefinition, Guid>
{
    /// <summary>Only the events it folds: a rebuild then reads just these, and inline skips other streams.</summary>
    public IndicatorDefinitionProjection()
    {
        IncludeType<IndicatorDefined>();
    }

    public override IndicatorDefinition? Evolve(IndicatorDefinition? snapshot, Guid id, IEvent e) =>
        e.Data is IndicatorDefined defined ? IndicatorDefinition.From(defined) : snapshot;
}

public sealed record MonitorView(Guid PersonId, string Name, string? UserName, DateOnly AppointedOn)
{
    /// <summary>The date the appointment ended (R7), if it has.</summary>
    public DateOnly? EndedOn { get; init; }

    public string? EndReason { get; init; }
}

/// <summary>One evidence record; its number is its position (from 1). A withdrawn one stays, marked, so numbers never shift.</summary>
public sealed record EvidenceView(EvidenceMethod Method, int Count, int Respondents, IReadOnlyList<string> KeyFindings, DateOnly On)
{
    public DateOnly? WithdrawnOn { get; init; }

    public string? WithdrawalReason { get; init; }
}

public sealed record EvaluationCorrectionView(IReadOnlyList<IndicatorResult> Previous, string Reason, DateOnly On, string? Actor);

public sealed class EvaluationView
{
    public Guid Id { get; set; }
    public Guid MonitorId { get; set; }
    public string? MonitorName { get; set; }
    public Guid DivisionId { get; set; }
    public Guid? StrategicTaskId { get; set; }
    public long? StrategicTaskVersion { get; set; }

    /// <summary>The governance policy evaluated (L48), as last corrected, if any.</summary>
    public EvaluatedPolicy? Policy { get; set; }

    public DateOnly On { get; set; }
    public string? RecordedBy { get; set; }
    public List<IndicatorResult> Indicators { get; set; } = [];
    public List<EvidenceView> Evidence { get; set; } = [];

    /// <summary>Each correction (R10), keeping the indicators it replaced; <see cref="Indicators"/> holds the corrected ones.</summary>
    public List<EvaluationCorrectionView> Corrections { get; set; } = [];

    public DateOnly? WithdrawnOn { get; set; }

    public string? WithdrawalReason { get; set; }
}

public sealed record ReportCorrectionView(string Summary, string Reason, DateOnly On, string? Actor);

public sealed class ReportView
{
    public string Summary { get; set; } = "";
    public int Evaluations { get; set; }
    public DateOnly PublishedOn { get; set; }
    public string? PublishedBy { get; set; }
    public List<ReportCorrectionView> Corrections { get; set; } = [];

    /// <summary>The summary as it reads now: the latest correction's, or the original's.</summary>
    public string CurrentSummary => Corrections.Count > 0 ? Corrections[^1].Summary : Summary;
}

/// <summary>모니터링 연도: the year's monitors, evaluations with their evidence, and report.</summary>
public sealed class MonitoringYearView
{
    public Guid Id { get; set; }
    public int Year { get; set; }
    public List<MonitorView> Monitors { get; set; } = [];
    public List<EvaluationView> Evaluations { get; set; } = [];

    /// <summary>Evaluations withdrawn as entered by mistake (R10): out of <see cref="Evaluations"/>, so no count or reading uses them.</summary>
    public List<EvaluationView> WithdrawnEvaluations { get; set; } = [];

    public ReportView? Report { get; set; }
}

public partial class MonitoringYearViewProjection : SingleStreamProjection<MonitoringYearView, Guid>
{
    /// <summary>Only the events it folds: a rebuild then reads just these, and inline skips other streams.</summary>
    public MonitoringYearViewProjection()
    {
        IncludeType<MonitorAppointed>();
        IncludeType<EvaluationRecorded>();
        IncludeType<EvaluationEvidenceAttached>();
        IncludeType<MonitoringReportPublished>();
        IncludeType<MonitoringReportCorrected>();
        IncludeType<MonitorAppointmentEnded>();
        IncludeType<EvaluationCorrected>();
        IncludeType<EvaluationWithdrawn>();
        IncludeType<EvaluationEvidenceWithdrawn>();
    }

    public override MonitoringYearView? Evolve(MonitoringYearView? snapshot, Guid id, IEvent e)
    {
        switch (e.Data)
        {
            case MonitorAppointed appointed:
                snapshot ??= new MonitoringYearView { Id = id, Year = appointed.Year };
                snapshot.Monitors.Add(new MonitorView(appointed.PersonId, appointed.PersonName, appointed.UserName, appointed.On));
                return snapshot;
            case EvaluationRecorded recorded:
                snapshot ??= new MonitoringYearView { Id = id, Year = recorded.Year };
                snapshot.Evaluations.Add(new EvaluationView
                {
                    Id = recorded.EvaluationId,
                    MonitorId = recorded.MonitorId,
                    MonitorName = snapshot.Monitors.FirstOrDefault(m => m.PersonId == recorded.MonitorId)?.Name,
                    DivisionId = recorded.DivisionId,
                    StrategicTaskId = recorded.StrategicTaskId,
                    StrategicTaskVersion = recorded.StrategicTaskVersion,
                    Policy = recorded.Policy,
                    On = recorded.On,
                    RecordedBy = e.UserName,
                    Indicators = [.. recorded.Indicators],
                });
                return snapshot;
            case EvaluationEvidenceAttached evidence when snapshot is not null:
                snapshot.Evaluations.Single(v => v.Id == evidence.EvaluationId)
                    .Evidence.Add(new EvidenceView(evidence.Method, evidence.Count, evidence.Respondents, evidence.KeyFindings, evidence.On));
                return snapshot;
            case MonitorAppointmentEnded ended when snapshot is not null:
                var monitor = snapshot.Monitors.FindLastIndex(m => m.PersonId == ended.PersonId);
                if (monitor >= 0) snapshot.Monitors[monitor] = snapshot.Monitors[monitor] with { EndedOn = ended.On, EndReason = ended.Reason };
                return snapshot;
            case EvaluationCorrected corrected when snapshot?.Evaluations.Find(v => v.Id == corrected.EvaluationId) is { } evaluation:
                evaluation.Corrections.Add(new EvaluationCorrectionView(corrected.Previous, corrected.Reason, corrected.On, e.UserName));
                evaluation.Indicators = [.. corrected.Indicators];
                evaluation.Policy = corrected.Policy;
                return snapshot;
            case EvaluationWithdrawn withdrawn when snapshot?.Evaluations.Find(v => v.Id == withdrawn.EvaluationId) is { } evaluation:
                evaluation.WithdrawnOn = withdrawn.On;
                evaluation.WithdrawalReason = withdrawn.Reason;
                snapshot.Evaluations.Remove(evaluation);
                snapshot.WithdrawnEvaluations.Add(evaluation);
                return snapshot;
            case EvaluationEvidenceWithdrawn gone when snapshot?.Evaluations.Find(v => v.Id == gone.EvaluationId) is { } evaluation
                                                     && gone.Number >= 1 && gone.Number <= evaluation.Evidence.Count:
                evaluation.Evidence[gone.Number - 1] = evaluation.Evidence[gone.Number - 1] with { WithdrawnOn = gone.On, WithdrawalReason = gone.Reason };
                return snapshot;
            case MonitoringReportPublished published:
                snapshot ??= new MonitoringYearView { Id = id, Year = published.Year };
                snapshot.Report = new ReportView { Summary = published.Summary, Evaluations = published.Evaluations, PublishedOn = published.On, PublishedBy = e.UserName };
                return snapshot;
            case MonitoringReportCorrected corrected when snapshot?.Report is not null:
                snapshot.Report.Corrections.Add(new ReportCorrectionView(corrected.Summary, corrected.Reason, corrected.On, e.UserName));
                return snapshot;
            default:
                return snapshot;
        }
    }
}

/// <summary>
/// One row of the year-over-year comparison: the sum and count of a year's quantitative scores
/// for one division and one indicator. The report reads these few rows, never the evaluations.
/// </summary>
public sealed class IndicatorYearScore
{
    public string Id { get; set; } = "";
    public Guid DivisionId { get; set; }
    public string Code { get; set; } = "";
    public int Year { get; set; }
    public decimal Sum { get; set; }
    public int Count { get; set; }

    public static string KeyOf(Guid divisionId, string code, int year) => $"{divisionId:N}|{year}|{code}";
}

public partial class IndicatorYearScoreProjection : MultiStreamProjection<IndicatorYearScore, string>
{
    public IndicatorYearScoreProjection()
    {
        IncludeType<EvaluationRecorded>();
        IncludeType<EvaluationCorrected>();
        IncludeType<EvaluationWithdrawn>();
        Identities<EvaluationRecorded>(e => Keys(e.DivisionId, e.Year, e.Indicators));
        Identities<EvaluationCorrected>(e => Keys(e.DivisionId, e.Year, [.. e.Previous, .. e.Indicators]));
        Identities<EvaluationWithdrawn>(e => Keys(e.DivisionId, e.Year, e.Indicators));
    }

    private static List<string> Keys(Guid divisionId, int year, IEnumerable<IndicatorResult> indicators) =>
        indicators.Where(i => i is { Kind: IndicatorKind.Quantitative, Score: not null })
            .Select(i => IndicatorYearScore.KeyOf(divisionId, i.Code, year))
            .Distinct()
            .ToList();

    /// <summary>Adds (sign 1) or takes out (sign -1) the quantitative scores of one indicator code.</summary>
    private static void Fold(IndicatorYearScore snapshot, IEnumerable<IndicatorResult> indicators, int sign)
    {
        foreach (var indicator in indicators.Where(i => i is { Kind: IndicatorKind.Quantitative, Score: not null } && i.Code == snapshot.Code))
        {
            snapshot.Sum += sign * indicator.Score!.Value;
            snapshot.Count += sign;
        }
    }

    public override IndicatorYearScore? Evolve(IndicatorYearScore? snapshot, string id, IEvent e)
    {
        if (e.Data is not (EvaluationRecorded or EvaluationCorrected or EvaluationWithdrawn)) return snapshot;
        var parts = id.Split('|', 3);
        snapshot ??= new IndicatorYearScore { Id = id, DivisionId = Guid.Parse(parts[0]), Year = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), Code = parts[2] };
        switch (e.Data)
        {
            case EvaluationRecorded recorded:
                Fold(snapshot, recorded.Indicators, 1);
                break;
            case EvaluationCorrected corrected:
                Fold(snapshot, corrected.Previous, -1);
                Fold(snapshot, corrected.Indicators, 1);
                break;
            case EvaluationWithdrawn withdrawn:
                Fold(snapshot, withdrawn.Indicators, -1);
                break;
        }

        return snapshot;
    }
}

/// <summary>
/// One row of the policies' year-over-year comparison (L48): the sum and count of a year's quantitative
/// scores for one evaluated policy and one indicator, kept like <see cref="IndicatorYearScore"/> per division.
/// </summary>
public sealed class PolicyIndicatorYearScore
{
    public string Id { get; set; } = "";
    public string PolicyKey { get; set; } = "";
    public PolicyKind Kind { get; set; }
    public int? ExpoYear { get; set; }
    public Guid? ExhibitId { get; set; }
    public Guid? TaskForceId { get; set; }
    public string Code { get; set; } = "";
    public int Year { get; set; }
    public decimal Sum { get; set; }
    public int Count { get; set; }

    public static string KeyOf(EvaluatedPolicy policy, string code, int year) => $"{EvaluatedPolicy.KeyOf(policy)}|{year}|{code}";
}

public partial class PolicyIndicatorYearScoreProjection : MultiStreamProjection<PolicyIndicatorYearScore, string>
{
    public PolicyIndicatorYearScoreProjection()
    {
        IncludeType<EvaluationRecorded>();
        IncludeType<EvaluationCorrected>();
        IncludeType<EvaluationWithdrawn>();
        Identities<EvaluationRecorded>(e => Keys(e.Policy, e.Year, e.Indicators));
        Identities<EvaluationCorrected>(e => [.. Keys(e.PreviousPolicy, e.Year, e.Previous).Union(Keys(e.Policy, e.Year, e.Indicators))]);
        Identities<EvaluationWithdrawn>(e => Keys(e.Policy, e.Year, e.Indicators));
    }

    private static List<string> Keys(EvaluatedPolicy? policy, int year, IEnumerable<IndicatorResult> indicators) =>
        policy is null
            ? []
            : indicators.Where(i => i is { Kind: IndicatorKind.Quantitative, Score: not null })
                .Select(i => PolicyIndicatorYearScore.KeyOf(policy, i.Code, year))
                .Distinct()
                .ToList();

    /// <summary>Adds (sign 1) or takes out (sign -1) the quantitative scores of the row's code, when <paramref name="policy"/> is the row's policy.</summary>
    private static void Fold(PolicyIndicatorYearScore snapshot, EvaluatedPolicy? policy, IEnumerable<IndicatorResult> indicators, int sign)
    {
        if (policy is null || EvaluatedPolicy.KeyOf(policy) != snapshot.PolicyKey) return;
        foreach (var indicator in indicators.Where(i => i is { Kind: IndicatorKind.Quantitative, Score: not null } && i.Code == snapshot.Code))
        {
            snapshot.Sum += sign * indicator.Score!.Value;
            snapshot.Count += sign;
        }
    }

    public override PolicyIndicatorYearScore? Evolve(PolicyIndicatorYearScore? snapshot, string id, IEvent e)
    {
        if (e.Data is not (EvaluationRecorded or EvaluationCorrected or EvaluationWithdrawn)) return snapshot;
        if (snapshot is null)
        {
            var parts = id.Split('|', 3);
            var policy = EvaluatedPolicy.FromKey(parts[0]);
            snapshot = new PolicyIndicatorYearScore
            {
                Id = id, PolicyKey = parts[0], Kind = policy.Kind, ExpoYear = policy.ExpoYear, ExhibitId = policy.ExhibitId, TaskForceId = policy.TaskForceId,
                Year = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), Code = parts[2],
            };
        }

        switch (e.Data)
        {
            case EvaluationRecorded recorded:
                Fold(snapshot, recorded.Policy, recorded.Indicators, 1);
                break;
            case EvaluationCorrected corrected:
                Fold(snapshot, corrected.PreviousPolicy, corrected.Previous, -1);
                Fold(snapshot, corrected.Policy, corrected.Indicators, 1);
                break;
            case EvaluationWithdrawn withdrawn:
                Fold(snapshot, withdrawn.Policy, withdrawn.Indicators, -1);
                break;
        }

        return snapshot;
    }
}
