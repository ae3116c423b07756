using System.Net;
using Alba;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Database;
using Hyeopchi.Testing;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine;

namespace Hyeopchi.Host.Tests.Faults;

/// <summary>
/// The store's server dies mid-run (SIGKILL to the postmaster and its backends, as a power cut
/// would): commands answer 503 with Retry-After within a bounded time instead of hanging, and
/// after the server comes back everything answered 2xx is still there and retries record once.
/// Runs on a cluster of its own, so the rest of the suite is not disturbed.
/// </summary>
public sealed class DatabaseCrashTests : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"hyeopchi-crash-{Guid.NewGuid():N}");
    private EmbeddedPostgres _server = null!;
    private IAlbaHost _host = null!;

    public async Task InitializeAsync()
    {
        _server = await EmbeddedPostgres.StartAsync(_dataFolder, _ => { });
        await _server.CreateDatabaseIfMissingAsync("crash");
        JasperFxEnvironment.AutoStartHost = true;
        _host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("HYEOPCHI_DB", _server.ConnectionString("crash"));
            builder.UseSetting("HYEOPCHI_DATA", Path.Combine(_dataFolder, "host"));
            builder.UseSetting("HYEOPCHI_ADMIN_PASSWORD", HyeopchiApp.AdminPassword);
            builder.UseSetting("HYEOPCHI_TODAY", HyeopchiApp.Today);
            builder.ConfigureServices(services => services.RunWolverineInSoloMode());
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        EmbeddedPostgres.Discard(_dataFolder);
    }

    [Fact]
    public async Task Commands_during_an_outage_answer_503_promptly_and_nothing_answered_2xx_is_lost()
    {
        var client = _host.Server.CreateClient();
        var token = await (await client.PostJson("/api/auth/token", new { userName = "admin", password = HyeopchiApp.AdminPassword })).Json();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var before = await client.Create("/api/divisions", new { name = "정전 전 분과", field = "안전" });

        _server.Crash();
        var started = DateTime.UtcNow;
        var during = await client.PostJson("/api/divisions", new { name = "정전 중 분과", field = "안전" }, idempotencyKey: "during-outage");
        var waited = DateTime.UtcNow - started;

        await during.Problem(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(during.Headers.RetryAfter);
        Assert.True(waited < TimeSpan.FromSeconds(30), $"The outage answer took {waited}.");
        await (await client.GetAsync("/health")).Problem(HttpStatusCode.ServiceUnavailable);

        _server = await EmbeddedPostgres.StartAsync(_dataFolder, _ => { });
        var retried = await client.PostJson("/api/divisions", new { name = "정전 중 분과", field = "안전" }, idempotencyKey: "during-outage");
        var again = await client.PostJson("/api/divisions", new { name = "정전 중 분과", field = "안전" }, idempotencyKey: "during-outage");

        await retried.Json(HttpStatusCode.Created);
        Assert.Equal(retried.Headers.Location, again.Headers.Location);
        var divisions = (await client.GetJson("/api/divisions")).EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("정전 전 분과", divisions);
        Assert.Single(divisions, d => d == "정전 중 분과");
        Assert.Equal(before, (await client.GetJson($"/api/divisions/{before}")).GetProperty("id").GetString());
    }
}
