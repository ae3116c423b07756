using Hyeopchi.Projections.Divisions;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hyeopchi.Host.Pages.Public;

/// <summary>공개 페이지: divisions and their stages, without sign-in; only names the network publishes.</summary>
public class IndexModel(IQuerySession session) : PageModel
{
    public IReadOnlyList<DivisionProgress> Divisions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Divisions = await session.Query<DivisionProgress>().OrderBy(d => d.Name).ToListAsync(ct);
}
