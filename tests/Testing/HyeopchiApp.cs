using System.Net.Http.Headers;
using System.Net.Http.Json;
using Alba;
using Hyeopchi.Host.Auth;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine;
using Xunit;

namespace Hyeopchi.Testing;

/// <summary>
/// The whole host, as outside clients meet it, on a database of its own. Runs in the Production
/// environment, so it starts on the pre-generated Wolverine code: a test run fails when that code
/// no longer matches the endpoints.
/// </summary>
public class HyeopchiApp : IAsyncLifetime
{
    public const string AdminPassword = "admin-password-for-tests";
    public const string UserPassword = "password-for-tests";

    /// <summary>
    /// The day the test hosts take for today (HYEOPCHI_TODAY): after every business date the tests
    /// record, so that a history in the 2030s and 2040s can be entered, and a date after it is refused.
    /// </summary>
    public const string Today = "2049-12-31";

    public static readonly DateOnly TodayDate = DateOnly.ParseExact(Today, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private readonly Dictionary<string, string> _tokens = new();
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"hyeopchi-app-{Guid.NewGuid():N}");

    public IAlbaHost Host { get; private set; } = null!;

    /// <summary>The host's data folder (secrets, a generated admin password).</summary>
    public string DataFolder => _dataFolder;

    /// <summary>Settings of a fixture that needs more than the defaults (a proxy, no admin password).</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    public string ConnectionString { get; private set; } = "";

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    /// <summary>What a fixture puts in the new database before the host first opens it (a store of an earlier version).</summary>
    protected virtual Task PrepareDatabaseAsync(string connectionString) => Task.CompletedTask;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestCluster.CreateDatabaseAsync("app");
        await PrepareDatabaseAsync(ConnectionString);
        JasperFxEnvironment.AutoStartHost = true;
        Host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("HYEOPCHI_DB", ConnectionString);
            builder.UseSetting("HYEOPCHI_DATA", _dataFolder);
            builder.UseSetting("HYEOPCHI_ADMIN_PASSWORD", AdminPassword);
            Configure(builder);
            builder.UseSetting("HYEOPCHI_TODAY", Today);
            builder.ConfigureServices(services =>
            {
                services.RunWolverineInSoloMode();
                services.DisableAllExternalWolverineTransports();
            });
        });
    }

    public virtual async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        if (Directory.Exists(_dataFolder)) Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>A client signed in with the given role (a user per role is created on first use).</summary>
    public async Task<HttpClient> ClientAs(string role)
    {
        var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor(role));
        return client;
    }

    public HttpClient AnonymousClient() => Host.Server.CreateClient();

    public async Task<string> TokenFor(string role)
    {
        if (_tokens.TryGetValue(role, out var token)) return token;

        var anonymous = AnonymousClient();
        var adminToken = await IssueToken(anonymous, BootstrapAdmin.UserName, AdminPassword);
        if (role == Roles.Admin) return _tokens[role] = adminToken;

        var userName = $"{role}-user";
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        var created = await anonymous.PostAsJsonAsync("/api/users", new { userName, password = UserPassword, roles = new[] { role } });
        created.EnsureSuccessStatusCode();
        return _tokens[role] = await IssueToken(AnonymousClient(), userName, UserPassword);
    }

    private static async Task<string> IssueToken(HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenIssued>();
        return body!.AccessToken;
    }
}
