using Marten;
using Npgsql;

namespace Hyeopchi.Projections.Store;

/// <summary>
/// Brings the store's schema up to date once, however many nodes start on it together: under an
/// advisory lock, one node at a time re-keys a store made before districts existed and applies the
/// store's configured changes; a node that comes second finds nothing left to do.
/// <para>
/// The re-keying: a store from before districts has one tenant and streams keyed by id alone.
/// Marten's own migration of the event tables to conjoined tenancy re-keys <c>mt_streams</c> by
/// (tenant, id) but adds the events' foreign key twice and fails; so the two event tables are
/// re-keyed here first, and what Marten then finds to change is only what it changes correctly.
/// Records keep the tenant they always had, Marten's default: the district <c>default</c>.
/// </para>
/// <para>
/// When the schema is current, nothing is compared: a store configured with
/// <see cref="SkipWhenCurrent"/> keeps a fingerprint of the schema it was last brought to (a hash of
/// the DDL its configuration would create, in <c>public.weasel_schema_fingerprints</c>), and the apply is
/// then one query for that fingerprint. A release that changes the schema changes the
/// fingerprint, and the next start compares and applies as before. The fingerprint is trusted: a
/// change made to the schema by hand is not seen while it matches (<c>db-assert</c> still compares).
/// </para>
/// </summary>
public static class TenancyUpgrade
{
    private const long LockId = 0x4879656f70636869; // "Hyeopchi"

    /// <summary>Lets <see cref="ApplyOnceAsync"/> skip the comparison of a schema that its last apply left current.</summary>
    public static void SkipWhenCurrent(StoreOptions options) => options.Advanced.Migrator.UseSchemaFingerprinting = true;

    public static async Task ApplyOnceAsync(string connectionString, IDocumentStore store, string schema, CancellationToken ct)
    {
        await using var gate = new NpgsqlConnection(connectionString);
        await gate.OpenAsync(ct);
        await Run(gate, $"SELECT pg_advisory_lock({LockId})", ct);
        try
        {
            await Run(gate, ReKeyEventTables(schema), ct);
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        }
        finally
        {
            await Run(gate, $"SELECT pg_advisory_unlock({LockId})", CancellationToken.None);
        }
    }

    private static async Task Run(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string ReKeyEventTables(string schema) => $"""
        DO $$
        BEGIN
          IF EXISTS (SELECT 1 FROM pg_constraint c
                     JOIN pg_class t ON c.conrelid = t.oid
                     JOIN pg_namespace n ON n.oid = t.relnamespace
                     WHERE n.nspname = '{schema}' AND t.relname = 'mt_streams' AND c.conname = 'pkey_mt_streams_id') THEN
            ALTER TABLE {schema}.mt_events DROP CONSTRAINT IF EXISTS fkey_mt_events_stream_id;
            ALTER TABLE {schema}.mt_streams DROP CONSTRAINT pkey_mt_streams_id CASCADE;
            ALTER TABLE {schema}.mt_streams ADD CONSTRAINT pkey_mt_streams_tenant_id_id PRIMARY KEY (tenant_id, id);
            ALTER TABLE {schema}.mt_events ADD CONSTRAINT fkey_mt_events_stream_id_tenant_id
              FOREIGN KEY (tenant_id, stream_id) REFERENCES {schema}.mt_streams(tenant_id, id);
          END IF;
        END $$;
        """;
}
