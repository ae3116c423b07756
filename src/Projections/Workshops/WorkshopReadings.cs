using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.Meetings;
using Hyeopchi.Projections.Monitoring;
using Hyeopchi.Projections.TaskForce;
using Marten;

namespace Hyeopchi.Projections.Workshops;

/// <summary>
/// Reads the workshop and meeting read models as of a business date and hands their corrected,
/// dated facts to the Domain's rule functions (<see cref="Compliance"/>, <see cref="GateEvidence"/>,
/// <see cref="JointTaskForceGate"/>). Every answer is computed on read, so a history entered late,
/// out of order or corrected afterwards reads the same; withdrawn records count for nothing.
/// </summary>
public static class WorkshopReadings
{
    /// <summary>
    /// R4 and R5 for a calendar year; null when the network had not been launched by that year. The
    /// network, the year's workshops, the divisions and the published reports are read in one round
    /// trip (a batched query), which is what the operator's rollup repeats for every district.
    /// </summary>
    public static async Task<YearlyObligations?> ObligationsAsync(IQuerySession session, int year, CancellationToken ct)
    {
        var previous = year - 1;
        var batch = session.CreateBatchQuery();
        var networkRead = batch.Load<Domain.Network.Network>(Domain.Network.Network.StreamId);
        var workshopsRead = batch.Query<WorkshopView>().Where(w => w.Year == year).ToList();
        var divisionsRead = batch.Query<DivisionProgress>().ToList();
        var yearsRead = batch.Query<MonitoringYearView>().Where(y => y.Year <= previous).ToList();
        await batch.Execute(ct);
        var network = await networkRead;
        if (network is null || network.LaunchedOn.Year > year) return null;
        var divisions = await divisionsRead;
        return Compliance.For(year, network.LaunchedOn,
            divisions.Select(d => new DivisionFacts(d.Id, d.Name, d.RegisteredOn, d.Members)),
            (await workshopsRead).Select(w => w.ToFacts()),
            Published(await yearsRead));
    }

    /// <summary>R5: the monitoring years up to <paramref name="upTo"/> whose report is published, with the date it was.</summary>
    public static async Task<IReadOnlyDictionary<int, DateOnly>> ReportsPublishedAsync(IQuerySession session, int upTo, CancellationToken ct)
    {
        var years = await session.Query<MonitoringYearView>().Where(y => y.Year <= upTo).ToListAsync(ct);
        return Published(years);
    }

    private static Dictionary<int, DateOnly> Published(IEnumerable<MonitoringYearView> years) =>
        years.Where(y => y.Report is not null).ToDictionary(y => y.Year, y => y.Report!.PublishedOn);

    /// <summary>R5 as a list page shows it: the ids of the given workshops that <see cref="Compliance.LacksMonitoringReview"/> flags.</summary>
    public static async Task<IReadOnlySet<Guid>> LackingMonitoringReviewAsync(IQuerySession session, IReadOnlyList<WorkshopView> workshops, CancellationToken ct)
    {
        var network = await session.LoadAsync<Domain.Network.Network>(Domain.Network.Network.StreamId, ct);
        if (network is null || workshops.Count == 0) return new HashSet<Guid>();
        var reports = await ReportsPublishedAsync(session, workshops.Max(w => w.Year) - 1, ct);
        return workshops.Where(w => Compliance.LacksMonitoringReview(w.ToFacts(), network.LaunchedOn, reports)).Select(w => w.Id).ToHashSet();
    }

    /// <summary>R5 as a page shows one workshop (<see cref="Compliance.LacksMonitoringReview"/>).</summary>
    public static async Task<bool> LacksMonitoringReviewAsync(IQuerySession session, WorkshopView workshop, CancellationToken ct)
    {
        var network = await session.LoadAsync<Domain.Network.Network>(Domain.Network.Network.StreamId, ct);
        return network is not null
               && Compliance.LacksMonitoringReview(workshop.ToFacts(), network.LaunchedOn, await ReportsPublishedAsync(session, workshop.Year - 1, ct));
    }

    /// <summary>R3: whether the network's designated joint TF was formed (and not dissolved) on a date.</summary>
    public static async Task<bool> JointTaskForceFormedAsync(IQuerySession session, DateOnly on, CancellationToken ct)
    {
        var taskForces = await session.Query<TaskForceView>().ToListAsync(ct);
        return JointTaskForceGate.FormedOn(taskForces.Select(t => t.ToDates()), on);
    }

    /// <summary>
    /// What the stage gates R2 and R3 read of workshops, meetings and the designated joint TF, as of a
    /// date: facts dated after it do not count, whenever they were recorded.
    /// </summary>
    public static async Task<GateFacts> GateFactsAsync(IQuerySession session, Guid divisionId, DateOnly on, CancellationToken ct)
    {
        var workshops = await session.Query<WorkshopView>()
            .Where(w => w.Year <= on.Year && (w.DivisionId == divisionId || w.Scope == WorkshopScope.Network))
            .ToListAsync(ct);
        var since = on.AddMonths(-12);
        var meetings = await session.Query<MeetingView>()
            .Where(m => m.DivisionId == divisionId && m.WithAdministration && m.On > since && m.On <= on)
            .ToListAsync(ct);

        return GateEvidence.For(divisionId, on, workshops.Select(w => w.ToGateWorkshop()), meetings.Select(m => m.ToGateMeeting()),
            await JointTaskForceFormedAsync(session, on, ct));
    }
}
