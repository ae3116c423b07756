using Hyeopchi.Projections.Store;
using JasperFx;
using Marten;
using Xunit;

namespace Hyeopchi.Testing;

/// <summary>Hyeopchi's Marten store, configured as the host configures it, on a database of its own.</summary>
public class StoreFixture : IAsyncLifetime
{
    public DocumentStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await TestCluster.CreateDatabaseAsync("store");
        Store = DocumentStore.For(options =>
        {
            HyeopchiStore.Configure(options, connectionString);
            options.AutoCreateSchemaObjects = AutoCreate.All;
        });
        await Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    /// <summary>
    /// Appends a stream's events as <paramref name="actor"/>'s command would, through one session: a new
    /// stream is started, an existing one is appended to at the version it stands at, so inline
    /// projections see each event's version as they do behind the command door.
    /// </summary>
    public async Task Append(Guid streamId, string actor, params object[] events)
    {
        await using var session = Store.LightweightSession();
        session.LastModifiedBy = actor;
        session.CorrelationId = $"test-{Guid.NewGuid():N}";
        if (await session.Events.FetchStreamStateAsync(streamId) is { } stream) session.Events.Append(streamId, stream.Version + events.Length, events);
        else session.Events.StartStream(streamId, events);
        await session.SaveChangesAsync();
    }
}
