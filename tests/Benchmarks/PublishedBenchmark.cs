using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Hyeopchi.Testing;

namespace Hyeopchi.Benchmarks;

/// <summary>
/// The command rate of the published host (`dotnet publish -c Release`, the DLL run as a process,
/// Production) measured from another process: `wrk` (Debian's package) sending `POST /api/people`
/// with a name of its own each time, at 4, 16 and 64 connections. Plain: `GET /health` on the same
/// host at the same connections — the HTTP stack alone — and plain Marten starting the same
/// streams from as many workers in this process, against the same PostgreSQL.
/// </summary>
public static class PublishedBenchmark
{
    public static async Task RunAsync(Options options)
    {
        var connections = options.Ints("connections", 4, 16, 64);
        var seconds = options.Int("seconds", 10);
        if (!File.Exists("/usr/bin/wrk")) throw new InvalidOperationException("wrk is not installed (apt-get install wrk).");

        // --host runs a host published before (to compare builds or runtime settings on one publish).
        var given = options.String("host") is { } dll ? Path.GetFullPath(dll) : null;
        var folder = Path.Combine(Path.GetTempPath(), $"hyeopchi-published-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (given is null)
        {
            var publishing = Stopwatch.StartNew();
            await RunAsync("dotnet", ["publish", SourceOfHost(), "-c", "Release", "-o", folder, "-nologo", "-v", "quiet"]);
            Console.WriteLine($"published: dotnet publish -c Release in {publishing.Elapsed.TotalSeconds:F0} s → {folder}");
        }

        try
        {
            var database = await TestCluster.CreateDatabaseAsync("bench_published");
            await using var host = await HostProcess.StartAsync(database, Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)), given ?? Path.Combine(folder, "Hyeopchi.Host.dll"));
            var script = Path.Combine(folder, "people.lua");
            await File.WriteAllTextAsync(script, Script(await host.TokenAsync()));
            await using var direct = await Timings.StoreAsync("bench_published_marten");
            var plain = Path.Combine(folder, "health.lua");
            await File.WriteAllTextAsync(plain, "wrk.method = \"GET\"\nwrk.path = \"/health\"\n" + Summary);
            foreach (var c in connections)
            {
                var threads = Math.Min(c, 2).ToString(CultureInfo.InvariantCulture);
                // A short warm-up at each level, so the pools are full before the figure is taken.
                await WrkAsync(host, ["-t", threads, "-c", $"{c}", "-d", "2s", "-s", script]);
                var commands = await WrkAsync(host, ["-t", threads, "-c", $"{c}", "-d", $"{seconds}s", "-s", script]);
                var health = await WrkAsync(host, ["-t", threads, "-c", $"{c}", "-d", $"{seconds}s", "-s", plain]);
                var marten = await PlainMartenAsync(direct, c, seconds);
                Console.WriteLine($"  {c,2} connections (load {Options.LoadAverage()}): POST /api/people {commands}");
                Console.WriteLine($"  {"",2}              plain: GET /health      {health}");
                Console.WriteLine($"  {"",2}              plain: Marten starting the same stream from {c} workers: {marten.Rate:F0}/s, p50 {marten.P50:F1} ms, p99 {marten.P99:F1} ms; HTTP/Marten {RateOf(commands) / marten.Rate:P0}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// What the host's command does to the store, done by Marten itself from this process (idle
    /// while wrk runs): a person's stream started, with the same store configuration and inline
    /// projections, by <paramref name="workers"/> writers for as long as wrk ran.
    /// </summary>
    private static async Task<(double Rate, double P50, double P99)> PlainMartenAsync(Marten.IDocumentStore store, int workers, int seconds)
    {
        var timings = new System.Collections.Concurrent.ConcurrentBag<double>();
        async Task Register(int worker, int n, bool timed)
        {
            var watch = Stopwatch.StartNew();
            await using var session = store.LightweightSession();
            var id = Guid.CreateVersion7();
            session.Events.StartStream<Domain.People.Person>(id, new Domain.People.PersonRegistered(id, $"부하 {worker}-{n}-{id:N}", Domain.Common.Sector.Civil, null, null, new DateOnly(2028, 1, 2)));
            await session.SaveChangesAsync();
            if (timed) timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        for (var i = 0; i < 20; i++) await Register(0, -i, timed: false);
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            for (var n = 0; deadline.Elapsed.TotalSeconds < seconds; n++) await Register(w, n, timed: true);
        }));
        var sorted = timings.Order().ToList();
        return (sorted.Count / deadline.Elapsed.TotalSeconds, Timings.Percentile(sorted, 0.5), Timings.Percentile(sorted, 0.99));
    }

    private static double RateOf(string wrkSummary) =>
        double.Parse(wrkSummary[..wrkSummary.IndexOf("/s", StringComparison.Ordinal)], CultureInfo.InvariantCulture);

    /// <summary>Each request registers a person of its own name; the summary line is what the benchmark prints.</summary>
    private static string Script(string token) => $$"""
        counter = 0
        request = function()
          counter = counter + 1
          local body = '{"name":"부하 ' .. counter .. '-' .. math.random(1, 1000000000) .. '","sector":"civil"}'
          return wrk.format("POST", "/api/people", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer {{token}}" }, body)
        end
        {{Summary}}
        """;

    private const string Summary = """
        done = function(summary, latency, requests)
          io.write(string.format("RESULT %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d answers not 2xx, %d socket errors\n",
            summary.requests / (summary.duration / 1000000), latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
            summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
        end
        """;

    private static async Task<string> WrkAsync(HostProcess host, string[] arguments)
    {
        var output = await RunAsync("wrk", [.. arguments, host.BaseAddress.ToString()]);
        return output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))?["RESULT ".Length..]
               ?? throw new InvalidOperationException($"wrk printed no summary:\n{output}");
    }

    private static async Task<string> RunAsync(string program, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await errors}");
        return await output;
    }

    /// <summary>The host's project, found from the benchmark's own folder upwards.</summary>
    private static string SourceOfHost()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "src", "Host", "Hyeopchi.Host.csproj");
            if (File.Exists(project)) return project;
        }

        throw new InvalidOperationException("src/Host/Hyeopchi.Host.csproj was not found above the benchmark.");
    }
}
