using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Hyeopchi.Testing;

namespace Hyeopchi.Benchmarks;

/// <summary>
/// Starts the host as a process (`dotnet Hyeopchi.Host.dll`, Production, pre-generated code) on an
/// existing PostgreSQL (HYEOPCHI_DB: a fresh database the first time, then the same one) and times
/// until /health answers and until a first command answers 201. The plain figure: the same
/// `dotnet` starting a program that does nothing (`dotnet --version`).
/// </summary>
public static class ColdStartBenchmark
{
    public static async Task RunAsync(Options options)
    {
        var runs = options.Int("runs", 3);
        var host = FindHost();
        var database = await TestCluster.CreateDatabaseAsync("bench_cold");
        Console.WriteLine($"cold start: {host}");
        var plain = Stopwatch.StartNew();
        using (var dotnet = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!) await dotnet.WaitForExitAsync();
        Console.WriteLine($"  plain: `dotnet --version` {plain.ElapsedMilliseconds} ms");
        for (var run = 0; run < runs; run++)
        {
            var port = FreePort();
            var data = Path.Combine(Path.GetTempPath(), $"hyeopchi-cold-{Guid.NewGuid():N}");
            var start = new ProcessStartInfo("dotnet", [host, "--urls", $"http://127.0.0.1:{port}"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(host)!,
                Environment = { ["HYEOPCHI_DB"] = database, ["HYEOPCHI_DATA"] = data, ["HYEOPCHI_ADMIN_PASSWORD"] = HyeopchiApp.AdminPassword, ["HYEOPCHI_TODAY"] = HyeopchiApp.Today, ["Logging__LogLevel__Default"] = "Warning" },
            };
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            try
            {
                while (true)
                {
                    if (process.HasExited) throw new InvalidOperationException($"The host stopped with {process.ExitCode}.");
                    if (watch.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("No /health after 2 minutes.");
                    try
                    {
                        using var health = await http.GetAsync("health");
                        if (health.StatusCode == HttpStatusCode.OK) break;
                    }
                    catch (HttpRequestException)
                    {
                    }

                    await Task.Delay(10);
                }

                var healthy = watch.Elapsed.TotalMilliseconds;
                var login = await http.PostAsJsonAsync("api/auth/token", new { userName = "admin", password = HyeopchiApp.AdminPassword });
                login.EnsureSuccessStatusCode();
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>());
                using var created = await http.PostAsJsonAsync("api/people", new { name = "첫 참여자", sector = "civil", on = "2028-01-02" });
                if (created.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"First command answered {(int)created.StatusCode}.");
                Console.WriteLine($"  run {run + 1} ({(run == 0 ? "empty database: schema created" : "existing schema")}): /health after {healthy,6:F0} ms, first 201 after {watch.Elapsed.TotalMilliseconds,6:F0} ms");
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The host as built in the worktree (Release, else Debug), else the copy next to this program.</summary>
    private static string FindHost()
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
}
