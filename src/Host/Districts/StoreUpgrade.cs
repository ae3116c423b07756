using Hyeopchi.Host.Infrastructure.Database;
using Hyeopchi.Projections.Store;
using Marten;

namespace Hyeopchi.Host.Districts;

/// <summary>
/// Runs <see cref="TenancyUpgrade"/> in the first phase of the host's start-up
/// (<see cref="IHostedLifecycleService.StartingAsync"/>, registered ahead of the start-up work that
/// sets up the store's resources), so that nodes starting together on one database, an empty one or
/// one from before districts, change its schema one after the other.
/// </summary>
public sealed class StoreUpgrade(HyeopchiDatabase database, IDocumentStore store) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken ct) => TenancyUpgrade.ApplyOnceAsync(database.ConnectionString, store, HyeopchiStore.DefaultSchema, ct);

    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken ct) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken ct) => Task.CompletedTask;

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken ct) => Task.CompletedTask;
}
