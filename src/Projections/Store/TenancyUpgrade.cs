using Npgsql;

namespace Hyeopchi.Projections.Store;

/// <summary>
/// Opens a store made before districts existed (one tenant, streams keyed by id alone) under the
/// conjoined tenancy of today. Marten's own migration of the event tables re-keys <c>mt_streams</c>
/// by (tenant, id) but adds the events' foreign key twice and fails; this step re-keys the two event
/// tables first, in one transaction under an advisory lock (nodes starting together wait for one
/// another), so that what Marten then finds to change is only what it changes correctly. Records
/// keep the tenant they always had, Marten's default: the district <c>default</c>.
/// </summary>
public static class TenancyUpgrade
{
    private const long LockId = 0x4879656f70636869; // "Hyeopchi"

    public static async Task ApplyAsync(string connectionString, string schema, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand($"""
            SELECT pg_advisory_xact_lock({LockId});
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
            """, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
