using System.Text.Json.Serialization;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;
using NetworkState = Hyeopchi.Domain.Network.Network;

namespace Hyeopchi.Host.Network;

/// <summary>규약 제정/개정 (plan L5): the network adopts its bylaws, or amends them with a reason; every version stays readable.</summary>
[Command("/api/network/bylaws", "adoptBylaws", Roles.Commanders)]
public sealed record AdoptBylaws(string? Text, string? Reason, DateOnly? On) : ICommand
{
    /// <summary>The network's stream: a store serves one network, so the route names no id.</summary>
    [JsonIgnore] public Guid Id => NetworkState.StreamId;

    public static AdoptBylaws Example => new("제1조 (목적) 이 규약은 협치성북 민간추진단의 구성과 운영에 관하여 정한다.", null, new DateOnly(2024, 3, 15));

    public void Check(Checks checks) => checks
        .Text("text", Text, Checks.MaxDocumentLength)
        .Text("reason", Reason, required: false);
}

public static class AdoptBylawsHandler
{
    public static Recorded Handle(AdoptBylaws command, [WriteAggregate] IEventStream<NetworkState> network, BusinessCalendar calendar) =>
        Recorded.Append(network, network.Aggregate!.AdoptBylaws(command.Text!.Trim(), command.Reason?.Trim(), calendar.DateOf(command.On)));
}
