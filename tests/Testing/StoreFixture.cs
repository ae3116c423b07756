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

    /// <summary>Appends a stream's events as <paramref name="actor"/> would, through one session.</summary>
    public async Task Append(Guid streamId, string actor, params object[] events)
    {
        await using var session = Store.LightweightSession();
        session.LastModifiedBy = actor;
        session.CorrelationId = $"test-{Guid.NewGuid():N}";
        session.Events.Append(streamId, events);
        await session.SaveChangesAsync();
    }
}
