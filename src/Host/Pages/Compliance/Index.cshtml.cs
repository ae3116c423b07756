using Hyeopchi.Projections.Workshops;
using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Compliance;
using Hyeopchi.Host.Infrastructure.Clock;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hyeopchi.Host.Pages.Compliance;

/// <summary>의무 이행 현황: GET /api/compliance/{year}'s read (R4, R5), met, missing or flagged, and why.</summary>
public class IndexModel(IQuerySession query, BusinessCalendar calendar) : PageModel
{
    public int Year { get; private set; }

    /// <summary>Null when the network had not been launched by the year: it owed nothing.</summary>
    public YearlyObligations? Obligations { get; private set; }

    public IEnumerable<Obligation> All => Obligations is null ? [] : Obligations.Network.Concat(Obligations.Divisions.SelectMany(d => d.Obligations));

    /// <summary>Set when the menu opened a past year because this one has no records: the page says so.</summary>
    public ShownYear? Shown { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year, bool latest, CancellationToken ct)
    {
        if (year is null)
        {
            // The year goes into the address (so it can be bookmarked and printed); "latest" keeps the page's note.
            var shown = await YearsOnRecord.ActiveAsync(query, calendar.Today, ct);
            return Redirect(shown.InsteadOfCurrent ? $"/compliance/{shown.Year}?latest=true" : $"/compliance/{shown.Year}");
        }

        if (year is < 2000 or > 2100) return NotFound();
        Year = year.Value;
        if (latest && Year != calendar.Today.Year) Shown = new ShownYear(Year, calendar.Today.Year);
        Obligations = await WorkshopReadings.ObligationsAsync(query, Year, ct);
        return Page();
    }
}
