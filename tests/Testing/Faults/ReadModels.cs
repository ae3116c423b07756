using Hyeopchi.Projections.Store;
using Marten;
using Npgsql;

namespace Hyeopchi.Testing.Faults;

/// <summary>
/// Every read model, document by document (its table, id and JSON): for comparing the read
/// models as they stand with a full rebuild from the events.
/// </summary>
public static class ReadModels
{
    /// <summary>Rebuilds every read model (<see cref="HyeopchiStore.ReadModels"/>) from the events with the projection daemon.</summary>
    public static async Task RebuildAllAsync(IDocumentStore store, CancellationToken ct = default)
    {
        using var daemon = await HyeopchiStore.RebuildDaemonAsync(store, ct);
        foreach (var name in HyeopchiStore.ReadModels(store))
        {
            await daemon.RebuildProjectionAsync(name, TimeSpan.FromMinutes(30), ct);
        }
    }

    /// <summary>Each document of every document table of the schema, as "table/id → json", in a stable order.</summary>
    public static async Task<SortedDictionary<string, string>> SnapshotAsync(string connectionString, string schema, CancellationToken ct = default)
    {
        var documents = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
                         "select table_name from information_schema.tables where table_schema = @schema and table_name like 'mt_doc_%' order by 1", connection))
        {
            list.Parameters.AddWithValue("schema", schema);
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) tables.Add(reader.GetString(0));
        }

        foreach (var table in tables)
        {
            await using var read = new NpgsqlCommand($"select id::text, data::text from \"{schema}\".\"{table}\"", connection);
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) documents[$"{table}/{reader.GetString(0)}"] = reader.GetString(1);
        }

        return documents;
    }

    /// <summary>The documents that differ between two snapshots (missing on either side or with other content).</summary>
    public static IReadOnlyList<string> Differences(SortedDictionary<string, string> before, SortedDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Where(k => !before.TryGetValue(k, out var b) || !after.TryGetValue(k, out var a) || b != a)
            .Select(k => $"{k}: {(before.TryGetValue(k, out var b) ? Cut(b) : "(none)")} ≠ {(after.TryGetValue(k, out var a) ? Cut(a) : "(none)")}")
            .ToList();

    private static string Cut(string json) => json.Length > 200 ? json[..200] + "…" : json;
}
