using Hyeopchi.Domain.Expos;
using Hyeopchi.Domain.People;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.Expos;
using Hyeopchi.Projections.Monitoring;
using Hyeopchi.Projections.StrategicTasks;
using Hyeopchi.Projections.TaskForce;
using Hyeopchi.Projections.Workshops;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NetworkState = Hyeopchi.Domain.Network.Network;

namespace Hyeopchi.Host.Pages;

/// <summary>
/// 대시보드: the network at a glance, from the same reads as the API — divisions by stage, this
/// year's obligations (GET /api/compliance/{year}'s <see cref="WorkshopReadings.ObligationsAsync"/>),
/// strategic tasks by status (the task read model), the joint TF, the next expo and the monitoring report;
/// and, while the host loads a sample, how far it has got.
/// </summary>
public class IndexModel(IQuerySession session, BusinessCalendar calendar, Samples.SampleProgress sample) : PageModel
{
    /// <summary>The sample this host is loading, if it was started with one.</summary>
    public Samples.SampleState? Sample => sample.Current;

    public NetworkState? Network { get; private set; }

    public IReadOnlyList<DivisionProgress> Divisions { get; private set; } = [];

    public int PeopleCount { get; private set; }

    public DateOnly Today => calendar.Today;

    /// <summary>This year's obligations; null before the network's launch year.</summary>
    public YearlyObligations? Obligations { get; private set; }

    public IReadOnlyList<(string Scope, Obligation Obligation)> AllObligations { get; private set; } = [];

    public IReadOnlyList<StrategicTaskView> Tasks { get; private set; } = [];

    public ExpoCatalogue? NextExpo { get; private set; }

    public TaskForceView? TaskForce { get; private set; }

    public MonitoringYearView? LastReportYear { get; private set; }

    /// <summary>The year whose obligations and tasks are shown: this year, or the latest active one when this year has none yet.</summary>
    public Domain.Common.ShownYear Shown { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Network = await session.LoadAsync<NetworkState>(NetworkState.StreamId, ct);
        Divisions = await session.Query<DivisionProgress>().OrderBy(d => d.Name).ToListAsync(ct);
        PeopleCount = await session.Query<Person>().CountAsync(ct);
        Shown = await YearsOnRecord.ActiveAsync(session, Today, ct);
        var year = Shown.Year;
        Obligations = await WorkshopReadings.ObligationsAsync(session, year, ct);
        if (Obligations is { } o)
        {
            AllObligations = o.Network.Select(x => ("네트워크 전체", x))
                .Concat(o.Divisions.SelectMany(d => d.Obligations.Select(x => (d.Name, x))))
                .ToList();
        }

        Tasks = await session.Query<StrategicTaskView>().Where(t => t.Year == year).OrderBy(t => t.Title).ToListAsync(ct);
        var today = Today;
        NextExpo = (await session.Query<ExpoCatalogue>().Where(e => e.Status != ExpoStatus.Closed).OrderBy(e => e.OpensOn).ToListAsync(ct))
            .FirstOrDefault(e => e.ClosesOn >= today);
        TaskForce = (await session.Query<TaskForceView>().OrderBy(t => t.CreatedOn).ToListAsync(ct)).LastOrDefault();
        LastReportYear = (await session.Query<MonitoringYearView>().OrderBy(m => m.Year).ToListAsync(ct)).LastOrDefault(m => m.Report is not null);
    }

    public int Count(ObligationStatus status) => AllObligations.Count(o => o.Obligation.Status == status);
}
