using Hyeopchi.Host.Infrastructure.Database;
using Hyeopchi.Projections.Store;

namespace Hyeopchi.Host.Districts;

/// <summary>
/// Runs <see cref="TenancyUpgrade"/> before the store applies its schema: in the first phase of the
/// host's start-up (<see cref="IHostedLifecycleService.StartingAsync"/>), registered ahead of the
/// start-up work that sets up the store's resources.
/// </summary>
public sealed class StoreUpgrade(HyeopchiDatabase database) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken ct) => TenancyUpgrade.ApplyAsync(database.ConnectionString, HyeopchiStore.DefaultSchema, ct);

    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken ct) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken ct) => Task.CompletedTask;

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken ct) => Task.CompletedTask;
}
