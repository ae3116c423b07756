using System.Diagnostics;
using System.Globalization;
using Hyeopchi.Projections.Store;
using Hyeopchi.Testing;
using JasperFx;
using Marten;

namespace Hyeopchi.Benchmarks;

public sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        return new Options(values);
    }

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public string? String(string name) => values.TryGetValue(name, out var v) ? v : null;

    public int[] Ints(string name, params int[] fallback) =>
        values.TryGetValue(name, out var v) ? v.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray() : fallback;

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}

public static class Timings
{
    public static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];

    public static async Task<(double P50, double P99)> MeasureAsync(string name, int calls, Func<Task> call, int warmUp = 10)
    {
        for (var i = 0; i < warmUp; i++) await call();
        var timings = new List<double>(calls);
        for (var i = 0; i < calls; i++)
        {
            var watch = Stopwatch.StartNew();
            await call();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        var (p50, p99) = (Percentile(timings, 0.50), Percentile(timings, 0.99));
        Console.WriteLine($"  {name,-58} p50 {p50,8:F2} ms   p99 {p99,8:F2} ms   ({calls} calls)");
        return (p50, p99);
    }

    /// <summary>The connection string of each store made by <see cref="StoreAsync"/>.</summary>
    public static readonly Dictionary<IDocumentStore, string> ConnectionStrings = new();

    public static async Task<DocumentStore> StoreAsync(string prefix)
    {
        var connectionString = await TestCluster.CreateDatabaseAsync(prefix);
        var store = DocumentStore.For(options =>
        {
            HyeopchiStore.Configure(options, connectionString);
            options.AutoCreateSchemaObjects = AutoCreate.All;
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        ConnectionStrings[store] = connectionString;
        return store;
    }
}
