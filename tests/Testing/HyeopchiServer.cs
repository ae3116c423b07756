using Hyeopchi.Host.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Hyeopchi.Testing;

/// <summary>
/// The real host on a real loopback port (Kestrel, not a test server), for clients that need a
/// socket such as a browser. Put together by the same <c>AddHyeopchi</c>/<c>UseHyeopchi</c> as
/// <c>Program</c>, in the Production environment (pre-generated code, compiled pages), on a
/// database of its own.
/// </summary>
public class HyeopchiServer : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"hyeopchi-server-{Guid.NewGuid():N}");
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public IDocumentStore Store => _app!.Services.GetRequiredService<IDocumentStore>();

    public IServiceProvider Services => _app!.Services;

    /// <summary>Settings a server of a kind adds to the test host's own (e.g. a sample to load at start).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>The database the server opens: a new one of its own, unless a server of a kind shares one (nodes of one installation).</summary>
    protected virtual Task<string> DatabaseAsync() => TestCluster.CreateDatabaseAsync("server");

    public virtual async Task InitializeAsync()
    {
        var connectionString = await DatabaseAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(HyeopchiHost).Assembly.GetName().Name,
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HYEOPCHI_DB"] = connectionString,
            ["HYEOPCHI_DATA"] = _dataFolder,
            ["HYEOPCHI_ADMIN_PASSWORD"] = HyeopchiApp.AdminPassword,
            ["HYEOPCHI_TODAY"] = HyeopchiApp.Today,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddHyeopchi();
        Configure(builder);

        _app = builder.Build();
        _app.UseHyeopchi();
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <summary>What a server of a kind adds to the host once it is put together (e.g. a logger to read).</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    /// <summary>Stops the server with no grace period, as when its process dies: requests in flight are cut off mid-way.</summary>
    public async Task KillAsync()
    {
        var app = _app!;
        _app = null;
        await app.StopAsync(new CancellationToken(canceled: true));
        await app.DisposeAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (Directory.Exists(_dataFolder)) Directory.Delete(_dataFolder, recursive: true);
    }

    public HttpClient Client() => new() { BaseAddress = BaseAddress };
}
