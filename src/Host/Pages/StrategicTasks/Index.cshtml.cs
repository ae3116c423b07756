using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Divisions;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.StrategicTasks;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hyeopchi.Host.Pages.StrategicTasks;

/// <summary>전략 과제 현황판: GET /api/strategic-tasks/board?year='s read, by status and by owner.</summary>
public class IndexModel(IQuerySession query, BusinessCalendar calendar) : PageModel
{
    public int Year { get; private set; }

    public TaskBoard Board { get; private set; } = null!;

    /// <summary>The year shown when none was asked for (this year, or the latest with tasks).</summary>
    public Domain.Common.ShownYear? Shown { get; private set; }

    public IReadOnlyDictionary<Guid, string> Divisions { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        Shown = year is >= 2000 and <= 2100 ? null : await YearsOnRecord.StrategicTasksAsync(query, calendar.Today, ct);
        Year = Shown?.Year ?? year!.Value;
        Board = await StrategicTaskQueries.BoardAsync(query, Year, ct);
        Divisions = (await DivisionQueries.List(query, ct)).ToDictionary(d => Guid.Parse(d.Id), d => d.Name);
    }
}
