using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Workshops;

public enum ObligationStatus
{
    Met,
    Missing,
    Flagged,
}

/// <summary>
/// One of the year's obligations (R4, R5), met or not, and what a coordinator can do about it:
/// <see cref="Detail"/> names the condition and its facts (the host says it).
/// </summary>
public sealed record Obligation(string Rule, ObligationStatus Status, Condition Detail);

/// <summary>
/// What the obligations read of a workshop, as corrected: its kind, scope, business date, attendance,
/// monitoring review and counterpart department. A withdrawn workshop counts for nothing.
/// </summary>
public sealed record WorkshopFacts(
    Guid Id, WorkshopKind Kind, WorkshopScope Scope, Guid? DivisionId, DateOnly On, IReadOnlyList<Participant> Participants, int? ReviewedMonitoringYear,
    string? CounterpartDepartment = null, bool Withdrawn = false);

/// <summary>A division as the obligations read it; <see cref="Members"/> (with their dates) tell whose civil members attended.</summary>
public sealed record DivisionFacts(Guid Id, string Name, DateOnly RegisteredOn, IReadOnlyList<Divisions.DivisionMember>? Members = null)
{
    /// <summary>R4: a division registered in the last quarter (October to December) owes its yearly workshops from the next year.</summary>
    public int FirstYearOwed => RegisteredOn.Month >= 10 ? RegisteredOn.Year + 1 : RegisteredOn.Year;
}

public sealed record DivisionObligations(Guid DivisionId, string Name, IReadOnlyList<Obligation> Obligations);

public sealed record YearlyObligations(int Year, IReadOnlyList<Obligation> Network, IReadOnlyList<DivisionObligations> Divisions)
{
    /// <summary>The year's obligations counted by status, network-wide and every division's together: one district's line in a comparison of districts.</summary>
    public ObligationTally Tally()
    {
        var all = Network.Concat(Divisions.SelectMany(d => d.Obligations)).ToList();
        return new ObligationTally(Divisions.Count, all.Count(o => o.Status == ObligationStatus.Met),
            all.Count(o => o.Status == ObligationStatus.Missing), all.Count(o => o.Status == ObligationStatus.Flagged));
    }
}

/// <summary>How many divisions a year's obligations cover, and how many obligations are met, missing and flagged.</summary>
public sealed record ObligationTally(int Divisions, int Met, int Missing, int Flagged)
{
    /// <summary>A district whose network was not launched by that year owes nothing.</summary>
    public static readonly ObligationTally None = new(0, 0, 0, 0);
}

/// <summary>
/// R4 and R5 for a calendar year, computed from dated, corrected facts whatever order they were
/// recorded in: a workshop counts for the year of its (corrected) business date; a withdrawn one
/// does not count.
/// </summary>
public static class Compliance
{
    public const string NetworkCivilCivil = "R4.networkCivilCivil";
    public const string IntegratedCivilGovernment = "R4.integratedCivilGovernment";
    public const string DivisionCivilCivil = "R4.divisionCivilCivil";
    public const string DivisionCivilGovernment = "R4.divisionCivilGovernment";
    public const string MonitoringReviewed = "R5.monitoringReviewed";

    /// <summary>R4 and R5 without knowledge of which monitoring reports were published (any reviewed year is taken at its word).</summary>
    public static YearlyObligations For(int year, DateOnly launchedOn, IEnumerable<DivisionFacts> divisions, IEnumerable<WorkshopFacts> workshops) =>
        For(year, launchedOn, divisions, workshops, null);

    /// <summary>
    /// R4 and R5 for a year. <paramref name="reportsPublished"/> gives each monitoring year whose report
    /// was published and the date it was: R5 counts a review only of the previous year's report published
    /// by the workshop's date.
    /// </summary>
    public static YearlyObligations For(int year, DateOnly launchedOn, IEnumerable<DivisionFacts> divisions, IEnumerable<WorkshopFacts> workshops,
        IReadOnlyDictionary<int, DateOnly>? reportsPublished)
    {
        var ofYear = workshops.Where(w => !w.Withdrawn && w.On.Year == year).OrderBy(w => w.On).ThenBy(w => w.Id).ToList();
        var network = ofYear.Where(w => w.Scope == WorkshopScope.Network).ToList();
        var owed = divisions.Where(d => d.RegisteredOn.Year <= year).OrderBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.Id);
        var monitoring = year > launchedOn.Year;

