namespace Hyeopchi.Host.Infrastructure.Database;

/// <summary>
/// Where Hyeopchi's store lives: the server named by <c>HYEOPCHI_DB</c>, or else the host's own
/// PostgreSQL cluster under <c>HYEOPCHI_DATA</c>, started on first use and stopped with the host.
/// </summary>
public sealed class HyeopchiDatabase : IAsyncDisposable
{
    public const string DatabaseName = "hyeopchi";

    private readonly Lazy<string> _connectionString;
    private EmbeddedPostgres? _embedded;

    public HyeopchiDatabase(IConfiguration configuration, ILogger<HyeopchiDatabase> logger)
    {
        DataFolder = Path.GetFullPath(configuration["HYEOPCHI_DATA"] is { Length: > 0 } data ? data : ".hyeopchi");
        var configured = configuration["HYEOPCHI_DB"];
        _connectionString = new Lazy<string>(() =>
            !string.IsNullOrWhiteSpace(configured) ? configured
            : WritingCode ? "Host=127.0.0.1;Database=codegen"
            : StartEmbedded(logger));
    }

    /// <summary>Code generation reads the store's configuration but never connects: it needs no server.</summary>
    private static bool WritingCode => Environment.GetCommandLineArgs().Skip(1).FirstOrDefault() == "codegen";

    public string DataFolder { get; }

    public string ConnectionString => _connectionString.Value;

    private string StartEmbedded(ILogger logger)
    {
        _embedded = EmbeddedPostgres.StartAsync(DataFolder, message => logger.LogInformation("{Message}", message))
            .GetAwaiter().GetResult();
        _embedded.CreateDatabaseIfMissingAsync(DatabaseName).GetAwaiter().GetResult();
        return _embedded.ConnectionString(DatabaseName);
    }

    public ValueTask DisposeAsync()
    {
        _embedded?.Stop();
        return ValueTask.CompletedTask;
    }
}
