using Hyeopchi.Host.Monitoring;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Projections.Monitoring;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wolverine.Http;

namespace Hyeopchi.Host.Pages.Reports;

/// <summary>
/// 모니터링 결과 연도별 비교 (<c>/reports/monitoring?from=&amp;to=</c>): per indicator a chart (a line per
/// division) and its table, then the strategic tasks' completion per division; the rows are those of
/// GET /api/reports/monitoring. In the admin's layout, and printable to A4 one indicator a page.
/// Then the evaluated governance policies (an expo exhibit, the enacted ordinance) compared the same way.
/// A range that does not hold is 400 with problem details, as the API answers it.
/// </summary>
public class MonitoringModel(IQuerySession query) : PageModel
{
    public int From { get; private set; }

    public int To { get; private set; }

    public IReadOnlyList<IndicatorSeries> Indicators { get; private set; } = [];

    public IReadOnlyList<TaskCompletion> Tasks { get; private set; } = [];

    /// <summary>The evaluated governance policies (L48) year over year: the <c>policies</c> of GET /api/reports/monitoring.</summary>
    public IReadOnlyList<PolicyComparisonRow> Policies { get; private set; } = [];

    public string Title => $"모니터링 결과 연도별 비교 {From}–{To}";

    public async Task<IActionResult> OnGetAsync(int? from, int? to, CancellationToken ct)
    {
        if (!ModelState.IsValid) return new BadRequestObjectResult(new ValidationProblemDetails(ModelState) { Status = StatusCodes.Status400BadRequest });
        var invalid = ComparisonReport.Validate(from, to);
        if (!ReferenceEquals(invalid, WolverineContinue.NoProblems)) return new BadRequestObjectResult(invalid);

        From = from!.Value;
        To = to!.Value;
        var definitions = (await query.Query<IndicatorDefinition>().ToListAsync(ct)).ToDictionary(d => d.Code);
        var rows = new List<ComparisonRow>();
        await foreach (var row in MonitoringComparison.RowsAsync(query, From, To, ComparisonOrder.ByIndicator, ct)) rows.Add(row);
        Indicators = rows.GroupBy(r => r.Indicator)
            .Select(g => new IndicatorSeries(g.Key, definitions.GetValueOrDefault(g.Key), g.ToList()))
            .ToList();
        Tasks = await StrategicTaskCompletion.PerDivisionAsync(query, From, To, ct);
        var policies = new List<PolicyComparisonRow>();
        await foreach (var row in MonitoringComparison.PolicyRowsAsync(query, From, To, ct)) policies.Add(row);
        Policies = policies;
        return Page();
    }
}
