using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Workshops;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Districts;

/// <summary>One district's line in the cross-district rollup.</summary>
public sealed record DistrictCompliance(string Code, string Name, int Divisions, int Met, int Missing, int Flagged);

public sealed record CrossDistrictCompliance(int Year, IReadOnlyList<DistrictCompliance> Districts);

public static class DistrictQueries
{
    /// <summary>The installation's districts (operator).</summary>
    [Authorize(Roles = Roles.Operator)]
    [WolverineGet("/api/districts", OperationId = "listDistricts")]
    public static async Task<IReadOnlyList<DistrictSummary>> List(DistrictDirectory districts, CancellationToken ct) =>
        (await districts.AllAsync(ct)).Select(d => new DistrictSummary(d.Code, d.Name, d.Disabled)).ToList();

    /// <summary>Every district's obligations of a year side by side (operator): its divisions, and how many obligations are met, missing and flagged.</summary>
    [Authorize(Roles = Roles.Operator)]
    [ProducesResponseType<CrossDistrictCompliance>(StatusCodes.Status200OK)]
    [WolverineGet("/api/operator/compliance/{year}", OperationId = "getCrossDistrictCompliance")]
    public static async Task<IResult> Compliance(int year, DistrictDirectory districts, IDocumentStore store, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
            return Results.Problem(Problems.Invalid(new() { ["year"] = ["2000에서 2100 사이여야 합니다. (between 2000 and 2100)"] }));
        return Results.Ok(await RollupAsync(year, districts, store, ct));
    }

    /// <summary>
    /// Every district's tally of the year, through the same reading as its own compliance report;
    /// the lines keep the directory's order.
    /// </summary>
    public static async Task<CrossDistrictCompliance> RollupAsync(int year, DistrictDirectory districts, IDocumentStore store, CancellationToken ct) =>
        new(year, await EachDistrictAsync(districts, store, async (district, session, token) =>
        {
            var tally = (await WorkshopReadings.ObligationsAsync(session, year, token))?.Tally() ?? ObligationTally.None;
            return new DistrictCompliance(district.Code, district.Name, tally.Divisions, tally.Met, tally.Missing, tally.Flagged);
        }, ct));

    /// <summary>How many districts a comparison reads at once: each on a query session (one connection) of its own.</summary>
    private const int DistrictsAtOnce = 4;

    /// <summary>One reading of every district, a few districts at once, each on a session of its own district; in the directory's order.</summary>
    public static async Task<IReadOnlyList<T>> EachDistrictAsync<T>(
        DistrictDirectory districts, IDocumentStore store, Func<District, IQuerySession, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        var all = await districts.AllAsync(ct);
        var lines = new T[all.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, all.Count), new ParallelOptions { MaxDegreeOfParallelism = DistrictsAtOnce, CancellationToken = ct }, async (i, token) =>
        {
            await using var session = store.QuerySession(all[i].Id);
            lines[i] = await read(all[i], session, token);
        });
        return lines;
    }
}
