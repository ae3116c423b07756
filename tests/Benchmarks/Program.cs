using System.Diagnostics;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Projections.Store;
using Hyeopchi.Projections.StrategicTasks;
using Hyeopchi.Testing;
using JasperFx;
using Marten;

if (args is ["faults", .. var rest])
{
    Environment.ExitCode = await Hyeopchi.Benchmarks.FaultsVerb.RunAsync(rest);
    return;
}

// The auditor's replay on a long stream: a task with 1,000 events, read through the same code
// (TaskTimeTravel) the as-of and history routes use, on an embedded PostgreSQL of its own.
const int Events = 1000;
var calls = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 200;

var connectionString = await TestCluster.CreateDatabaseAsync("bench");
await using var store = DocumentStore.For(options =>
{
    HyeopchiStore.Configure(options, connectionString);
    options.AutoCreateSchemaObjects = AutoCreate.All;
});
await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

var id = Guid.CreateVersion7();
var day = new DateOnly(2028, 1, 2);
var events = new List<object>
{
    new StrategicTaskAdopted(id, "1인 가구 고립 예방 네트워크", 2028, StrategicTaskOwner.JointOf(), Guid.CreateVersion7(), null, null, new DateOnly(2027, 11, 20)),
};
for (var i = 1; i < Events; i++)
{
    events.Add(i % 50 == 0
        ? new StrategicTaskStatusChanged(id, StrategicTaskStatus.Planned, StrategicTaskStatus.InProgress, "재개", day)
        : new StrategicTaskProgressReported(id, i % 101, $"{i}차 보고", null, day));
}

var appending = Stopwatch.StartNew();
foreach (var chunk in events.Chunk(100))
{
    await using var session = store.LightweightSession();
    session.LastModifiedBy = "benchmark";
    session.Events.Append(id, chunk);
    await session.SaveChangesAsync();
}

Console.WriteLine($"appended {Events} events in {appending.ElapsedMilliseconds} ms");

var random = new Random(42);
await Measure("as-of ?version=N (N random in 1..1000)", async s => await TaskTimeTravel.AsOfVersionAsync(s, id, random.Next(1, Events + 1), CancellationToken.None));
await Measure("as-of ?version=1000 (whole stream)", async s => await TaskTimeTravel.AsOfVersionAsync(s, id, Events, CancellationToken.None));
await Measure("as-of ?at=now", async s => await TaskTimeTravel.AsOfInstantAsync(s, id, DateTimeOffset.UtcNow, CancellationToken.None));
await Measure("raw stream read (FetchStreamAsync, 1000 events)", async s => await s.Events.FetchStreamAsync(id));
await Measure("history page (limit 100, random from)", async s => await TaskTimeTravel.HistoryPageAsync(s, id, random.Next(1, Events - 99), 100, CancellationToken.None));
await Measure("history page (limit 50, from 951)", async s => await TaskTimeTravel.HistoryPageAsync(s, id, 951, 50, CancellationToken.None));
return;

async Task Measure(string name, Func<IQuerySession, Task> call)
{
    for (var i = 0; i < 10; i++)
    {
        await using var warm = store.QuerySession();
        await call(warm);
    }

    var timings = new List<double>(calls);
    for (var i = 0; i < calls; i++)
    {
        await using var session = store.QuerySession();
        var watch = Stopwatch.StartNew();
        await call(session);
        timings.Add(watch.Elapsed.TotalMilliseconds);
    }

    timings.Sort();
    Console.WriteLine($"{name,-50} p50 {Percentile(0.50),7:F2} ms   p99 {Percentile(0.99),7:F2} ms   ({calls} calls)");
    double Percentile(double p) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p * timings.Count) - 1)];
}
