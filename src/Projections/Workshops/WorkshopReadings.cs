using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Meetings;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.Meetings;
using Marten;

namespace Hyeopchi.Projections.Workshops;

/// <summary>
/// Reads the workshop and meeting read models as of a business date. Every answer is computed from
/// dated facts on read, so a history entered late or out of order reads the same.
/// </summary>
public static class WorkshopReadings
{
    /// <summary>R4 and R5 for a calendar year; null when the network had not been launched by that year.</summary>
    public static async Task<YearlyObligations?> ObligationsAsync(IQuerySession session, int year, CancellationToken ct)
    {
        var network = await session.LoadAsync<Domain.Network.Network>(Domain.Network.Network.StreamId, ct);
        if (network is null || network.LaunchedOn.Year > year) return null;
        var workshops = await session.Query<WorkshopView>().Where(w => w.Year == year).ToListAsync(ct);
        var divisions = await session.Query<DivisionProgress>().ToListAsync(ct);
        return Compliance.For(year, network.LaunchedOn,
            divisions.Select(d => new DivisionFacts(d.Id, d.Name, d.RegisteredOn)),
            workshops.Select(w => w.ToFacts()));
    }

    /// <summary>
    /// What the stage gates R2 and R3 read of workshops and meetings, as of a date: facts dated after
    /// it do not count, whenever they were recorded.
    /// </summary>
    public static async Task<GateFacts> GateFactsAsync(IQuerySession session, Guid divisionId, DateOnly on, CancellationToken ct)
    {
        var workshops = await session.Query<WorkshopView>()
            .Where(w => w.DivisionId == divisionId && w.Scope == WorkshopScope.Division && w.Year <= on.Year)
            .ToListAsync(ct);
        var since = on.AddMonths(-12);
        var meetings = await session.Query<MeetingView>()
            .Where(m => m.DivisionId == divisionId && m.WithAdministration && m.On > since && m.On <= on)
            .ToListAsync(ct);

        var civilCivilAdopted = workshops.Any(w =>
            w.Kind == WorkshopKind.CivilCivil && w.On <= on && w.Year >= on.Year - 1 && w.AdoptedTasks.Any(t => t.On <= on));
        var jointAdopted = workshops.Any(w =>
            w.Kind == WorkshopKind.CivilGovernment && w.On <= on && w.AdoptedTasks.Any(t => t.Joint && t.On <= on));
        var regular = meetings.Count(m => MeetingDecisions.CountsTowardStageThree(m.On, m.Participants, on));
        return new GateFacts(civilCivilAdopted, regular, jointAdopted, JointTaskForceFormed: false);
    }
}
