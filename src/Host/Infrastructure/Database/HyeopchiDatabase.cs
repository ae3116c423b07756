namespace Hyeopchi.Host.Infrastructure.Database;

/// <summary>
/// Where Hyeopchi's store lives: the server named by <c>HYEOPCHI_DB</c>, or else the host's own
/// PostgreSQL cluster under <c>HYEOPCHI_DATA</c>, started on first use and stopped with the host.
/// </summary>
public sealed class HyeopchiDatabase : IAsyncDisposable
{
    public const string DatabaseName = "hyeopchi";

    private readonly Lazy<Task<string>> _connectionString;
    private EmbeddedPostgres? _embedded;

    public HyeopchiDatabase(IConfiguration configuration, ILogger<HyeopchiDatabase> logger)
    {
        DataFolder = Path.GetFullPath(configuration["HYEOPCHI_DATA"] is { Length: > 0 } data ? data : ".hyeopchi");
        var configured = configuration["HYEOPCHI_DB"];
        _connectionString = new Lazy<Task<string>>(() =>
            !string.IsNullOrWhiteSpace(configured) ? Task.FromResult(configured)
            : WritingCode ? Task.FromResult("Host=127.0.0.1;Database=codegen")
            : Task.Run(() => StartEmbeddedAsync(logger)));
    }

    /// <summary>Code generation reads the store's configuration but never connects: it needs no server.</summary>
    private static bool WritingCode => Environment.GetCommandLineArgs().Skip(1).FirstOrDefault() == "codegen";

    public string DataFolder { get; }

    /// <summary>The store's connection string; the first use starts the host's own cluster (if it has one) and waits for it.</summary>
    public string ConnectionString => _connectionString.Value.GetAwaiter().GetResult();

    /// <summary>
    /// Starts the host's own cluster now, without waiting for it, so that PostgreSQL starts while the
    /// host builds the rest of itself; the first use of <see cref="ConnectionString"/> then waits only
    /// for what is left. Does nothing with <c>HYEOPCHI_DB</c> or when the cluster is already started.
    /// </summary>
    public void StartInBackground() => _ = _connectionString.Value;

    private async Task<string> StartEmbeddedAsync(ILogger logger)
    {
        _embedded = await EmbeddedPostgres.StartAsync(DataFolder, message => logger.LogInformation("{Message}", message));
        await _embedded.CreateDatabaseIfMissingAsync(DatabaseName);
        return _embedded.ConnectionString(DatabaseName);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connectionString.IsValueCreated)
        {
            // A host stopped while its cluster was still starting stops that cluster once it has started.
            try
            {
                await _connectionString.Value;
            }
            catch (Exception e) when (e is InvalidOperationException or EmbeddedPostgresUnavailableException or Npgsql.NpgsqlException or IOException)
            {
            }
        }

        _embedded?.Stop();
    }
}
