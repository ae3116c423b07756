using Hyeopchi.Host.Compliance.Answers;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Workshops;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Compliance;

public static class ComplianceQueries
{
    /// <summary>The year's obligations (R4, R5), network-wide and per division, each met, missing or flagged, and why.</summary>
    [Authorize]
    [ProducesResponseType<YearlyObligations>(StatusCodes.Status200OK)]
    [WolverineGet("/api/compliance/{year}", OperationId = "getCompliance")]
    public static async Task<IResult> Get(int year, IQuerySession session, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
            return Results.Problem(Problems.Invalid(new() { ["year"] = ["2000에서 2100 사이여야 합니다. (between 2000 and 2100)"] }));
        return await WorkshopReadings.ObligationsAsync(session, year, ct) is { } obligations
            ? Results.Ok(YearlyObligations.Of(obligations))
            : Results.Problem(Problems.NotFound($"The network had not been launched by {year}: it owes nothing for that year."));
    }
}
