using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Workshops;

public enum ObligationStatus
{
    Met,
    Missing,
    Flagged,
}

/// <summary>One of the year's obligations (R4, R5), met or not, and what a coordinator can do about it.</summary>
public sealed record Obligation(string Rule, ObligationStatus Status, string Detail);

/// <summary>What the obligations read of a workshop: its kind, scope, business date, attendance and monitoring review.</summary>
public sealed record WorkshopFacts(
    Guid Id, WorkshopKind Kind, WorkshopScope Scope, Guid? DivisionId, DateOnly On, IReadOnlyList<Participant> Participants, int? ReviewedMonitoringYear);

public sealed record DivisionFacts(Guid Id, string Name, DateOnly RegisteredOn);

public sealed record DivisionObligations(Guid DivisionId, string Name, IReadOnlyList<Obligation> Obligations);

public sealed record YearlyObligations(int Year, IReadOnlyList<Obligation> Network, IReadOnlyList<DivisionObligations> Divisions);

/// <summary>
/// R4 and R5 for a calendar year, computed from dated facts whatever order they were recorded in:
/// a workshop counts for the year of its business date.
/// </summary>
public static class Compliance
{
    public const string NetworkCivilCivil = "R4.networkCivilCivil";
    public const string IntegratedCivilGovernment = "R4.integratedCivilGovernment";
    public const string DivisionCivilCivil = "R4.divisionCivilCivil";
    public const string DivisionCivilGovernment = "R4.divisionCivilGovernment";
    public const string MonitoringReviewed = "R5.monitoringReviewed";

    public static YearlyObligations For(int year, DateOnly launchedOn, IEnumerable<DivisionFacts> divisions, IEnumerable<WorkshopFacts> workshops)
    {
        var ofYear = workshops.Where(w => w.On.Year == year).OrderBy(w => w.On).ThenBy(w => w.Id).ToList();
        var network = ofYear.Where(w => w.Scope == WorkshopScope.Network).ToList();
        var owed = divisions.Where(d => d.RegisteredOn.Year <= year).OrderBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.Id);

        return new YearlyObligations(year,
            [NetworkCivilCivilHeld(year, network), IntegratedHeld(year, network)],
            owed.Select(d =>
            {
                var own = ofYear.Where(w => w.Scope == WorkshopScope.Division && w.DivisionId == d.Id).ToList();
                List<Obligation> obligations = [DivisionCivilCivilHeld(year, own), DivisionCivilGovernmentHeld(year, own)];
                if (year > launchedOn.Year) obligations.Add(MonitoringReviewedBy(year, own));
                return new DivisionObligations(d.Id, d.Name, obligations);
            }).ToList());
    }

    private static Obligation NetworkCivilCivilHeld(int year, IReadOnlyList<WorkshopFacts> network) =>
        network.Any(w => w.Kind == WorkshopKind.CivilCivil)
            ? Met(NetworkCivilCivil, $"통합 민/민 워크숍 {Dates(network, WorkshopKind.CivilCivil)} (network civil–civil workshop held)")
            : Missing(NetworkCivilCivil, $"{year}년 통합 민/민 워크숍이 없습니다 (no network-wide civil–civil workshop in {year}): hold one and record it.");

    private static Obligation IntegratedHeld(int year, IReadOnlyList<WorkshopFacts> network)
    {
        var held = network.Where(w => w.Kind == WorkshopKind.CivilGovernment).ToList();
        if (held.Count == 0)
            return Missing(IntegratedCivilGovernment, $"{year}년 통합 민/관 워크숍이 없습니다 (no integrated civil–government workshop in {year}).");
        return held.Any(w => w.Participants.Any(p => p.IsSectionChiefOrAbove))
            ? Met(IntegratedCivilGovernment, $"통합 민/관 워크숍 {Dates(network, WorkshopKind.CivilGovernment)}, 과장급 이상 행정 참여 (a section chief or above attended)")
            : Missing(IntegratedCivilGovernment,
                $"통합 민/관 워크숍 {Dates(network, WorkshopKind.CivilGovernment)}에 과장급 이상 행정 참여자가 없습니다 (no administration participant of section-chief rank or above): record one who attended, or hold the workshop with one.");
    }

    private static Obligation DivisionCivilCivilHeld(int year, IReadOnlyList<WorkshopFacts> own) =>
        own.Any(w => w.Kind == WorkshopKind.CivilCivil)
            ? Met(DivisionCivilCivil, $"분과 민/민 워크숍 {Dates(own, WorkshopKind.CivilCivil)} (division civil–civil workshop held)")
            : Missing(DivisionCivilCivil, $"{year}년 분과 민/민 워크숍이 없습니다 (no civil–civil workshop of this division in {year}).");

    private static Obligation DivisionCivilGovernmentHeld(int year, IReadOnlyList<WorkshopFacts> own)
    {
        var held = own.Where(w => w.Kind == WorkshopKind.CivilGovernment).ToList();
        if (held.Count == 0)
            return Missing(DivisionCivilGovernment, $"{year}년 실무국과의 분과 민/관 워크숍이 없습니다 (no civil–government workshop with the counterpart department in {year}).");
        return held.Any(w => w.Participants.Any(p => p.IsWorkingLevelAdministration))
            ? Met(DivisionCivilGovernment, $"분과 민/관 워크숍 {Dates(own, WorkshopKind.CivilGovernment)}, 행정 실무진 참여 (working-level administration attended)")
            : Missing(DivisionCivilGovernment,
                $"분과 민/관 워크숍 {Dates(own, WorkshopKind.CivilGovernment)}에 행정 실무진 참여자가 없습니다 (no working-level administration participant; a section chief alone does not count).");
    }

    private static Obligation MonitoringReviewedBy(int year, IReadOnlyList<WorkshopFacts> own)
    {
        if (own.Count == 0)
            return Missing(MonitoringReviewed, $"{year}년 분과 워크숍이 없어 {year - 1}년 모니터링 검토 기록이 없습니다 (no workshop of this division in {year}, so no review of the {year - 1} monitoring report).");
        var unreviewed = own.Where(w => w.ReviewedMonitoringYear != year - 1).ToList();
        return unreviewed.Count == 0
            ? Met(MonitoringReviewed, $"모든 분과 워크숍이 {year - 1}년 모니터링 결과를 검토함 (every workshop reviewed the {year - 1} monitoring report)")
            : Flagged(MonitoringReviewed,
                $"{string.Join(", ", unreviewed.Select(w => w.On.ToString("yyyy-MM-dd")))} 워크숍이 {year - 1}년 모니터링 결과 검토를 기록하지 않았습니다 (workshop(s) without a review of the {year - 1} monitoring report).");
    }

    private static string Dates(IEnumerable<WorkshopFacts> workshops, WorkshopKind kind) =>
        string.Join(", ", workshops.Where(w => w.Kind == kind).Select(w => w.On.ToString("yyyy-MM-dd")));

    private static Obligation Met(string rule, string detail) => new(rule, ObligationStatus.Met, detail);

    private static Obligation Missing(string rule, string detail) => new(rule, ObligationStatus.Missing, detail);

    private static Obligation Flagged(string rule, string detail) => new(rule, ObligationStatus.Flagged, detail);
}
