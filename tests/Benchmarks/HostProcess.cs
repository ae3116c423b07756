using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Hyeopchi.Testing;

namespace Hyeopchi.Benchmarks;

/// <summary>
/// A host process of the benchmarks: the built host DLL (or another) on a free loopback port, with a
/// data folder of its own unless it is given one, on an existing PostgreSQL or on its embedded one.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string? _ownData;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, string? ownData, int port)
    {
        _process = process;
        _ownData = ownData;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    public HttpClient Http { get; }

    public Uri BaseAddress => Http.BaseAddress!;

    /// <summary>
    /// Starts the host (<paramref name="host"/>, else the built one) and waits for its /health: on
    /// <paramref name="database"/>, or on its embedded cluster in <paramref name="data"/> when there is none;
    /// a data folder given stays when the process ends, one of its own is deleted.
    /// </summary>
    public static async Task<HostProcess> StartAsync(string? database, string? signingKey = null, string? host = null, string? data = null)
    {
        host ??= Find();
        var port = FreePort();
        var ownData = data is null ? Path.Combine(Path.GetTempPath(), $"hyeopchi-node-{Guid.NewGuid():N}") : null;
        var start = new ProcessStartInfo("dotnet", [host, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(host)!,
            Environment =
            {
                ["HYEOPCHI_DATA"] = data ?? ownData, ["HYEOPCHI_ADMIN_PASSWORD"] = HyeopchiApp.AdminPassword,
                ["HYEOPCHI_TODAY"] = HyeopchiApp.Today, ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        if (database is not null) start.Environment["HYEOPCHI_DB"] = database;
        if (signingKey is not null) start.Environment["HYEOPCHI_SIGNING_KEY"] = signingKey;
        var process = Process.Start(start)!;
        var node = new HostProcess(process, ownData, port);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) node._output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) node._output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await node.WaitForHealthAsync();
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    private async Task WaitForHealthAsync()
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The host stopped with {_process.ExitCode}:\n{string.Join('\n', _output.TakeLast(30))}");
            if (watch.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("No /health after 2 minutes.");
            try
            {
                using var health = await Http.GetAsync("health");
                if (health.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(10);
        }
    }

    public async Task<string> TokenAsync()
    {
        using var login = await Http.PostAsJsonAsync("api/auth/token", new { userName = "admin", password = HyeopchiApp.AdminPassword });
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
    }

    /// <summary>Stops the host as an operator would (SIGTERM: it stops its embedded cluster too); killed after 30 s.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await term.WaitForExitAsync();
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    /// <summary>Ends the process at once, as a crash or an OOM kill would.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        Http.Dispose();
        if (_ownData is not null && Directory.Exists(_ownData)) Directory.Delete(_ownData, recursive: true);
    }

    /// <summary>The host as built in the worktree (Release, else Debug), else the copy next to this program.</summary>
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            foreach (var configuration in new[] { "Release", "Debug" })
            {
                var candidate = Path.Combine(folder.FullName, "src", "Host", "bin", configuration, "net10.0", "Hyeopchi.Host.dll");
                if (File.Exists(candidate)) return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "Hyeopchi.Host.dll");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
