using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Projections.Monitoring;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hyeopchi.Host.Pages.Monitoring;

/// <summary>모니터링: the years with monitors, evaluations or a report, and this year.</summary>
public class IndexModel(IQuerySession query, BusinessCalendar calendar) : PageModel
{
    public IReadOnlyList<MonitoringYearView> Years { get; private set; } = [];

    public int ThisYear => calendar.Today.Year;

    public async Task OnGetAsync(CancellationToken ct) =>
        Years = await query.Query<MonitoringYearView>().OrderByDescending(y => y.Year).ToListAsync(ct);
}
