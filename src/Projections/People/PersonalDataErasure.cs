using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Domain.Meetings;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.People;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.Education;
using Hyeopchi.Projections.Expos;
using Hyeopchi.Projections.Meetings;
using Hyeopchi.Projections.Monitoring;
using Hyeopchi.Projections.TaskForce;
using Hyeopchi.Projections.Workshops;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;

namespace Hyeopchi.Projections.People;

/// <summary>
/// The one sanctioned rewrite of history (R10): a person's erasure masks their name in the stored
/// events (<see cref="PersonalData"/>) and rebuilds the read models of the streams it touched, so
/// nothing shows the name any more. Events keep their ids, types, versions, sequences, metadata and
/// order; only the personal fields change.
/// <para>
/// Everything happens in the transaction of the session that records <see cref="PersonErased"/>:
/// the masking, the rebuilt read models, the erasure event and the command's idempotency claim
/// commit together or not at all, so an interrupted erasure leaves nothing behind and a retry (with
/// the same Idempotency-Key or without) does all of it. The person's stream and every stream it
/// touches are locked (<c>for update</c>) before their events are read: a concurrent command on one
/// of them waits for the erasure and then appends to the masked stream, so no write is lost; a
/// command naming the person waits on the person's lock and is then refused (see
/// <see cref="ErasedPersonGuardSql"/>).
/// </para>
/// </summary>
/// <summary>What an erasure touched: the streams it read, and the person's own user accounts it found.</summary>
public sealed record ErasureResult(IReadOnlyList<Guid> Streams, IReadOnlyList<string> Accounts);

public static class PersonalDataErasure
{
    /// <summary>The SQLSTATE the guard raises when a command names a person whose data was erased.</summary>
    public const string ErasedSqlState = "HYER1";

    /// <summary>The stored name of <see cref="PersonErased"/> (pinned by the event store tests).</summary>
    public const string ErasedEventType = "person_erased";

    /// <summary>The function a command calls in its own transaction at commit for the people it names (see <see cref="GuardFunction"/>).</summary>
    public const string GuardFunctionName = "assert_people_not_erased";

    /// <summary>
    /// A function, created with the store's schema, that a command runs in its own transaction at
    /// commit for each person it names: it waits for an erasure of those people under way (it holds
    /// their streams' rows) and raises <see cref="ErasedSqlState"/> when one was recorded, so a name
    /// read before an erasure cannot be copied into an event committed after it. Each statement of a
    /// PL/pgSQL function sees what committed before it started, so the check after the wait sees the erasure.
    /// </summary>
    public static Function GuardFunction(string schema) => new(new PostgresqlObjectName(schema, GuardFunctionName, SchemaUtils.IdentifierUsage.Function), $"""
        create or replace function {schema}.{GuardFunctionName}(people uuid[]) returns bigint language plpgsql volatile as $guard$
        begin
          perform 1 from {schema}.mt_streams where id = any(people) for share;
          if exists (select 1 from {schema}.mt_events where stream_id = any(people) and type = '{ErasedEventType}') then
            raise exception 'person.erased' using errcode = '{ErasedSqlState}';
          end if;
          return 0;
        end
        $guard$;
        """);

    /// <summary>The SQLSTATE raised when an erasure's commit would run in another transaction than its masking (see <see cref="TransactionGuardFunction"/>).</summary>
    public const string RetriedSqlState = "HYER2";

    public const string TransactionGuardFunctionName = "assert_erasure_transaction";

    /// <summary>
    /// The masking and the read models are written at once, in the erasure's transaction; the store's
    /// commit pipeline retries a batch that failed on a deadlock or a serialization failure in a new
    /// transaction, which would record <see cref="PersonErased"/> without them. The erasure's batch
    /// therefore calls this with the transaction id it masked in: in any other transaction it raises
    /// <see cref="RetriedSqlState"/>, nothing commits, and the caller retries the whole erasure.
    /// </summary>
    public static Function TransactionGuardFunction(string schema) => new(
        new PostgresqlObjectName(schema, TransactionGuardFunctionName, SchemaUtils.IdentifierUsage.Function), $"""
        create or replace function {schema}.{TransactionGuardFunctionName}(expected bigint) returns bigint language plpgsql volatile as $guard$
        begin
          if txid_current() <> expected then
            raise exception 'erasure.retried' using errcode = '{RetriedSqlState}';
          end if;
          return 0;
        end
        $guard$;
        """);

