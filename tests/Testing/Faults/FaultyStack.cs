using System.Net;
using System.Net.Sockets;
using Hyeopchi.Host.Infrastructure;
using Hyeopchi.Host.Infrastructure.Database;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hyeopchi.Testing.Faults;

/// <summary>
/// The real host on Kestrel (a fixed loopback port, kept across restarts) over an embedded
/// PostgreSQL cluster of its own, both of which a fault run may kill and start again: the
/// cluster with SIGKILL (<see cref="EmbeddedPostgres.Crash"/>), the host by stopping it with no
/// grace (in-flight requests are cut off, as when its process dies).
/// </summary>
public sealed class FaultyStack : IAsyncDisposable
{
    public const string Database = "faults";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"hyeopchi-faults-{Guid.NewGuid():N}");
    private readonly int _httpPort = FreePort();
    private WebApplication? _app;

    public EmbeddedPostgres Cluster { get; private set; } = null!;

    public Uri BaseAddress => new($"http://127.0.0.1:{_httpPort}/");

    public string ConnectionString => Cluster.ConnectionString(Database);

    public IDocumentStore Store => _app!.Services.GetRequiredService<IDocumentStore>();

    public static async Task<FaultyStack> StartAsync()
    {
        var stack = new FaultyStack();
        stack.Cluster = await EmbeddedPostgres.StartAsync(stack._dataFolder, _ => { });
        await stack.Cluster.CreateDatabaseIfMissingAsync(Database);
        await stack.StartHostAsync();
        return stack;
    }

    public void CrashDatabase() => Cluster.Crash();

    /// <summary>Starts the cluster again on the same data folder (and port): PostgreSQL recovers from its WAL.</summary>
    public async Task RestartDatabaseAsync() => Cluster = await EmbeddedPostgres.StartAsync(_dataFolder, _ => { });

    public async Task StartHostAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(HyeopchiHost).Assembly.GetName().Name,
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HYEOPCHI_DB"] = ConnectionString,
            ["HYEOPCHI_DATA"] = Path.Combine(_dataFolder, "host"),
            ["HYEOPCHI_ADMIN_PASSWORD"] = HyeopchiApp.AdminPassword,
            ["HYEOPCHI_TODAY"] = HyeopchiApp.Today,
            ["Logging:LogLevel:Default"] = "Critical",
        });
        builder.WebHost.UseUrls(BaseAddress.ToString());
        builder.AddHyeopchi();
        _app = builder.Build();
        _app.UseHyeopchi();
        await _app.StartAsync();
    }

    /// <summary>Stops the host with no grace period: requests in flight are cut off mid-way.</summary>
    public async Task KillHostAsync()
    {
        var app = _app!;
        _app = null;
        await app.StopAsync(new CancellationToken(canceled: true));
        await app.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        EmbeddedPostgres.Discard(_dataFolder);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
