using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Projections.StrategicTasks;
using Marten;

namespace Hyeopchi.Benchmarks;

/// <summary>
/// The auditor's replay on long task streams (1,000 and 10,000 events), through the same code
/// (TaskTimeTravel) the as-of and history routes run, against a raw FetchStreamAsync.
/// </summary>
public static class AsOfBenchmark
{
    public static async Task RunAsync(Options options)
    {
        var calls = options.Int("calls", 200);
        await using var store = await Timings.StoreAsync("bench_asof");
        foreach (var length in new[] { 1_000, 10_000 })
        {
            var id = await AppendTaskAsync(store, length);
            Console.WriteLine($"as-of on a task stream of {length:N0} events");
            var random = new Random(42);
            await Measure($"as-of ?version=N (N random in 1..{length})", s => TaskTimeTravel.AsOfVersionAsync(s, id, random.Next(1, length + 1), CancellationToken.None));
            await Measure($"as-of ?version={length} (whole stream)", s => TaskTimeTravel.AsOfVersionAsync(s, id, length, CancellationToken.None));
            await Measure("as-of ?at=now (whole stream)", s => TaskTimeTravel.AsOfInstantAsync(s, id, DateTimeOffset.UtcNow, CancellationToken.None));
            await Measure($"plain: raw FetchStreamAsync ({length} events)", s => s.Events.FetchStreamAsync(id));
            await Measure("history page (limit 100, random from)", s => TaskTimeTravel.HistoryPageAsync(s, id, random.Next(1, length - 99), 100, CancellationToken.None));
        }

        return;

        async Task Measure<T>(string name, Func<IQuerySession, Task<T>> call) =>
            await Timings.MeasureAsync(name, calls, async () =>
            {
                await using var session = store.QuerySession();
                await call(session);
            });
    }

    public static async Task<Guid> AppendTaskAsync(IDocumentStore store, int length)
    {
        var id = Guid.CreateVersion7();
        var day = new DateOnly(2028, 1, 2);
        var events = new List<object>
        {
            new StrategicTaskAdopted(id, "1인 가구 고립 예방 네트워크", 2028, StrategicTaskOwner.JointOf(), Guid.CreateVersion7(), null, null, new DateOnly(2027, 11, 20)),
        };
        for (var i = 1; i < length; i++)
        {
            events.Add(i % 50 == 0
                ? new StrategicTaskStatusChanged(id, StrategicTaskStatus.Planned, StrategicTaskStatus.InProgress, "재개", day)
                : new StrategicTaskProgressReported(id, i % 101, $"{i}차 보고", null, day));
        }

        // As commands do: fetched for writing, so the stream's snapshots are written with its events.
        foreach (var chunk in events.Chunk(1000))
        {
            await using var session = store.LightweightSession();
            session.LastModifiedBy = "benchmark";
            if (chunk[0] is StrategicTaskAdopted) session.Events.StartStream<StrategicTask>(id, chunk);
            else (await session.Events.FetchForWriting<StrategicTask>(id)).AppendMany(chunk);
            await session.SaveChangesAsync();
        }

        return id;
    }
}
