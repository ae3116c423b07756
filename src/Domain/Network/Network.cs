using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Network;

/// <summary>The civil promotion group (민간추진단) was formally launched (발족).</summary>
public sealed record NetworkLaunched(Guid NetworkId, string Name, string District, DateOnly On) : IDomainEvent;

/// <summary>
/// 규약 (plan L5): the network adopted a version of its bylaws — the first one (제정) or an amendment
/// (개정) that gives its reason. Each version is kept whole, so any version can be read as it was.
/// </summary>
public sealed record BylawsAdopted(Guid NetworkId, int Version, string Text, string? Reason, DateOnly On) : IDomainEvent;

/// <summary>One adopted version of the bylaws.</summary>
public sealed record BylawsVersion(int Version, string Text, string? Reason, DateOnly On);

/// <summary>The one network this store serves; each district is its own store (tenant).</summary>
public sealed record Network(Guid Id, string Name, string District, DateOnly LaunchedOn)
{
    /// <summary>The network's stream has a fixed id: a store serves exactly one network.</summary>
    public static readonly Guid StreamId = new("6e657477-6f72-6b00-0000-000000000001");

    public const string BylawsRule = "network.bylaws";

    /// <summary>Every adopted version of the bylaws, oldest first; the last one is in force.</summary>
    public IReadOnlyList<BylawsVersion> Bylaws { get; init; } = [];

    public static Network From(NetworkLaunched e) => new(e.NetworkId, e.Name, e.District, e.On);

    public static Network? Evolve(Network? network, object e) => e switch
    {
        NetworkLaunched launched => From(launched),
        BylawsAdopted adopted when network is not null => network with { Bylaws = [.. network.Bylaws, new BylawsVersion(adopted.Version, adopted.Text, adopted.Reason, adopted.On)] },
        _ => network,
    };

    /// <summary>The network's n-th year of activity, counting the launch year as 1.</summary>
    public int YearOfActivity(int calendarYear) => calendarYear - LaunchedOn.Year + 1;

    public static Decision Launch(Network? current, string name, string district, DateOnly on) =>
        current is null
            ? Decision.Accept(new NetworkLaunched(StreamId, name, district, on))
            : Decision.Refuse("network.launch", RefusalCode.NetworkAlreadyLaunched, current.Name, current.LaunchedOn);

    /// <summary>
    /// 규약 제정/개정: the first version may come with the launch or after it; an amendment says why,
    /// changes the text, and is not dated before the version it amends.
    /// </summary>
    public Decision AdoptBylaws(string text, string? reason, DateOnly on)
    {
        var reasonGiven = string.IsNullOrWhiteSpace(reason) ? null : reason;
        if (on < LaunchedOn)
            return Decision.Refuse(BylawsRule, RefusalCode.BylawsBeforeLaunch, LaunchedOn);
        if (Bylaws is not [.., var current])
            return Decision.Accept(new BylawsAdopted(Id, 1, text, reasonGiven, on));
        if (reasonGiven is null)
            return Decision.Refuse(BylawsRule, RefusalCode.BylawsAmendmentNeedsReason, current.Version);
        if (current.Text == text)
            return Decision.Refuse(BylawsRule, RefusalCode.BylawsAmendmentChangesNothing, current.Version);
        return on < current.On
            ? Decision.Refuse(BylawsRule, RefusalCode.BylawsAmendmentBeforeVersion, current.Version, current.On)
            : Decision.Accept(new BylawsAdopted(Id, current.Version + 1, text, reasonGiven, on));
    }
}
