namespace Hyeopchi.Domain.Common;

/// <summary>
/// Something that happened in the network, recorded for good (R10). Every event carries the
/// business date it happened on, which may be earlier than the day it was recorded.
/// </summary>
public interface IDomainEvent
{
    DateOnly On { get; }

    /// <summary>Every event type the domain defines: the store registers exactly these.</summary>
    public static IReadOnlyList<Type> All { get; } = typeof(IDomainEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();
}