    /// <summary>
    /// Masks the person's data in every stream that mentions them and rebuilds those streams' read
    /// models, inside <paramref name="session"/>'s transaction (begun here): nothing is written until
    /// that session saves. The caller appends <see cref="PersonErased"/> to the same session.
    /// </summary>
    /// <returns>The streams it read and the person's own accounts (linked to them as a monitor), whose names it masked as event actors.</returns>
    public static async Task<ErasureResult> EraseAsync(IDocumentSession session, ErasureTarget target, DateOnly on, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        await session.BeginTransactionAsync(ct);
        var transaction = (await session.AdvancedSql.QueryAsync<long>("select txid_current()", ct)).Single();
        session.QueueSqlCommand($"select {schema}.{TransactionGuardFunctionName}(?)", transaction);

        // The person first, then the rest in id order: erasures and commands take locks in one order.
        await session.AdvancedSql.QueryAsync<Guid>($"select id from {schema}.mt_streams where id = ? for update", ct, target.PersonId);
        var found = await session.AdvancedSql.QueryAsync<Guid>(
            $"select distinct stream_id from {schema}.mt_events where data::text like ? or mt_dotnet_type like ? or mt_dotnet_type like ?",
            ct, $"%{target.PersonId}%", $"{typeof(ExhibitStaffAssigned).FullName}%", $"{typeof(ExhibitSubmitted).FullName}%");
        var streams = await LockAsync(session, schema, found.Where(s => s != target.PersonId), ct);

        var serializer = session.DocumentStore.Options.Serializer();
        var accounts = new SortedSet<string>(StringComparer.Ordinal);
        var masked = new HashSet<Guid>();
        foreach (var stream in streams.Prepend(target.PersonId))
        {
            foreach (var e in await session.Events.FetchStreamAsync(stream, token: ct))
            {
                accounts.UnionWith(PersonalData.LinkedAccounts(e.Data, target));
                var data = PersonalData.MaskAny(e.Data, target);
                if (!ReferenceEquals(data, e.Data))
                {
                    await session.AdvancedSql.QueryAsync<long>(
                        $"update {schema}.mt_events set data = ?::jsonb where seq_id = ? returning seq_id", ct, serializer.ToJson(data), e.Sequence);
                    masked.Add(stream);
                }
            }
        }

        // A monitor's own account recorded their evaluations and reports: as the actor of those events it names them too.
        var acted = Array.Empty<Guid>();
        if (accounts.Count > 0)
        {
            var actedIn = await session.AdvancedSql.QueryAsync<Guid>(
                $"select distinct stream_id from {schema}.mt_events where user_name = any(?)", ct, (object)accounts.ToArray());
            acted = await LockAsync(session, schema, actedIn.Where(s => s != target.PersonId && !streams.Contains(s)), ct);
            await session.AdvancedSql.QueryAsync<long>(
                $"update {schema}.mt_events set user_name = ? where user_name = any(?) returning seq_id", ct, Person.ErasedName, accounts.ToArray());
            masked.UnionWith(actedIn.Where(s => s != target.PersonId));
        }

        // The person's own stream gets PersonErased from the caller.
        foreach (var stream in masked.Where(s => s != target.PersonId).Order())
        {
            session.Events.Append(stream, new PersonalDataMasked(target.PersonId, on));
        }

        foreach (var stream in streams.Concat(acted))
        {
            await RebuildReadModelsAsync(session, stream, ct);
        }

        // The training record is keyed by the person across course streams: only its name changes.
        if (await session.LoadAsync<PersonTraining>(target.PersonId, ct) is { } training)
        {
            training.Name = Person.ErasedName;
            session.Store(training);
        }

        return new ErasureResult([target.PersonId, .. streams, .. acted], [.. accounts]);
    }

    /// <summary>Locks the streams' rows (in id order) for the rest of the erasure's transaction.</summary>
    private static async Task<Guid[]> LockAsync(IDocumentSession session, string schema, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var streams = ids.Distinct().Order().ToArray();
        if (streams.Length > 0)
        {
            await session.AdvancedSql.QueryAsync<Guid>($"select id from {schema}.mt_streams where id = any(?) order by id for update", ct, streams);
        }

        return streams;
    }

    private static async Task RebuildReadModelsAsync(IDocumentSession session, Guid stream, CancellationToken ct)
    {
        await Rebuild<Person>(session, stream, ct);
        await Rebuild<DivisionProgress>(session, stream, ct);
        await Rebuild<WorkshopView>(session, stream, ct);
        await Rebuild<MeetingView>(session, stream, ct);
        await Rebuild<TaskForceView>(session, stream, ct);
        await Rebuild<ExpoCatalogue>(session, stream, ct);
        await Rebuild<CourseView>(session, stream, ct);
        await Rebuild<MonitoringYearView>(session, stream, ct);
    }

    /// <summary>
    /// Re-folds one stream into a read model it already has, from the masked events (read in this
    /// transaction), and writes it at once in the same transaction: the inline projection that then
    /// applies <see cref="PersonalDataMasked"/> at commit loads this document, not the unmasked one.
    /// </summary>
    private static async Task Rebuild<T>(IDocumentSession session, Guid stream, CancellationToken ct) where T : class
    {
        if (await session.LoadAsync<T>(stream, ct) is null)
        {
            return;
        }

        if (await session.Events.AggregateStreamAsync<T>(stream, token: ct) is { } rebuilt)
        {
            var table = $"{session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_{typeof(T).Name.ToLowerInvariant()}";
            var json = session.DocumentStore.Options.Serializer().ToJson(rebuilt);
            await session.AdvancedSql.QueryAsync<Guid>($"update {table} set data = ?::jsonb where id = ? returning id", ct, json, stream);
        }
    }
}