        List<Obligation> networkObligations = [NetworkCivilCivilHeld(year, network), IntegratedHeld(year, network)];
        if (monitoring) networkObligations.Add(MonitoringReviewedBy(year, network, reportsPublished, WorkshopScope.Network));

        return new YearlyObligations(year, networkObligations,
            owed.Select(d =>
            {
                var own = ofYear.Where(w => w.Scope == WorkshopScope.Division && w.DivisionId == d.Id).ToList();
                var obligations = new List<Obligation>();
                if (year >= d.FirstYearOwed)
                    obligations.AddRange([DivisionCivilCivilHeld(year, d, own), DivisionCivilGovernmentHeld(year, own)]);
                if (monitoring && (year >= d.FirstYearOwed || own.Count > 0))
                    obligations.Add(MonitoringReviewedBy(year, own, reportsPublished, WorkshopScope.Division));
                return new DivisionObligations(d.Id, d.Name, obligations);
            }).Where(d => d.Obligations.Count > 0).ToList());
    }

    /// <summary>R5 for one workshop: from the network's second year, it reviewed the previous year's report, published by its date.</summary>
    public static bool ReviewedPreviousReport(WorkshopFacts workshop, IReadOnlyDictionary<int, DateOnly>? reportsPublished) =>
        workshop.ReviewedMonitoringYear == workshop.On.Year - 1
        && (reportsPublished is null || (reportsPublished.TryGetValue(workshop.On.Year - 1, out var published) && published <= workshop.On));

    /// <summary>R5 as a page shows one workshop: flagged when, from the network's second year, it lacks a review of the previous year's published report.</summary>
    public static bool LacksMonitoringReview(WorkshopFacts workshop, DateOnly launchedOn, IReadOnlyDictionary<int, DateOnly>? reportsPublished) =>
        !workshop.Withdrawn && workshop.On.Year > launchedOn.Year && !ReviewedPreviousReport(workshop, reportsPublished);

    /// <summary>R4: a division's civil–civil workshop counts when a civil participant from one of the division's member organisations (on that day) attended.</summary>
    public static bool CivilMembersPresent(WorkshopFacts workshop, DivisionFacts division)
    {
        var civil = workshop.Participants.Where(p => p.Sector == Sector.Civil).ToList();
        if (division.Members is null) return civil.Count > 0;
        var members = division.Members.Where(m => m.Sector == Sector.Civil && m.BelongsOn(workshop.On)).ToList();
        return civil.Any(p => members.Any(m => m.PersonId == p.PersonId
            || (m.PersonId is null && p.Organisation is not null && string.Equals(m.Organisation, p.Organisation, StringComparison.Ordinal))));
    }

    private static Obligation NetworkCivilCivilHeld(int year, IReadOnlyList<WorkshopFacts> network) =>
        network.Any(w => w.Kind == WorkshopKind.CivilCivil)
            ? Met(NetworkCivilCivil, Condition.Listing(ConditionCode.NetworkCivilCivilHeld, Dates(network, WorkshopKind.CivilCivil)))
            : Missing(NetworkCivilCivil, Condition.Of(ConditionCode.NetworkCivilCivilMissing, year));

    private static Obligation IntegratedHeld(int year, IReadOnlyList<WorkshopFacts> network)
    {
        var held = network.Where(w => w.Kind == WorkshopKind.CivilGovernment).ToList();
        if (held.Count == 0)
            return Missing(IntegratedCivilGovernment, Condition.Of(ConditionCode.IntegratedCivilGovernmentMissing, year));
        return held.Any(w => w.Participants.Any(p => p.IsSectionChiefOrAbove))
            ? Met(IntegratedCivilGovernment, Condition.Listing(ConditionCode.IntegratedCivilGovernmentWithSectionChief, Dates(network, WorkshopKind.CivilGovernment)))
            : Missing(IntegratedCivilGovernment, Condition.Listing(ConditionCode.IntegratedCivilGovernmentWithoutSectionChief, Dates(network, WorkshopKind.CivilGovernment)));
    }

    private static Obligation DivisionCivilCivilHeld(int year, DivisionFacts division, IReadOnlyList<WorkshopFacts> own)
    {
        var held = own.Where(w => w.Kind == WorkshopKind.CivilCivil).ToList();
        if (held.Count == 0)
            return Missing(DivisionCivilCivil, Condition.Of(ConditionCode.DivisionCivilCivilMissing, year));
        return held.Any(w => CivilMembersPresent(w, division))
            ? Met(DivisionCivilCivil, Condition.Listing(ConditionCode.DivisionCivilCivilWithCivilMembers, Dates(own, WorkshopKind.CivilCivil)))
            : Missing(DivisionCivilCivil, Condition.Listing(ConditionCode.DivisionCivilCivilWithoutCivilMembers, Dates(own, WorkshopKind.CivilCivil)));
    }

    private static Obligation DivisionCivilGovernmentHeld(int year, IReadOnlyList<WorkshopFacts> own)
    {
        var held = own.Where(w => w.Kind == WorkshopKind.CivilGovernment).ToList();
        if (held.Count == 0)
            return Missing(DivisionCivilGovernment, Condition.Of(ConditionCode.DivisionCivilGovernmentMissing, year));
        var withDepartment = held.Where(w => !string.IsNullOrWhiteSpace(w.CounterpartDepartment)).ToList();
        var dates = Dates(own, WorkshopKind.CivilGovernment).ToList();
        if (withDepartment.Count == 0)
            return Missing(DivisionCivilGovernment, Condition.Listing(ConditionCode.DivisionCivilGovernmentWithoutDepartment, dates));
        // Two lists: the count of dates comes first, then the dates, then the departments.
        return withDepartment.Any(w => w.Participants.Any(p => p.IsWorkingLevelAdministration))
            ? Met(DivisionCivilGovernment, new Condition(ConditionCode.DivisionCivilGovernmentWithWorkingLevel,
                [Condition.Arg(dates.Count), .. dates.Select(d => Condition.Arg(d)), .. withDepartment.Select(w => w.CounterpartDepartment!).Distinct()]))
            : Missing(DivisionCivilGovernment, Condition.Listing(ConditionCode.DivisionCivilGovernmentWithoutWorkingLevel, dates));
    }

    private static Obligation MonitoringReviewedBy(int year, IReadOnlyList<WorkshopFacts> held, IReadOnlyDictionary<int, DateOnly>? reportsPublished, WorkshopScope scope)
    {
        var network = scope == WorkshopScope.Network;
        if (held.Count == 0)
            return Missing(MonitoringReviewed,
                Condition.Of(network ? ConditionCode.NetworkWorkshopMissingForReview : ConditionCode.DivisionWorkshopMissingForReview, year, year - 1));
        var unreviewed = held.Where(w => !ReviewedPreviousReport(w, reportsPublished)).ToList();
        if (unreviewed.Count == 0)
            return Met(MonitoringReviewed, Condition.Of(network ? ConditionCode.NetworkWorkshopsReviewedReport : ConditionCode.DivisionWorkshopsReviewedReport, year - 1));
        var unpublished = reportsPublished is not null && unreviewed.Any(w => w.ReviewedMonitoringYear == year - 1);
        return Flagged(MonitoringReviewed, Condition.Listing(
            unpublished ? ConditionCode.WorkshopsWithoutReviewReportUnpublished : ConditionCode.WorkshopsWithoutReview, unreviewed.Select(w => w.On), year - 1));
    }

    private static IEnumerable<DateOnly> Dates(IEnumerable<WorkshopFacts> workshops, WorkshopKind kind) =>
        workshops.Where(w => w.Kind == kind).Select(w => w.On);

    private static Obligation Met(string rule, Condition detail) => new(rule, ObligationStatus.Met, detail);

    private static Obligation Missing(string rule, Condition detail) => new(rule, ObligationStatus.Missing, detail);

    private static Obligation Flagged(string rule, Condition detail) => new(rule, ObligationStatus.Flagged, detail);
}
