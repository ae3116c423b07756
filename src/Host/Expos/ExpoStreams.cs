using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Expos;

/// <summary>
/// The expo of a year is addressed by its year (<c>/api/expos/2028</c>); its stream id is derived
/// from the year (<see cref="Expo.StreamIdFor"/>). Endpoints fetch it for writing here, so a
/// missing year is 404 and a concurrent change is 409, as with <c>[WriteAggregate]</c>.
/// </summary>
public static class ExpoStreams
{
    public static async Task<(IEventStream<Expo>?, ProblemDetails)> FetchAsync(int year, IDocumentSession session, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Expo>(Expo.StreamIdFor(year), ct);
        return stream.Aggregate is null
            ? (null, Problems.NotFound($"No expo was planned for {year}."))
            : (stream, WolverineContinue.NoProblems);
    }

    public static Recorded Append(IEventStream<Expo> expo, Decision decision)
    {
        var recorded = Recorded.Append(expo, decision);
        return recorded with { Id = expo.Aggregate!.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    public static string Url(int year) => $"/api/expos/{year}";
}
