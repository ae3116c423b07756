using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Hyeopchi.Host.Infrastructure.Security;
using Npgsql;
using Polly;
using Polly.Retry;

namespace Hyeopchi.Host.Infrastructure.Database;

/// <summary>
/// A private PostgreSQL cluster run from the machine's PostgreSQL binaries, under Hyeopchi's data
/// folder. PostgreSQL refuses to run as root, so under root the cluster runs as the <c>postgres</c>
/// system user, in a folder of its own under /var/lib/hyeopchi that that user can reach.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string SuperUser = "hyeopchi";
    private const string ServiceAccount = "postgres";
    /// <summary>Where the clusters live when the host runs as root (see <see cref="ClusterInventory"/>).</summary>
    public const string RootClusterParent = "/var/lib/hyeopchi/clusters";

    /// <summary>Beside each cluster under <see cref="RootClusterParent"/>: the data folder it belongs to (its name is only a hash of it).</summary>
    public static string DataFolderNoteFor(string clusterFolder) => clusterFolder + ".data-folder";

    private readonly string _binaries;
    private readonly string _clusterFolder;
    private readonly bool _runAsServiceAccount;
    private readonly bool _deleteOnStop;
    private readonly string _password;
    private int _stopped;

    private EmbeddedPostgres(string binaries, string clusterFolder, bool runAsServiceAccount, bool deleteOnStop, string password, int port)
    {
        _binaries = binaries;
        _clusterFolder = clusterFolder;
        _runAsServiceAccount = runAsServiceAccount;
        _deleteOnStop = deleteOnStop;
        _password = password;
        Port = port;
    }

    public int Port { get; private set; }

    public string ClusterFolder => _clusterFolder;

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Password = _password,
        Database = database,
        MaxPoolSize = 40,
        Timeout = 5,
    }.ConnectionString;

    /// <summary>Starts (creating it on first use) the cluster for <paramref name="dataFolder"/> and waits until it answers.</summary>
    public static async Task<EmbeddedPostgres> StartAsync(string dataFolder, Action<string> report, bool deleteOnStop = false, CancellationToken ct = default)
    {
        var binaries = FindBinaries();
        dataFolder = Path.GetFullPath(dataFolder);
        PrivateFile.CreateFolder(dataFolder);

        var runAsServiceAccount = IsRoot();
        var clusterFolder = ClusterFolderFor(dataFolder);
        var passwordFile = Path.Combine(dataFolder, "pg-password");
        if (!File.Exists(passwordFile) && Directory.Exists(clusterFolder))
        {
            // The data folder was deleted but its cluster, kept elsewhere under root, was not:
            // it can no longer be opened. Keep it aside rather than delete anyone's data.
            var aside = $"{clusterFolder}-orphaned-{DateTime.UtcNow:yyyyMMddHHmmss}";
            report($"The data folder {dataFolder} is new, but an older cluster for it exists; moving that cluster to {aside}");
            Directory.Move(clusterFolder, aside);
            if (File.Exists(DataFolderNoteFor(clusterFolder))) File.Move(DataFolderNoteFor(clusterFolder), DataFolderNoteFor(aside));
        }

        var password = ReadOrCreateSecret(passwordFile);

        var server = new EmbeddedPostgres(binaries, clusterFolder, runAsServiceAccount, deleteOnStop, password, PortFor(dataFolder));
        if (runAsServiceAccount)
        {
            await File.WriteAllTextAsync(Path.Combine(dataFolder, "pg-cluster-location"), clusterFolder + "\n", ct);
            Directory.CreateDirectory(RootClusterParent);
            await File.WriteAllTextAsync(DataFolderNoteFor(clusterFolder), dataFolder + "\n", ct);
        }

        await server.InitialiseIfMissingAsync(report, ct);
        await server.StartServerAsync(report, ct);
        return server;
    }

    public async Task CreateDatabaseIfMissingAsync(string database, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection) { Parameters = { new() { Value = database } } };
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"")}\" encoding 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        NpgsqlConnection.ClearAllPools();
        Run(Tool("pg_ctl"), ["stop", "-D", _clusterFolder, "-m", _deleteOnStop ? "immediate" : "fast", "-w", "-t", "30"], throwOnFailure: false);
        if (_deleteOnStop && Directory.Exists(_clusterFolder))
        {
            Directory.Delete(_clusterFolder, recursive: true);
            if (File.Exists(DataFolderNoteFor(_clusterFolder))) File.Delete(DataFolderNoteFor(_clusterFolder));
        }
    }

    /// <summary>
    /// Kills the server without letting it shut down (SIGKILL to the postmaster and every backend),
    /// as a power cut would: for fault tests. The cluster recovers on its next start.
    /// </summary>
    public void Crash()
    {
        var pidFile = Path.Combine(_clusterFolder, "postmaster.pid");
        if (!File.Exists(pidFile)) return;
        var postmaster = int.Parse(File.ReadLines(pidFile).First(), System.Globalization.CultureInfo.InvariantCulture);
        var family = new[] { postmaster }.Concat(ChildrenOf(postmaster)).ToList();
        foreach (var pid in family)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (ArgumentException)
            {
                // already gone
            }
        }

        NpgsqlConnection.ClearAllPools();
        Interlocked.Exchange(ref _stopped, 1);
    }

    private static IEnumerable<int> ChildrenOf(int parent) =>
        Directory.GetDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Select(name => (Pid: int.Parse(name!, System.Globalization.CultureInfo.InvariantCulture), Parent: ParentOf(name!)))
            .Where(p => p.Parent == parent)
            .Select(p => p.Pid);

    private static int ParentOf(string pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Stops the cluster of a data folder whose host is gone (if it still runs) and deletes it with
    /// the data folder: how a throw-away cluster, such as a test run's, is cleaned up afterwards.
    /// </summary>
    public static void Discard(string dataFolder)
    {
        dataFolder = Path.GetFullPath(dataFolder);
        var clusterFolder = ClusterFolderFor(dataFolder);
        if (File.Exists(Path.Combine(clusterFolder, "postmaster.pid")))
        {
            var server = new EmbeddedPostgres(FindBinaries(), clusterFolder, IsRoot(), deleteOnStop: true, "", 0);
            server.Stop();
        }

        if (Directory.Exists(clusterFolder)) Directory.Delete(clusterFolder, recursive: true);
        if (File.Exists(DataFolderNoteFor(clusterFolder))) File.Delete(DataFolderNoteFor(clusterFolder));
        if (Directory.Exists(dataFolder)) Directory.Delete(dataFolder, recursive: true);
    }

    private static string ClusterFolderFor(string dataFolder) => IsRoot()
        ? Path.Combine(RootClusterParent, FolderKey(dataFolder))
        : Path.Combine(dataFolder, "pg");

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private async Task InitialiseIfMissingAsync(Action<string> report, CancellationToken ct)
    {
        if (File.Exists(Path.Combine(_clusterFolder, "PG_VERSION"))) return;

        report($"Creating a PostgreSQL cluster in {_clusterFolder}");
        Directory.CreateDirectory(Path.GetDirectoryName(_clusterFolder)!);
        PrivateFile.CreateFolder(_clusterFolder);
        var passwordFile = Path.Combine(Path.GetDirectoryName(_clusterFolder)!, $".{Path.GetFileName(_clusterFolder)}.pw");
        PrivateFile.ReplaceSecret(passwordFile, _password);
        if (_runAsServiceAccount)
        {
            Run("chown", [$"{ServiceAccount}:", _clusterFolder, passwordFile]);
        }

        try
        {
            Run(Tool("initdb"), ["-D", _clusterFolder, "-U", SuperUser, $"--pwfile={passwordFile}", "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions"]);
        }
        finally
        {
            File.Delete(passwordFile);
        }

        // Listen on loopback only, no Unix socket (its path would depend on the data folder's length),
        // and end transactions left idle so that the event sequence's high-water mark keeps moving.
        var settings = new StringBuilder()
            .AppendLine("listen_addresses = '127.0.0.1'")
            .AppendLine("unix_socket_directories = ''")
            .AppendLine("max_connections = 300")
            .AppendLine("idle_in_transaction_session_timeout = '60s'")
            .ToString();
        var configFile = Path.Combine(_clusterFolder, "postgresql.auto.conf");
        AppendAsServer(configFile, settings);
    }

    private async Task StartServerAsync(Action<string> report, CancellationToken ct)
    {
        if (File.Exists(Path.Combine(_clusterFolder, "postmaster.pid")))
        {
            // A previous host was killed without stopping its server: stop it before starting ours.
            Run(Tool("pg_ctl"), ["stop", "-D", _clusterFolder, "-m", "fast", "-w", "-t", "30"], throwOnFailure: false);
        }

        // Another process may take the chosen port between our check and the server's bind
        // (parallel test runs start clusters at once): then try another free port.
        for (var attempt = 1; ; attempt++)
        {
            report($"Starting PostgreSQL on 127.0.0.1:{Port}");
            try
            {
                Run(Tool("pg_ctl"), ["start", "-D", _clusterFolder, "-w", "-t", "60", "-l", Path.Combine(_clusterFolder, "server.log"), "-o", $"-p {Port}"]);
                break;
            }
            catch (InvalidOperationException) when (attempt < 3 && !IsFree(Port))
            {
                Port = FreeLoopbackPort();
            }
        }

        await WaitUntilAnsweringAsync(ct);
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken ct)
    {
        var untilAnswering = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(),
                MaxRetryAttempts = 40,
                Delay = TimeSpan.FromMilliseconds(250),
                BackoffType = DelayBackoffType.Constant,
            })
            .Build();
        await untilAnswering.ExecuteAsync(async token =>
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
            await connection.OpenAsync(token);
        }, ct);
    }

    private void AppendAsServer(string file, string text)
    {
        File.AppendAllText(file, text);
        if (_runAsServiceAccount) Run("chown", [$"{ServiceAccount}:", file]);
    }

    private string Tool(string name) => Path.Combine(_binaries, name);

    private void Run(string program, IReadOnlyList<string> arguments, bool throwOnFailure = true)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        if (_runAsServiceAccount && program != "chown")
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", ServiceAccount, "--", program }) start.ArgumentList.Add(a);
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0 && throwOnFailure)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} failed with exit code {process.ExitCode}: {error.Result.Trim()} {output.Result.Trim()}".Trim()
                + ServerLogTail());
        }
    }

    private string ServerLogTail()
    {
        var log = Path.Combine(_clusterFolder, "server.log");
        return File.Exists(log) ? "\nserver.log:\n" + string.Join('\n', File.ReadLines(log).TakeLast(20)) : "";
    }

    /// <summary>The folder of initdb and pg_ctl: HYEOPCHI_PG_BIN, else the newest /usr/lib/postgresql/N/bin.</summary>
    public static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("HYEOPCHI_PG_BIN");
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured)) candidates.Add(configured);
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "initdb")))
               ?? throw new EmbeddedPostgresUnavailableException(
                   "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin. "
                   + "Install the 'postgresql' package (apt-get install postgresql), set HYEOPCHI_PG_BIN to their folder, "
                   + "or set HYEOPCHI_DB to an existing server's connection string.");
    }

    private static string ReadOrCreateSecret(string file) =>
        PrivateFile.ReadOrCreateSecret(file, () => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant());

    private static string FolderKey(string dataFolder) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(dataFolder)))[..16].ToLowerInvariant();

    /// <summary>The port the cluster had last time if it is free (so clients keep their address across restarts), else a free one.</summary>
    private static int PortFor(string dataFolder)
    {
        var file = Path.Combine(dataFolder, "pg-port");
        var port = File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var previous) && IsFree(previous)
            ? previous
            : FreeLoopbackPort();
        File.WriteAllText(file, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsRoot() => geteuid() == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern uint geteuid();
}

public sealed class EmbeddedPostgresUnavailableException(string message) : Exception(message);
