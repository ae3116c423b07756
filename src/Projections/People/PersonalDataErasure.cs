using Hyeopchi.Domain.Common;
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

namespace Hyeopchi.Projections.People;

/// <summary>
/// The one sanctioned rewrite of history (R10): a person's erasure masks their name in the stored
/// events with Marten's event data masking (the masking rules are registered in
/// <see cref="Store.HyeopchiStore"/> and act only on the person named by the current erasure), then
/// rebuilds the read models of the streams it touched, so nothing shows the name any more. Events
/// keep their ids, types, versions, sequences, metadata and order; only the personal fields change.
/// </summary>
public static class PersonalDataErasure
{
    private static readonly AsyncLocal<ErasureTarget?> Current = new();

    /// <summary>Registers Marten masking rules for every event type that carries a person's name.</summary>
    public static void RegisterMaskingRules(StoreOptions opts)
    {
        Rule<PersonRegistered>(opts, PersonalData.Mask);
        Rule<DivisionChairAppointed>(opts, PersonalData.Mask);
        Rule<WorkshopHeld>(opts, PersonalData.Mask);
        Rule<RegularMeetingHeld>(opts, PersonalData.Mask);
        Rule<TaskForceMemberAdded>(opts, PersonalData.Mask);
        Rule<TaskForceMemberRemoved>(opts, PersonalData.Mask);
        Rule<ExpoPlanningTeamMemberJoined>(opts, PersonalData.Mask);
        Rule<ExhibitStaffAssigned>(opts, PersonalData.Mask);
        Rule<CourseEnrolled>(opts, PersonalData.Mask);
        Rule<CourseCompleted>(opts, PersonalData.Mask);
        Rule<MonitorAppointed>(opts, PersonalData.Mask);
    }

    private static void Rule<T>(StoreOptions opts, Func<T, ErasureTarget, T> mask) where T : class =>
        opts.Events.AddMaskingRuleForProtectedInformation<T>(e => Current.Value is { } target ? mask(e, target) : e);

    /// <summary>
    /// Masks the person's data in every stream that mentions them and rebuilds those streams' read
    /// models. Safe to repeat: masking an already masked event changes nothing.
    /// </summary>
    /// <returns>The streams whose events were masked.</returns>
    public static async Task<IReadOnlyList<Guid>> EraseAsync(IDocumentStore store, ErasureTarget target, CancellationToken ct)
    {
        IReadOnlyList<Guid> streams;
        await using (var query = store.QuerySession())
        {
            var events = $"{store.Options.Events.DatabaseSchemaName}.mt_events";
            streams = await query.AdvancedSql.QueryAsync<Guid>(
                $"select distinct stream_id from {events} where data::text like ? or mt_dotnet_type like ?",
                ct, $"%{target.PersonId}%", $"{typeof(ExhibitStaffAssigned).FullName}%");
        }

        if (streams.Count == 0)
        {
            return streams;
        }

        var previous = Current.Value;
        Current.Value = target;
        try
        {
            await store.Advanced.ApplyEventDataMasking(x =>
            {
                foreach (var stream in streams)
                {
                    x.IncludeStream(stream, e => PersonalData.EventTypes.Contains(e.EventType));
                }
            }, ct);
        }
        finally
        {
            Current.Value = previous;
        }

        await RebuildReadModelsAsync(store, target, streams, ct);
        return streams;
    }

    private static async Task RebuildReadModelsAsync(IDocumentStore store, ErasureTarget target, IReadOnlyList<Guid> streams, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
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

        await session.SaveChangesAsync(ct);
    }

    /// <summary>Re-folds one stream into a read model it already has, from the masked events.</summary>
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
