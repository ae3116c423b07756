using Hyeopchi.Projections.Store;
using Hyeopchi.Testing;
using JasperFx;
using Marten;
using Npgsql;

namespace Hyeopchi.Projections.Tests.Store;

/// <summary>
/// The schema work of a start (docs/operations.md, "Schema changes"): a schema that the last start
/// left current is not compared again; a configuration that changed is compared and applied.
/// </summary>
public class TenancyUpgradeTests
{
    /// <summary>A record only the "next release" of the store knows: its configuration, and so its schema, differs.</summary>
    public sealed record NextReleaseRecord(Guid Id);

    private static DocumentStore StoreOf(string connectionString, bool nextRelease = false) => DocumentStore.For(options =>
    {
        HyeopchiStore.Configure(options, connectionString);
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        TenancyUpgrade.SkipWhenCurrent(options);
        if (nextRelease) options.Schema.For<NextReleaseRecord>();
    });

    private static async Task StartAsync(string connectionString, bool nextRelease = false)
    {
        await using var store = StoreOf(connectionString, nextRelease);
        await TenancyUpgrade.ApplyOnceAsync(connectionString, store, HyeopchiStore.DefaultSchema, CancellationToken.None);
    }

    private static async Task<List<string>> TablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select table_name from information_schema.tables where table_schema = $1 order by table_name", connection)
        { Parameters = { new() { Value = HyeopchiStore.DefaultSchema } } };
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_start_on_a_current_schema_compares_nothing_and_a_start_with_a_changed_configuration_compares_and_applies()
    {
        var database = await TestCluster.CreateDatabaseAsync("upgrade");

        // The first start on an empty database creates the schema.
        await StartAsync(database);
        var created = await TablesAsync(database);
        Assert.Contains("mt_events", created);
        var dropped = created.First(t => t.StartsWith("mt_doc_", StringComparison.Ordinal));

        // A table removed behind the store's back: a start that compared the schema would put it back.
        // The next start of the same configuration does not compare, so it stays away.
        await ExecuteAsync(database, $"drop table {HyeopchiStore.DefaultSchema}.{dropped} cascade");
        await StartAsync(database);
        Assert.DoesNotContain(dropped, await TablesAsync(database));

        // A release whose schema differs compares the whole schema and applies what is missing:
        // its new table, and the one removed by hand.
        await StartAsync(database, nextRelease: true);
        var afterChange = await TablesAsync(database);
        Assert.Contains(dropped, afterChange);
        Assert.Contains(afterChange, t => t.EndsWith("nextreleaserecord", StringComparison.Ordinal));
    }
}
