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

    /// <summary>
    /// Masks the person's data in every stream that mentions them and rebuilds those streams' read
    /// models, inside <paramref name="session"/>'s transaction (begun here): nothing is written until
    /// that session saves. The caller appends <see cref="PersonErased"/> to the same session.
    /// </summary>
    /// <returns>The streams whose events were read for masking.</returns>
    public static async Task<IReadOnlyList<Guid>> EraseAsync(IDocumentSession session, ErasureTarget target, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        await session.BeginTransactionAsync(ct);

        // The person first, then the rest in id order: erasures and commands take locks in one order.
        await session.AdvancedSql.QueryAsync<Guid>($"select id from {schema}.mt_streams where id = ? for update", ct, target.PersonId);
        var found = await session.AdvancedSql.QueryAsync<Guid>(
            $"select distinct stream_id from {schema}.mt_events where data::text like ? or mt_dotnet_type like ?",
            ct, $"%{target.PersonId}%", $"{typeof(ExhibitStaffAssigned).FullName}%");
        var streams = found.Where(s => s != target.PersonId).Order().ToArray();
        if (streams.Length > 0)
        {
            await session.AdvancedSql.QueryAsync<Guid>(
                $"select id from {schema}.mt_streams where id = any(?) order by id for update", ct, streams);
        }

        var serializer = session.DocumentStore.Options.Serializer();
        foreach (var stream in streams.Prepend(target.PersonId))
        {
            foreach (var e in await session.Events.FetchStreamAsync(stream, token: ct))
            {
                var masked = PersonalData.MaskAny(e.Data, target);
                if (!ReferenceEquals(masked, e.Data))
                {
                    await session.AdvancedSql.QueryAsync<long>(
                        $"update {schema}.mt_events set data = ?::jsonb where seq_id = ? returning seq_id", ct, serializer.ToJson(masked), e.Sequence);
                }
            }
        }

        foreach (var stream in streams)
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

        // The training record is keyed by the person across course streams: only its name changes.
        if (await session.LoadAsync<PersonTraining>(target.PersonId, ct) is { } training)
        {
            training.Name = Person.ErasedName;
            session.Store(training);
        }

        return [target.PersonId, .. streams];
    }

    /// <summary>Re-folds one stream into a read model it already has, from the masked events (read in this transaction).</summary>
    private static async Task Rebuild<T>(IDocumentSession session, Guid stream, CancellationToken ct) where T : class
    {
        if (await session.LoadAsync<T>(stream, ct) is null)
        {
            return;
        }

        if (await session.Events.AggregateStreamAsync<T>(stream, token: ct) is { } rebuilt)
        {
            session.Store(rebuilt);
        }
    }
}
