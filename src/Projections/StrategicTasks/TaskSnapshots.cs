using Hyeopchi.Domain.StrategicTasks;
using JasperFx.Events;
using Marten;

namespace Hyeopchi.Projections.StrategicTasks;

/// <summary>
/// A strategic task as it stood at a version that is a multiple of <see cref="TaskSnapshots.Every"/>:
/// where an auditor's as-of starts folding on a long stream, instead of from the first event. A
/// snapshot is a copy of what the task's own events fold to (history is never rewritten, R10, and the
/// task's state holds no person's name, so erasure leaves it as it is); nothing reads it as a record.
/// </summary>
public sealed class TaskSnapshot
{
    /// <summary><c>{task id}/{version}</c>.</summary>
    public string Id { get; set; } = "";

    public Guid TaskId { get; set; }

    public long Version { get; set; }

    /// <summary>The <see cref="TaskSnapshots.Shape"/> it was folded with: a snapshot of another shape is ignored.</summary>
    public int Shape { get; set; }

    public StrategicTask Task { get; set; } = null!;
}

public static class TaskSnapshots
{
    /// <summary>
    /// A snapshot every 500 versions: an as-of then folds at most 499 events after the one it starts
    /// from (10,000-event stream: see docs/performance.md, "As-of").
    /// </summary>
    public const long Every = 500;

    /// <summary>Raised whenever <see cref="StrategicTask.Evolve"/> folds differently, so that snapshots folded the old way are not used.</summary>
    public const int Shape = 1;

    public static void Configure(StoreOptions options)
    {
        // Columns of their own, so that finding the nearest snapshot reads no snapshot's JSON.
        options.Schema.For<TaskSnapshot>().Duplicate(s => s.TaskId).Duplicate(s => s.Version);
        options.Listeners.Add(new Writer());
    }

    /// <summary>The task after its first <paramref name="version"/> events, folded from the nearest snapshot at or below it.</summary>
    public static async Task<StrategicTask?> AsOfVersionAsync(IQuerySession session, Guid id, long version, CancellationToken ct)
    {
        var from = version < Every ? null : await NearestAsync(session, id, version, ct);
        if (from is null) return await session.Events.AggregateStreamAsync<StrategicTask>(id, version: version, token: ct);
        if (from.Version == version) return from.Task;
        return await session.Events.AggregateStreamAsync(id, version: version, state: from.Task, fromVersion: from.Version + 1, token: ct);
    }

    /// <summary>
    /// The snapshot at the multiple of <see cref="Every"/> at or below <paramref name="version"/> (one
    /// read by its id); where a stream has none there (it grew long before snapshots were kept), the
    /// nearest below. A snapshot of another shape is not used.
    /// </summary>
    private static async Task<TaskSnapshot?> NearestAsync(IQuerySession session, Guid id, long version, CancellationToken ct)
    {
        var nearest = await session.LoadAsync<TaskSnapshot>($"{id}/{version / Every * Every}", ct)
                      ?? await session.Query<TaskSnapshot>().Where(s => s.TaskId == id && s.Version <= version).OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
        return nearest?.Shape == Shape ? nearest : null;
    }

    /// <summary>
    /// Stores a snapshot in the same transaction as the events that take a task's stream past a
    /// multiple of <see cref="Every"/>. It knows where the stream stood because every command on a
    /// task fetches it for writing (its expected version); one more read, every 500th version, folds
    /// the state up to the boundary from the snapshot before it.
    /// </summary>
    private sealed class Writer : DocumentSessionListenerBase
    {
        public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            foreach (var stream in session.PendingChanges.Streams().Where(s => s.AggregateType == typeof(StrategicTask)))
            {
                var start = stream.ActionType == StreamActionType.Start ? 0 : stream.ExpectedVersionOnServer;
                if (start is not { } before) continue;
                var after = before + stream.Events.Count;
                var boundary = (before / Every + 1) * Every;
                if (boundary > after) continue;

                var state = before == 0 ? null : await AsOfVersionAsync(session, stream.Id, before, token);
                var version = before;
                foreach (var e in stream.Events)
                {
                    state = StrategicTask.Evolve(state, e.Data);
                    version++;
                    if (version % Every != 0 || state is null) continue;
                    session.Store(new TaskSnapshot { Id = $"{stream.Id}/{version}", TaskId = stream.Id, Version = version, Shape = Shape, Task = state });
                }
            }
        }
    }
}
