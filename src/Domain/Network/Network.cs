using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Network;

/// <summary>The civil promotion group (민간추진단) was formally launched (발족).</summary>
public sealed record NetworkLaunched(Guid NetworkId, string Name, string District, DateOnly On) : IDomainEvent;

/// <summary>The one network this store serves; each district is its own store (tenant).</summary>
public sealed record Network(Guid Id, string Name, string District, DateOnly LaunchedOn)
{
    /// <summary>The network's stream has a fixed id: a store serves exactly one network.</summary>
    public static readonly Guid StreamId = new("6e657477-6f72-6b00-0000-000000000001");

    public static Network From(NetworkLaunched e) => new(e.NetworkId, e.Name, e.District, e.On);

    /// <summary>The network's n-th year of activity, counting the launch year as 1.</summary>
    public int YearOfActivity(int calendarYear) => calendarYear - LaunchedOn.Year + 1;

    public static Decision Launch(Network? current, string name, string district, DateOnly on) =>
        current is null
            ? Decision.Accept(new NetworkLaunched(StreamId, name, district, on))
            : Decision.Refuse("network.launch", RefusalCode.NetworkAlreadyLaunched, current.Name, current.LaunchedOn);
}
