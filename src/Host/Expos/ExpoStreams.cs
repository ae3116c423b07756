using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;

namespace Hyeopchi.Host.Expos;

/// <summary>
/// The expo of a year is addressed by its year (<c>/api/expos/2028</c>); its stream id is derived
/// from the year (<see cref="Expo.StreamIdFor"/>). A command on it carries that id as <c>ExpoId</c>
/// and Wolverine fetches the stream for writing by it, so a concurrent change is 409; a year no
/// expo was planned for is 404 (<see cref="Planned"/>).
/// </summary>
public static class ExpoStreams
{
    /// <summary>The expo of the stream fetched for writing; 404 when none was planned for <paramref name="year"/>.</summary>
    public static Expo Planned(IEventStream<Expo> expo, int year) =>
        expo.Aggregate ?? throw new UnknownRecordException($"No expo was planned for {year}.");

    public static Recorded Append(IEventStream<Expo> expo, Decision decision)
    {
        var recorded = Recorded.Append(expo, decision);
        return recorded with { Id = expo.Aggregate!.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    public static string Url(int year) => $"/api/expos/{year}";
}
