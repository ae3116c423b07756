using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.StrategicTasks;
using JasperFx.Events;
using Marten;

namespace Hyeopchi.Projections.StrategicTasks;

/// <summary>
/// The auditor's replay: a task rebuilt from its own events as it stood at a version, an instant
/// (when recorded) or a business date (when it happened) — by version and instant from the nearest
/// snapshot of the task's own fold (<see cref="TaskSnapshots"/>) — and its history read a page at a time by version range.
/// The HTTP routes and the benchmark both go through here.
/// </summary>
public static class TaskTimeTravel
{
    /// <summary>The task after its first <paramref name="version"/> events (from the nearest <see cref="TaskSnapshot"/>); null when the stream is shorter (or missing).</summary>
    public static Task<StrategicTask?> AsOfVersionAsync(IQuerySession session, Guid id, long version, CancellationToken ct) =>
        TaskSnapshots.AsOfVersionAsync(session, id, version, ct);

    /// <summary>
    /// The task as it stood at <paramref name="at"/> (events recorded at or before it); null if it did
    /// not exist yet. The stream's version at that instant is looked up first, so the task is folded
    /// from the nearest snapshot as for a version, not from the stream's first event.
    /// </summary>
    public static async Task<StrategicTask?> AsOfInstantAsync(IQuerySession session, Guid id, DateTimeOffset at, CancellationToken ct)
    {
        var last = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId == id && e.Timestamp <= at)
            .OrderByDescending(e => e.Version)
            .Select(e => e.Version)
            .Take(1)
            .ToListAsync(ct);
        return last is [var version] ? await AsOfVersionAsync(session, id, version, ct) : null;
    }

    /// <summary>
    /// The task as it stood on the business date <paramref name="on"/>: folded, in recorded order, from
    /// its events whose business date (<see cref="IDomainEvent.On"/>) is on or before that day — how an
    /// auditor asks ("what did the task say on 4 June?"), even when part of its history was entered
    /// later. Null if the task had not begun by then.
    /// </summary>
    public static async Task<StrategicTask?> AsOfBusinessDateAsync(IQuerySession session, Guid id, DateOnly on, CancellationToken ct)
    {
        StrategicTask? task = null;
        foreach (var e in await session.Events.FetchStreamAsync(id, token: ct))
        {
            if (e.Data is IDomainEvent dated && dated.On <= on) task = StrategicTask.Evolve(task, e.Data);
        }

        return task;
    }

    /// <summary>Events <paramref name="from"/> to <paramref name="from"/> + <paramref name="limit"/> − 1 only: the database reads no more than the page.</summary>
    public static Task<IReadOnlyList<IEvent>> HistoryPageAsync(IQuerySession session, Guid id, long from, int limit, CancellationToken ct) =>
        session.Events.FetchStreamAsync(id, version: from + limit - 1, fromVersion: from, token: ct);
}
