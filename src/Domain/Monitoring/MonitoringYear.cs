using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Hyeopchi.Domain.Monitoring;

public sealed record Monitor(Guid PersonId, string Name, string? UserName)
{
    public DateOnly? AppointedOn { get; init; }

    /// <summary>The business date the appointment ended, if it has.</summary>
    public DateOnly? EndedOn { get; init; }

    /// <summary>R7: serving on a date: not ended on or before it.</summary>
    public bool ServesOn(DateOnly date) => EndedOn is null || date < EndedOn;
}

/// <summary>An evaluation as the year's decisions read it: its division, its indicators as corrected, its evidence and whether it was withdrawn.</summary>
public sealed record EvaluationRecord(Guid Id, Guid DivisionId, IReadOnlyList<IndicatorResult> Indicators, int Evidence, ImmutableHashSet<int> WithdrawnEvidence, DateOnly? WithdrawnOn)
{
    /// <summary>The governance policy evaluated (L48), as last corrected, if any.</summary>
    public EvaluatedPolicy? Policy { get; init; }
}

/// <summary>
/// A year of the monitoring group, folded from the year's own stream: its monitors, the
/// evaluations they recorded, and whether its report is published (which closes the year).
/// </summary>
public sealed record MonitoringYear(
    Guid Id,
    int Year,
    ImmutableDictionary<Guid, Monitor> Monitors,
    ImmutableHashSet<Guid> Evaluations,
    DateOnly? ReportPublishedOn)
{
    public static MonitoringYear Empty(int year) => new(MonitoringStreams.Year(year), year, ImmutableDictionary<Guid, Monitor>.Empty, [], null);

    /// <summary>Every evaluation recorded in the year, withdrawn ones included; <see cref="Evaluations"/> holds the ids of those that stand.</summary>
    public ImmutableDictionary<Guid, EvaluationRecord> EvaluationRecords { get; init; } = ImmutableDictionary<Guid, EvaluationRecord>.Empty;

    public static MonitoringYear? Evolve(MonitoringYear? state, object @event) => @event switch
    {
        MonitorAppointed e => (state ?? Empty(e.Year)) with
        {
            Monitors = (state ?? Empty(e.Year)).Monitors.SetItem(e.PersonId, new Monitor(e.PersonId, e.PersonName, e.UserName) { AppointedOn = e.On }),
        },
        MonitorAppointmentEnded e when state?.Monitors.GetValueOrDefault(e.PersonId) is { } monitor =>
            state with { Monitors = state.Monitors.SetItem(e.PersonId, monitor with { EndedOn = e.On }) },
        EvaluationRecorded e => (state ?? Empty(e.Year)) with
        {
            Evaluations = (state ?? Empty(e.Year)).Evaluations.Add(e.EvaluationId),
            EvaluationRecords = (state ?? Empty(e.Year)).EvaluationRecords.SetItem(e.EvaluationId,
                new EvaluationRecord(e.EvaluationId, e.DivisionId, e.Indicators, 0, [], null) { Policy = e.Policy }),
        },
        EvaluationEvidenceAttached e when state?.EvaluationRecords.GetValueOrDefault(e.EvaluationId) is { } record =>
            state with { EvaluationRecords = state.EvaluationRecords.SetItem(record.Id, record with { Evidence = record.Evidence + 1 }) },
        EvaluationEvidenceWithdrawn e when state?.EvaluationRecords.GetValueOrDefault(e.EvaluationId) is { } record =>
            state with { EvaluationRecords = state.EvaluationRecords.SetItem(record.Id, record with { WithdrawnEvidence = record.WithdrawnEvidence.Add(e.Number) }) },
        EvaluationCorrected e when state?.EvaluationRecords.GetValueOrDefault(e.EvaluationId) is { } record =>
            state with { EvaluationRecords = state.EvaluationRecords.SetItem(record.Id, record with { Indicators = e.Indicators, Policy = e.Policy }) },
        EvaluationWithdrawn e when state?.EvaluationRecords.GetValueOrDefault(e.EvaluationId) is { } record =>
            state with
            {
                Evaluations = state.Evaluations.Remove(record.Id),
                EvaluationRecords = state.EvaluationRecords.SetItem(record.Id, record with { WithdrawnOn = e.On }),
            },
        MonitoringReportPublished e => (state ?? Empty(e.Year)) with { ReportPublishedOn = e.On },
        _ => state,
    };

    public bool IsClosed => ReportPublishedOn is not null;

    public Monitor? MonitorSignedInAs(string? userName) =>
        userName is null ? null : Monitors.Values.FirstOrDefault(m => string.Equals(m.UserName, userName, StringComparison.Ordinal));
}

/// <summary>An indicator of the catalogue, as the decisions read it.</summary>
public sealed record IndicatorDefinition(
    Guid Id, string Code, string Name, IndicatorKind Kind, decimal? Baseline, decimal? Target, decimal? ScaleMin, decimal? ScaleMax, string? Unit)
{
    public static IndicatorDefinition From(IndicatorDefined e) =>
        new(MonitoringStreams.Indicator(e.Code), e.Code, e.Name, e.Kind, e.Baseline, e.Target, e.ScaleMin, e.ScaleMax, e.Unit);
}

/// <summary>Stream ids that follow from a business key, so "the year 2028" or "indicator P1" always has one stream.</summary>
public static class MonitoringStreams
{
    public static Guid Year(int year) => Named($"hyeopchi/monitoring-year/{year}");

    public static Guid Indicator(string code) => Named($"hyeopchi/indicator/{code}");

    private static Guid Named(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: a name-derived id
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
