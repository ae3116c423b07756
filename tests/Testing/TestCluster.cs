using System.Diagnostics;
using Hyeopchi.Host.Infrastructure.Database;
using Npgsql;

namespace Hyeopchi.Testing;

/// <summary>
/// One private PostgreSQL cluster per test run (per test process), started on first use and
/// discarded when the run ends. Each test class gets a database of its own, so classes run in
/// parallel without seeing each other's data. <c>HYEOPCHI_TEST_DB</c> points the suite at an
/// existing server instead.
/// </summary>
public static class TestCluster
{
    private static readonly Lazy<Task<Func<string, string>>> Server = new(StartAsync);
    private static readonly string RunsFolder = Path.Combine(Path.GetTempPath(), "hyeopchi-test-runs");

    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var connectionTo = await Server.Value;
        var name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using var connection = new NpgsqlConnection(connectionTo("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"create database \"{name}\" encoding 'UTF8'", connection);
        await create.ExecuteNonQueryAsync();
        return connectionTo(name);
    }

    private static async Task<Func<string, string>> StartAsync()
    {
        var existing = Environment.GetEnvironmentVariable("HYEOPCHI_TEST_DB");
        if (!string.IsNullOrWhiteSpace(existing))
        {
            return database => new NpgsqlConnectionStringBuilder(existing) { Database = database }.ConnectionString;
        }

        DiscardRunsThatEnded();
        var folder = Path.Combine(RunsFolder, $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..24]);
        var server = await EmbeddedPostgres.StartAsync(folder, _ => { }, deleteOnStop: true);

        // At the end of the process the cluster goes with its folder (under root it lives in
        // /var/lib/hyeopchi/clusters, outside it); a run killed before that is removed by the next.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Discard(folder);
        System.Runtime.Loader.AssemblyLoadContext.Default.Unloading += _ => Discard(folder);
        WatchForExit(folder, server.ClusterFolder);
        return server.ConnectionString;
    }

    /// <summary>
    /// The test runner may end a test process without running its exit handlers (it did: a day of runs
    /// left 34 clusters behind). A detached watcher waits for this process to end, then stops the
    /// cluster's server and deletes the cluster, its note and the run folder.
    /// </summary>
    private static void WatchForExit(string folder, string cluster)
    {
        if (!File.Exists("/usr/bin/setsid") && !File.Exists("/bin/setsid")) return;
        var script = $"""
            while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done
            if [ -f '{cluster}/postmaster.pid' ]; then kill -QUIT "$(head -1 '{cluster}/postmaster.pid')" 2>/dev/null; sleep 2; fi
            rm -rf '{cluster}' '{EmbeddedPostgres.DataFolderNoteFor(cluster)}' '{folder}'
            """;
        var start = new ProcessStartInfo("setsid", ["sh", "-c", script]) { UseShellExecute = false, RedirectStandardOutput = false };
        using var watcher = Process.Start(start);
    }

    private static int _discarded;

    private static void Discard(string folder)
    {
        if (Interlocked.Exchange(ref _discarded, 1) == 1) return;
        try
        {
            EmbeddedPostgres.Discard(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // The next run removes it (DiscardRunsThatEnded).
        }
    }

    /// <summary>
    /// A test process may be killed before it cleans up; the next run removes what it left: the run
    /// folders of processes that ended, and under root also the clusters whose note names a run folder
    /// of such a process, even when the temporary folder itself was already cleaned away.
    /// </summary>
    private static void DiscardRunsThatEnded()
    {
        var runs = Directory.Exists(RunsFolder) ? Directory.GetDirectories(RunsFolder).ToList() : [];
        runs.AddRange(ClusterInventory.List(EmbeddedPostgres.RootClusterParent)
            .Select(c => c.DataFolder)
            .OfType<string>()
            .Where(d => d.StartsWith(RunsFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal)));
        foreach (var run in runs.Distinct())
        {
            var owner = int.TryParse(Path.GetFileName(run).Split('-')[0], out var pid) ? pid : 0;
            if (IsRunning(owner)) continue;
            try
            {
                EmbeddedPostgres.Discard(run);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Another test process is discarding the same leftover at this moment.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
