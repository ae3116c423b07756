using Hyeopchi.Host.Infrastructure.Database;
using Npgsql;

namespace Hyeopchi.Testing;

/// <summary>
/// One private PostgreSQL cluster per test run (per test process), started on first use and
/// removed when the run ends. Each test class gets a database of its own, so classes run in
/// parallel without seeing each other's data. <c>HYEOPCHI_TEST_DB</c> points the suite at an
/// existing server instead.
/// </summary>
public static class TestCluster
{
    private static readonly Lazy<Task<Func<string, string>>> Server = new(StartAsync);

    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var connectionTo = await Server.Value;
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
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

        var folder = Path.Combine(Path.GetTempPath(), $"hyeopchi-tests-{Environment.ProcessId}-{Guid.NewGuid():N}"[..48]);
        var server = await EmbeddedPostgres.StartAsync(folder, _ => { }, deleteOnStop: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.Stop();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        };
        return server.ConnectionString;
    }
}
