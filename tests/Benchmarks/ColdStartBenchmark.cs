using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hyeopchi.Testing;

namespace Hyeopchi.Benchmarks;

/// <summary>
/// Starts the host as a process (`dotnet Hyeopchi.Host.dll`, Production, pre-generated code) and
/// times until /health answers and until a first command answers 201: on an existing PostgreSQL
/// (HYEOPCHI_DB: a fresh database the first time, then the same one), then on the host's own cluster
/// (no HYEOPCHI_DB, one HYEOPCHI_DATA folder: initdb the first time, then the same cluster). Each
/// start is stopped with SIGTERM, as an operator stops it. The median of the later starts is printed.
/// The plain figure: the same `dotnet` starting a program that does nothing (`dotnet --version`).
/// </summary>
public static class ColdStartBenchmark
{
    public static async Task RunAsync(Options options)
    {
        var runs = options.Int("runs", 3);
        var host = options.String("host") is { } given ? Path.GetFullPath(given) : HostProcess.Find();
        var database = await TestCluster.CreateDatabaseAsync("bench_cold");
        Console.WriteLine($"cold start: {host}");
        var plain = Stopwatch.StartNew();
        using (var dotnet = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!) await dotnet.WaitForExitAsync();
        Console.WriteLine($"  plain: `dotnet --version` {plain.ElapsedMilliseconds} ms");

        Console.WriteLine("  on an existing PostgreSQL (HYEOPCHI_DB):");
        var later = new List<(double Health, double Created)>();
        for (var run = 0; run <= runs; run++)
        {
            var data = Path.Combine(Path.GetTempPath(), $"hyeopchi-cold-{Guid.NewGuid():N}");
            try
            {
                var (health, created) = await StartOnceAsync(host, data, database);
                Console.WriteLine($"  run {run + 1} ({(run == 0 ? "empty database: schema created" : "existing schema")}): /health after {health,6:F0} ms, first 201 after {created,6:F0} ms   (load {Options.LoadAverage()})");
                if (run > 0) later.Add((health, created));
            }
            finally
            {
                if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
            }
        }

        PrintMedian("existing schema", later);

        // The host's own cluster: no HYEOPCHI_DB, one data folder; the first start runs initdb and
        // creates the schema, the later ones start that cluster again (the host stops it on exit).
        Console.WriteLine("  embedded cluster (HYEOPCHI_DATA, no HYEOPCHI_DB):");
        var folder = Path.Combine(Path.GetTempPath(), $"hyeopchi-cold-embedded-{Guid.NewGuid():N}");
        var existing = new List<(double Health, double Created)>();
        try
        {
            for (var run = 0; run <= runs; run++)
            {
                var (health, created) = await StartOnceAsync(host, folder, database: null);
                Console.WriteLine($"  run {run + 1} ({(run == 0 ? "new data folder: initdb, schema created" : "existing cluster and schema")}): /health after {health,6:F0} ms, first 201 after {created,6:F0} ms   (load {Options.LoadAverage()})");
                if (run > 0) existing.Add((health, created));
            }
        }
        finally
        {
            Hyeopchi.Host.Infrastructure.Database.EmbeddedPostgres.Discard(folder);
        }

        PrintMedian("embedded, existing cluster", existing);
    }

    private static void PrintMedian(string name, List<(double Health, double Created)> runs)
    {
        if (runs.Count == 0) return;
        static double Median(IEnumerable<double> values) => values.Order().ElementAt((values.Count() - 1) / 2);
        Console.WriteLine($"  median of {runs.Count}, {name}: /health after {Median(runs.Select(r => r.Health)),6:F0} ms, first 201 after {Median(runs.Select(r => r.Created)),6:F0} ms");
    }

    /// <summary>Starts the host, times its first /health 200 and its first 201, then stops it as an operator would (SIGTERM).</summary>
    private static async Task<(double Health, double Created)> StartOnceAsync(string host, string data, string? database)
    {
        var watch = Stopwatch.StartNew();
        await using var started = await HostProcess.StartAsync(database, host: host, data: data);
        try
        {
            var healthy = watch.Elapsed.TotalMilliseconds;
            started.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await started.TokenAsync());
            using var created = await started.Http.PostAsJsonAsync("api/people", new { name = "첫 참여자", sector = "civil", on = "2028-01-02" });
            if (created.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"First command answered {(int)created.StatusCode}.");
            return (healthy, watch.Elapsed.TotalMilliseconds);
        }
        finally
        {
            await started.StopAsync();
        }
    }
}
