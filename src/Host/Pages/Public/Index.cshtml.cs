using Hyeopchi.Host.Expos;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.Expos;
using Hyeopchi.Projections.Monitoring;
using Hyeopchi.Projections.StrategicTasks;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hyeopchi.Host.Pages.Public;

/// <summary>A published monitoring report as the public reads it: the year, the summary as it now reads, counts — no names.</summary>
public sealed record PublicReport(int Year, string Summary, int Evaluations, DateOnly PublishedOn, int Corrections, DateOnly? CorrectedOn);

/// <summary>
/// 공개 페이지 (정보 공유 온라인 플랫폼), without sign-in: divisions and their stages, adopted strategic
/// tasks and their progress, published monitoring reports and the expo catalogues. Only names the
/// network publishes (division chairs, member organisations, exhibitors); never monitors, staff,
/// reviewers or participants.
/// </summary>
public class IndexModel(IQuerySession session) : PageModel
{
    public IReadOnlyList<DivisionProgress> Divisions { get; private set; } = [];

    public IReadOnlyList<StrategicTaskView> Tasks { get; private set; } = [];

    public IReadOnlyList<PublicReport> Reports { get; private set; } = [];

    public IReadOnlyList<PublicExpoCatalogue> Expos { get; private set; } = [];

    public string OwnerOf(StrategicTaskView task)
    {
        var division = task.Owner.DivisionId is { } id ? Divisions.FirstOrDefault(d => d.Id == id)?.Name : null;
        return task.Owner.Joint ? division is null ? "민관 공동" : $"{division} · 민관 공동" : division ?? "—";
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Divisions = await session.Query<DivisionProgress>().OrderBy(d => d.Name).ToListAsync(ct);
        Tasks = await session.Query<StrategicTaskView>().OrderByDescending(t => t.Year).ThenBy(t => t.Title).ToListAsync(ct);
        Reports = (await session.Query<MonitoringYearView>().OrderByDescending(m => m.Year).ToListAsync(ct))
            .Where(m => m.Report is not null)
            .Select(m => new PublicReport(m.Year, m.Report!.CurrentSummary, m.Report.Evaluations, m.Report.PublishedOn,
                m.Report.Corrections.Count, m.Report.Corrections.LastOrDefault()?.On))
            .ToList();
        Expos = (await session.Query<ExpoCatalogue>().OrderByDescending(e => e.Year).ToListAsync(ct)).Select(PublicExpoCatalogue.From).ToList();
    }
}
