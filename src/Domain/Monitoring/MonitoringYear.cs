using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Hyeopchi.Domain.Monitoring;

public sealed record Monitor(Guid PersonId, string Name, string? UserName);

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

    public static MonitoringYear? Evolve(MonitoringYear? state, object @event) => @event switch
    {
        MonitorAppointed e => (state ?? Empty(e.Year)) with { Monitors = (state ?? Empty(e.Year)).Monitors.SetItem(e.PersonId, new Monitor(e.PersonId, e.PersonName, e.UserName)) },
        EvaluationRecorded e => (state ?? Empty(e.Year)) with { Evaluations = (state ?? Empty(e.Year)).Evaluations.Add(e.EvaluationId) },
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
