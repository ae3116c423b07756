using Hyeopchi.Domain.People;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Projections.Divisions;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NetworkState = Hyeopchi.Domain.Network.Network;

namespace Hyeopchi.Host.Pages;

/// <summary>대시보드: the network, divisions by stage, counts — from the same read models as the API.</summary>
public class IndexModel(IQuerySession session, BusinessCalendar calendar) : PageModel
{
    public NetworkState? Network { get; private set; }

    public IReadOnlyList<DivisionProgress> Divisions { get; private set; } = [];

    public int PeopleCount { get; private set; }

    public DateOnly Today => calendar.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Network = await session.LoadAsync<NetworkState>(NetworkState.StreamId, ct);
        Divisions = await session.Query<DivisionProgress>().OrderBy(d => d.Name).ToListAsync(ct);
        PeopleCount = await session.Query<Person>().CountAsync(ct);
    }
}
