using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Projections.Store;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace Hyeopchi.Benchmarks;

/// <summary>
/// Rebuilds every inline read model over N events (task streams of 100 events: an adoption, then
/// progress reports and status changes), timed per projection and in total, against reading and
/// deserialising the same events raw (Npgsql, System.Text.Json).
/// </summary>
public static class RebuildBenchmark
{
    public static async Task RunAsync(Options options)
    {
        var total = options.Int("events", 1_000_000);
        await using var store = await Timings.StoreAsync("bench_rebuild");
        var appending = Stopwatch.StartNew();
        const int perStream = 100;
        var day = new DateOnly(2028, 1, 2);
        var batch = new List<(Guid, object[])>();
        for (var stream = 0; stream < total / perStream; stream++)
        {
            var id = Guid.CreateVersion7();
            var events = new object[perStream];
            events[0] = new StrategicTaskAdopted(id, $"과제 {stream}", 2028 + stream % 10, StrategicTaskOwner.JointOf(), Guid.CreateVersion7(), null, null, new DateOnly(2027, 11, 20));
            for (var i = 1; i < perStream; i++)
                events[i] = i % 25 == 0
                    ? new StrategicTaskStatusChanged(id, StrategicTaskStatus.Planned, StrategicTaskStatus.InProgress, "재개", day)
                    : new StrategicTaskProgressReported(id, i, $"{i}차 보고", null, day);
            batch.Add((id, events));
            if (batch.Count == 100 || stream == total / perStream - 1)
            {
                await using var session = store.LightweightSession();
                foreach (var (s, e) in batch) session.Events.StartStream<StrategicTask>(s, e);
                await session.SaveChangesAsync();
                batch.Clear();
            }
        }

        var count = total / perStream * perStream;
        Console.WriteLine($"rebuild: appended {count:N0} events ({count / perStream:N0} task streams) in {appending.Elapsed.TotalSeconds:F0} s ({count / appending.Elapsed.TotalSeconds:F0}/s, inline projections on)");

        var raw = await RawReadAsync(store);
        Console.WriteLine($"  plain: raw read and deserialise of {count:N0} events {raw.TotalSeconds,6:F1} s   {count / raw.TotalSeconds,9:F0} events/s");

        var projections = HyeopchiStore.ReadModels(store);
        using var daemon = await HyeopchiStore.RebuildDaemonAsync(store);
        var all = Stopwatch.StartNew();
        foreach (var projection in projections)
        {
            var one = Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(30), CancellationToken.None);
            Console.WriteLine($"  rebuild {projection,-40} {one.Elapsed.TotalSeconds,6:F1} s");
        }

        Console.WriteLine($"  rebuild of every inline projection, one after another   {all.Elapsed.TotalSeconds,6:F1} s   {count / all.Elapsed.TotalSeconds,9:F0} events/s   = {raw.TotalSeconds / all.Elapsed.TotalSeconds:P0} of the raw read rate");

        var rebuilt = projections.Where(p => p.StartsWith("StrategicTask", StringComparison.Ordinal)).ToList();
        var tasks = Stopwatch.StartNew();
        await Task.WhenAll(rebuilt.Select(p => daemon.RebuildProjectionAsync(p, TimeSpan.FromMinutes(30), CancellationToken.None)));
        Console.WriteLine($"  rebuild of the projections of these events (StrategicTaskView, StrategicTaskLineage) at once   {tasks.Elapsed.TotalSeconds,6:F1} s   {count / tasks.Elapsed.TotalSeconds,9:F0} events/s   = {raw.TotalSeconds / tasks.Elapsed.TotalSeconds:P0} of the raw read rate");
    }

    private static async Task<TimeSpan> RawReadAsync(IDocumentStore store)
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
        var types = new Dictionary<string, Type>
        {
            ["strategic_task_adopted"] = typeof(StrategicTaskAdopted),
            ["strategic_task_progress_reported"] = typeof(StrategicTaskProgressReported),
            ["strategic_task_status_changed"] = typeof(StrategicTaskStatusChanged),
        };
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(Timings.ConnectionStrings[store]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select type, data from {HyeopchiStore.DefaultSchema}.mt_events order by seq_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        long n = 0;
        while (await reader.ReadAsync())
        {
            var type = reader.GetString(0);
            if (JsonSerializer.Deserialize(reader.GetString(1), types[type], json) is not null) n++;
        }

        if (n == 0) throw new InvalidOperationException("No events were read.");
        return watch.Elapsed;
    }
}
