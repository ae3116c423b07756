using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Hyeopchi.Testing;
using Npgsql;

namespace Hyeopchi.Benchmarks;

/// <summary>
/// Several nodes of one installation, as host processes (`dotnet Hyeopchi.Host.dll`, Production,
/// pre-generated code) on one PostgreSQL database with one signing key: the command rate of C
/// clients on one node against the same C clients spread over two, and the time from killing the
/// node that runs the installation's background work (SIGKILL: no goodbye to the other node) until
/// Wolverine's node assignments show it on the survivor.
/// </summary>
public static class NodesBenchmark
{
    /// <summary>The agent's address as Wolverine stores it (<c>hyeopchi-idempotency-expiry:///</c>).</summary>
    private const string BackgroundWork = "hyeopchi-idempotency-expiry:%";

    public static async Task RunAsync(Options options)
    {
        var rounds = options.Int("rounds", 3);
        var clients = options.Int("clients", 4);
        var seconds = options.Int("seconds", 10);
        var database = await TestCluster.CreateDatabaseAsync("bench_nodes");
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        Console.WriteLine($"nodes: {HostProcess.Find()}");

        // The first node is healthy before the second starts: it is the older node, and so the leader.
        await using var first = await HostProcess.StartAsync(database, key);
        await using var second = await HostProcess.StartAsync(database, key);
        var token = await first.TokenAsync();
        foreach (var node in new[] { first, second }) node.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var ratios = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var one = await RateAsync([first], clients, seconds);
            var two = await RateAsync([first, second], clients, seconds);
            ratios.Add(two / one);
            Console.WriteLine($"  round {round} (load {Options.LoadAverage()}): POST /api/people, {clients} clients × {seconds} s: one node {one,6:F0}/s, two nodes {two,6:F0}/s ({two / one:F2}×)");
        }

        ratios.Sort();
        Console.WriteLine($"  two nodes / one node, median of {rounds} rounds: {ratios[ratios.Count / 2]:F2}×");

        var owner = await WaitForOwnerAsync(database, except: null);
        // Started one after the other, the hosts were numbered in that order.
        var (doomed, survivor) = owner.Number == (await NodeNumbersAsync(database)).Max() ? (second, first) : (first, second);
        Console.WriteLine($"  background work runs on node {owner.Number}; killing it (SIGKILL)");
        var watch = Stopwatch.StartNew();
        doomed.Kill();
        var taken = await WaitForOwnerAsync(database, except: owner.Id);
        Console.WriteLine($"  background work assigned to node {taken.Number} {watch.Elapsed.TotalSeconds:F1} s after the kill (load {Options.LoadAverage()})");
        using var health = await survivor.Http.GetAsync("health");
        Console.WriteLine($"  survivor /health: {(int)health.StatusCode}");
    }

    /// <summary>Commands per second from <paramref name="clients"/> clients, shared out over the nodes in turn.</summary>
    private static async Task<double> RateAsync(IReadOnlyList<HostProcess> nodes, int clients, int seconds)
    {
        var until = Stopwatch.StartNew();
        var done = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var node = nodes[c % nodes.Count];
            for (var i = 0; until.Elapsed.TotalSeconds < seconds; i++)
            {
                using var created = await node.Http.PostAsJsonAsync("api/people", new { name = $"노드 {c}-{i}", sector = "civil" });
                if (created.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"POST /api/people answered {(int)created.StatusCode}.");
                Interlocked.Increment(ref done);
            }
        }));
        return done / until.Elapsed.TotalSeconds;
    }

    private sealed record Owner(string Id, int Number);

    /// <summary>Waits until Wolverine's assignments name a live node for the background work other than <paramref name="except"/>.</summary>
    private static async Task<Owner> WaitForOwnerAsync(string database, string? except)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var schema = await SchemaOfAsync(connection, "wolverine_node_assignments");
        while (watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            await using var query = new NpgsqlCommand(
                $"select n.id::text, n.node_number from {schema}.wolverine_node_assignments a join {schema}.wolverine_nodes n on n.id = a.node_id where a.id like @agent",
                connection);
            query.Parameters.AddWithValue("agent", BackgroundWork);
            await using (var reader = await query.ExecuteReaderAsync())
            {
                if (await reader.ReadAsync() && reader.GetString(0) != except) return new Owner(reader.GetString(0), reader.GetInt32(1));
            }

            await Task.Delay(100);
        }

        await using var all = new NpgsqlCommand($"select a.id || ' on ' || a.node_id from {schema}.wolverine_node_assignments a", connection);
        await using var rows = await all.ExecuteReaderAsync();
        var assigned = new List<string>();
        while (await rows.ReadAsync()) assigned.Add(rows.GetString(0));
        throw new TimeoutException($"No node took the background work within 2 minutes; assigned: {string.Join(", ", assigned)}.");
    }

    /// <summary>The numbers Wolverine gave the live nodes.</summary>
    private static async Task<List<int>> NodeNumbersAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var schema = await SchemaOfAsync(connection, "wolverine_nodes");
        await using var query = new NpgsqlCommand($"select node_number from {schema}.wolverine_nodes", connection);
        var numbers = new List<int>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync()) numbers.Add(reader.GetInt32(0));
        return numbers;
    }

    private static async Task<string> SchemaOfAsync(NpgsqlConnection connection, string table)
    {
        await using var query = new NpgsqlCommand("select table_schema from information_schema.tables where table_name = @table", connection);
        query.Parameters.AddWithValue("table", table);
        return (string?)await query.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No table {table}.");
    }
}
