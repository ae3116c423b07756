using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Hyeopchi.Testing;

namespace Hyeopchi.Benchmarks;

/// <summary>A host process of the benchmark: the built host DLL on a free loopback port, a data folder of its own.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _data;

    private HostProcess(Process process, string data, int port)
    {
        _process = process;
        _data = data;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    public HttpClient Http { get; }

    public Uri BaseAddress => Http.BaseAddress!;

    /// <summary>Starts the host (<paramref name="host"/>, else the built one) on <paramref name="database"/> and waits for its /health.</summary>
    public static async Task<HostProcess> StartAsync(string database, string signingKey, string? host = null)
    {
        host ??= Find();
        var port = FreePort();
        var data = Path.Combine(Path.GetTempPath(), $"hyeopchi-node-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("dotnet", [host, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(host)!,
            Environment =
            {
                ["HYEOPCHI_DB"] = database, ["HYEOPCHI_DATA"] = data, ["HYEOPCHI_SIGNING_KEY"] = signingKey,
                ["HYEOPCHI_ADMIN_PASSWORD"] = HyeopchiApp.AdminPassword, ["HYEOPCHI_TODAY"] = HyeopchiApp.Today, ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new HostProcess(process, data, port);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The host stopped with {process.ExitCode}.");
            if (watch.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("No /health after 2 minutes.");
            try
            {
                using var health = await node.Http.GetAsync("health");
                if (health.StatusCode == HttpStatusCode.OK) return node;
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(20);
        }
    }

    public async Task<string> TokenAsync()
    {
        using var login = await Http.PostAsJsonAsync("api/auth/token", new { userName = "admin", password = HyeopchiApp.AdminPassword });
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
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
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
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
