using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;
using NetworkState = Hyeopchi.Domain.Network.Network;

namespace Hyeopchi.Host.Network;

/// <summary>발족: the network is launched, once.</summary>
[Command("/api/network/launch", "launchNetwork", Roles.Commanders)]
public sealed record LaunchNetwork(string? Name, string? District, DateOnly? On) : ICommand
{
    public static LaunchNetwork Example => new("협치성북 민간추진단", "서울특별시 성북구", new DateOnly(2027, 3, 15));

    public void Check(Checks checks) => checks
        .Text("name", Name)
        .Text("district", District);
}

public static class LaunchNetworkHandler
{
    public static async Task<(StreamCreated, IStartStream)> Handle(LaunchNetwork command, IQuerySession session, BusinessCalendar calendar, CancellationToken ct)
    {
        var current = await session.LoadAsync<NetworkState>(NetworkState.StreamId, ct);
        var events = NetworkState.Launch(current, command.Name!.Trim(), command.District!.Trim(), calendar.DateOf(command.On)).EventsOrThrow();
        return (new StreamCreated(NetworkState.StreamId.ToString(), "/api/network"), MartenOps.StartStream<NetworkState>(NetworkState.StreamId, events.ToArray()));
    }
}

public static class NetworkQueries
{
    [Authorize]
    [ProducesResponseType<NetworkState>(StatusCodes.Status200OK)]
    [WolverineGet("/api/network", OperationId = "getNetwork")]
    public static async Task<IResult> Get(IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<NetworkState>(NetworkState.StreamId, ct) is { } network
            ? Results.Ok(network)
            : Results.Problem(Problems.NotFound("The network has not been launched yet."));
}
