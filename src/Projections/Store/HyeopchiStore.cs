using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.People;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.Meetings;
using Hyeopchi.Projections.Education;
using Hyeopchi.Projections.Monitoring;
using Hyeopchi.Projections.Network;
using Hyeopchi.Projections.People;
using Hyeopchi.Projections.Workshops;
using Hyeopchi.Projections.Expos;
using Hyeopchi.Projections.TaskForce;
using Hyeopchi.Projections.StrategicTasks;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Core;

namespace Hyeopchi.Projections.Store;

/// <summary>
/// The one place that says how Hyeopchi's events and read models are stored. The host, the tests
/// and the command-line verbs all configure Marten through <see cref="Configure"/>.
/// </summary>
public static class HyeopchiStore
{
    public const string DefaultSchema = "hyeopchi";

    /// <summary>
    /// The names of the projections that keep documents, in the order they are configured: what a
    /// rebuild rebuilds. Live projections fold a stream for each command and keep nothing.
    /// </summary>
    public static IReadOnlyList<string> ReadModels(IDocumentStore store) =>
        ((StoreOptions)store.Options).Projections.All
            .Where(p => p.Lifecycle != ProjectionLifecycle.Live)
            .Select(p => p.Name)
            .ToList();

    /// <summary>
    /// The projection daemon for rebuilding read models, after refreshing PostgreSQL's statistics of
    /// the event tables. The daemon reads the
    /// log a page at a time (events joined to their streams, in sequence order, up to a limit); with
    /// statistics from before a large import the planner expects a few hundred rows, joins and sorts
    /// every event left in the log for each page, and spills the sort to disk — 1.0 s a page of 20,000
    /// out of 300,000 events against 0.09 s once it knows the table (docs/performance.md). Autovacuum
    /// would refresh them in its own time; a rebuild should not depend on when.
    /// </summary>
    public static async Task<IProjectionDaemon> RebuildDaemonAsync(IDocumentStore store, CancellationToken ct = default)
    {
        var schema = ((StoreOptions)store.Options).Events.DatabaseSchemaName;
        foreach (var database in await store.Storage.AllDatabases())
        {
            await using var connection = database.CreateConnection();
            await connection.OpenAsync(ct);
            await using var analyze = connection.CreateCommand();
            analyze.CommandText = $"analyze {schema}.mt_streams, {schema}.mt_events";
            await analyze.ExecuteNonQueryAsync(ct);
        }

        return await store.BuildProjectionDaemonAsync();
    }

    public static void Configure(StoreOptions opts, string connectionString, string schema = DefaultSchema)
    {
        opts.Connection(connectionString);
        opts.DatabaseSchemaName = schema;
        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        opts.Serializer(new WholeColumnSerializer(opts.Serializer()));
        opts.DisableNpgsqlLogging = true;

        opts.Events.StreamIdentity = StreamIdentity.AsGuid;

        // Every district is a tenant of one database (conjoined tenancy): its streams and read models
        // carry its tenant id, and a session sees its own tenant's only. A store created before
        // districts existed has everything under Marten's default tenant, the district `default`.
        opts.Events.TenancyStyle = JasperFx.MultiTenancy.TenancyStyle.Conjoined;
        opts.Policies.AllDocumentsAreMultiTenanted();
        opts.Events.MetadataConfig.CorrelationIdEnabled = true;
        opts.Events.MetadataConfig.CausationIdEnabled = true;
        opts.Events.MetadataConfig.UserNameEnabled = true;
        opts.Events.MetadataConfig.HeadersEnabled = true;

        // An index on (type, seq_id): a rebuild of a read model that names its events asks for them
        // by type, and without it PostgreSQL walks the whole log to find the few it wants (the
        // network's read model: 4.8 s over 1,000,000 task events that hold none of its types).
        opts.Events.EnableEventTypeIndex = true;

        RegisterEvents(opts);
        opts.Storage.ExtendedSchemaObjects.Add(PersonalDataErasure.GuardFunction(schema));
        opts.Storage.ExtendedSchemaObjects.Add(PersonalDataErasure.TransactionGuardFunction(schema));

        opts.Projections.Add<NetworkProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<PersonProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<DivisionStateProjection>(ProjectionLifecycle.Live);
        opts.Projections.Add(Masked(new DivisionProgressProjection()), ProjectionLifecycle.Inline);
        opts.Projections.Add<WorkshopStateProjection>(ProjectionLifecycle.Live);
        opts.Projections.Add(Masked(new WorkshopViewProjection()), ProjectionLifecycle.Inline);
        opts.Projections.Add<MeetingStateProjection>(ProjectionLifecycle.Live);
        opts.Projections.Add(Masked(new MeetingViewProjection()), ProjectionLifecycle.Inline);
        opts.Schema.For<WorkshopView>().Index(w => w.Year).Index(w => w.DivisionId!);
        opts.Schema.For<MeetingView>().Index(m => m.DivisionId!);
        opts.Projections.Add<TaskForceStateProjection>(ProjectionLifecycle.Live);
        opts.Projections.Add(Masked(new TaskForceViewProjection()), ProjectionLifecycle.Inline);
        opts.Projections.Add<ExpoStateProjection>(ProjectionLifecycle.Live);
        opts.Projections.Add(Masked(new ExpoCatalogueProjection()), ProjectionLifecycle.Inline);
        opts.Projections.Add<StrategicTaskStateProjection>(ProjectionLifecycle.Live);
        opts.Projections.Add<StrategicTaskViewProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<StrategicTaskLineageProjection>(ProjectionLifecycle.Inline);
        TaskSnapshots.Configure(opts);
        opts.Projections.Add<TaskEvaluationProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<TaskEvaluation>().Index(x => x.StrategicTaskId);
        opts.Projections.Add<CourseStateProjection>(ProjectionLifecycle.Live);
        opts.Projections.Add(Masked(new CourseViewProjection()), ProjectionLifecycle.Inline);
        opts.Projections.Add<PersonCourseProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<PersonCourse>().Index(c => c.PersonId);
        opts.Projections.Add<PersonTrainingProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<MonitoringYearStateProjection>(ProjectionLifecycle.Live);
        opts.Projections.Add(Masked(new MonitoringYearViewProjection()), ProjectionLifecycle.Inline);
        opts.Projections.Add<IndicatorDefinitionProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<IndicatorYearScoreProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<IndicatorYearScore>().Duplicate(x => x.Year).Duplicate(x => x.Code);
        opts.Projections.Add<PolicyIndicatorYearScoreProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<PolicyIndicatorYearScore>().Duplicate(x => x.Year);
    }

    /// <summary>
    /// A read model of a stream that a person's erasure may mask: it takes <see cref="PersonalDataMasked"/>
    /// (changing nothing but its version), so its version stays the stream's.
    /// </summary>
    private static T Masked<T>(T projection) where T : IEventFilterable
    {
        projection.IncludeType<PersonalDataMasked>();
        return projection;
    }

    /// <summary>Every domain event is registered by name, so stored events keep their type names across refactorings.</summary>
    private static void RegisterEvents(StoreOptions opts)
    {
        foreach (var type in IDomainEvent.All)
        {
            opts.Events.AddEventType(type);
        }
    }
}
