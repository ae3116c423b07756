using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Expos;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Monitoring;
using Hyeopchi.Projections.Expos;
using Hyeopchi.Projections.Monitoring;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Pages.Reports;

/// <summary>
/// 보고서: the year-over-year monitoring report (the existing page <c>/reports/monitoring</c>, with
/// its charts), its CSV for a signed-in page user (the same <see cref="ComparisonWriters.WriteCsvAsync"/>
/// as GET /api/reports/monitoring with Accept: text/csv), and the expos year by year.
/// </summary>
public class IndexModel(IQuerySession query, BusinessCalendar calendar) : AdminPage
{
    public const string RangeForm = "range";

    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public int FromYear { get; private set; }
    public int ToYear { get; private set; }

    public IReadOnlyList<MonitoringYearView> Years { get; private set; } = [];
    public IReadOnlyList<ExpoCatalogue> Expos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await Load(ct);
        if (Range() is { } invalid) Fail(RangeForm, invalid);
        return Page();
    }

    /// <summary>모니터링 결과 CSV: UTF-8 with a byte-order mark, streamed as it is read.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await Load(ct);
        if (Range() is { } invalid)
        {
            Fail(RangeForm, invalid);
            return Page();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"monitoring-{FromYear}-{ToYear}.csv\"";
        Response.Headers.CacheControl = "no-store";
        await ComparisonWriters.WriteCsvAsync(query, FromYear, ToYear, Response.Body, ct);
        return new EmptyResult();
    }

    /// <summary>평가한 협치정책의 연도별 비교 CSV: the same <see cref="ComparisonWriters.WritePolicyCsvAsync"/> as <c>?of=policies</c> of the API.</summary>
    public async Task<IActionResult> OnGetPolicyCsvAsync(CancellationToken ct)
    {
        await Load(ct);
        if (Range() is { } invalid)
        {
            Fail(RangeForm, invalid);
            return Page();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"monitoring-policies-{FromYear}-{ToYear}.csv\"";
        Response.Headers.CacheControl = "no-store";
        await ComparisonWriters.WritePolicyCsvAsync(query, FromYear, ToYear, Response.Body, ct);
        return new EmptyResult();
    }

    private Outcome? Range()
    {
        int? from = null, to = null;
        if (!string.IsNullOrWhiteSpace(From))
        {
            if (!int.TryParse(From, out var f)) return Outcome.Invalid("from", "연도를 숫자로 입력하세요.");
            from = f;
        }

        if (!string.IsNullOrWhiteSpace(To))
        {
            if (!int.TryParse(To, out var t)) return Outcome.Invalid("to", "연도를 숫자로 입력하세요.");
            to = t;
        }

        FromYear = from ?? FromYear;
        ToYear = to ?? ToYear;
        From = FromYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        To = ToYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Outcome.From(ComparisonReport.Validate(FromYear, ToYear));
    }

    private async Task Load(CancellationToken ct)
    {
        Years = await query.Query<MonitoringYearView>().OrderBy(y => y.Year).ToListAsync(ct);
        Expos = await query.Query<ExpoCatalogue>().OrderBy(e => e.Year).ToListAsync(ct);
        FromYear = Years.Count > 0 ? Years[0].Year : calendar.Today.Year - 1;
        ToYear = Years.Count > 0 ? Math.Max(Years[^1].Year, FromYear) : calendar.Today.Year;
    }
}
