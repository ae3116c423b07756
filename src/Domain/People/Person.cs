using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.People;

/// <summary>A person taking part in the network's work was registered.</summary>
public sealed record PersonRegistered(
    Guid PersonId, string Name, Sector Sector, string? Organisation, Rank? Rank, DateOnly On) : IDomainEvent;

public sealed record Person(Guid Id, string Name, Sector Sector, string? Organisation, Rank? Rank)
{
    public static Person From(PersonRegistered e) => new(e.PersonId, e.Name, e.Sector, e.Organisation, e.Rank);
}
