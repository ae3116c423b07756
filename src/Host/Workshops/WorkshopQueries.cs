using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Workshops;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Workshops;

public static class WorkshopQueries
{
    /// <summary>A workshop with its participants (as they were that day), findings with their corrections, proposals and adopted tasks.</summary>
    [Authorize]
    [ProducesResponseType<WorkshopView>(StatusCodes.Status200OK)]
    [WolverineGet("/api/workshops/{id}", OperationId = "getWorkshop")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpContext context, CancellationToken ct) =>
        await session.LoadAsync<WorkshopView>(id, ct) is { } workshop
            ? ExpectedVersion.Ok(context, workshop, workshop.Version)
            : Results.Problem(Problems.NotFound($"No workshop has the id {id}."));

    /// <summary>The workshops of a calendar year (of their business dates), oldest first; every workshop without <c>year</c>.</summary>
    [Authorize]
    [WolverineGet("/api/workshops", OperationId = "listWorkshops")]
    public static async Task<IReadOnlyList<WorkshopView>> List(int? year, IQuerySession session, CancellationToken ct)
    {
        var query = session.Query<WorkshopView>();
        var workshops = year is { } y
            ? await query.Where(w => w.Year == y).ToListAsync(ct)
            : await query.ToListAsync(ct);
        return workshops.OrderBy(w => w.On).ThenBy(w => w.Id).ToList();
    }
}
