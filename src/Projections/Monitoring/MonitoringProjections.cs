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

public sealed record MonitorView(Guid PersonId, string Name, string? UserName, DateOnly AppointedOn);

public sealed record EvidenceView(EvidenceMethod Method, int Count, int Respondents, IReadOnlyList<string> KeyFindings, DateOnly On);

public sealed class EvaluationView
{
    public Guid Id { get; set; }
    public Guid MonitorId { get; set; }
    public string? MonitorName { get; set; }
    public Guid DivisionId { get; set; }
    public Guid? StrategicTaskId { get; set; }
    public long? StrategicTaskVersion { get; set; }
    public DateOnly On { get; set; }
    public string? RecordedBy { get; set; }
    public List<IndicatorResult> Indicators { get; set; } = [];
    public List<EvidenceView> Evidence { get; set; } = [];
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
                    On = recorded.On,
                    RecordedBy = e.UserName,
                    Indicators = [.. recorded.Indicators],
                });
                return snapshot;
            case EvaluationEvidenceAttached evidence when snapshot is not null:
                snapshot.Evaluations.Single(v => v.Id == evidence.EvaluationId)
                    .Evidence.Add(new EvidenceView(evidence.Method, evidence.Count, evidence.Respondents, evidence.KeyFindings, evidence.On));
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
        Identities<EvaluationRecorded>(e => e.Indicators
            .Where(i => i is { Kind: IndicatorKind.Quantitative, Score: not null })
            .Select(i => IndicatorYearScore.KeyOf(e.DivisionId, i.Code, e.Year))
            .Distinct()
            .ToList());
    }

    public override IndicatorYearScore? Evolve(IndicatorYearScore? snapshot, string id, IEvent e)
    {
        if (e.Data is not EvaluationRecorded recorded) return snapshot;
        var parts = id.Split('|', 3);
        snapshot ??= new IndicatorYearScore { Id = id, DivisionId = Guid.Parse(parts[0]), Year = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), Code = parts[2] };
        foreach (var indicator in recorded.Indicators.Where(i => i is { Kind: IndicatorKind.Quantitative, Score: not null } && i.Code == snapshot.Code))
        {
            snapshot.Sum += indicator.Score!.Value;
            snapshot.Count++;
        }

        return snapshot;
    }
}
