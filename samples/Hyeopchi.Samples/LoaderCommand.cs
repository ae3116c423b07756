using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hyeopchi.Host.Samples;

namespace Hyeopchi.Samples;

/// <summary>
/// <c>dotnet run --project samples/Hyeopchi.Samples -- --url http://127.0.0.1:5080 --user admin --password … --folder samples/seongbuk</c>:
/// plays a folder of scenarios against any running host through its public API, printing progress.
/// Every step carries its Idempotency-Key, so running it again records nothing twice.
/// </summary>
public static class LoaderCommand
{
    private const string Usage = """
        usage: Hyeopchi.Samples --url URL (--user NAME --password P | --token T) [--folder DIR] [--quiet]
          --url       the host, e.g. http://127.0.0.1:5080
          --user      a user with the coordinator or admin role (password also from HYEOPCHI_PASSWORD)
          --token     a bearer token instead of a user and password
          --folder    a folder of scenario files, played in file-name order (default: samples/seongbuk)
          --quiet     print only each scenario's end
        """;

    public static async Task<int> Main(string[] args)
    {
        var options = Parse(args);
        if (options is null || options.ContainsKey("help") || !options.TryGetValue("url", out var url))
        {
            Console.Error.WriteLine(Usage);
            return options is not null && options.ContainsKey("help") ? 0 : 2;
        }

        var folder = options.GetValueOrDefault("folder") ?? Path.Combine("samples", "seongbuk");
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"No folder {Path.GetFullPath(folder)}.");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        using var client = new HttpClient { BaseAddress = new Uri(url.EndsWith('/') ? url : url + "/"), Timeout = TimeSpan.FromSeconds(100) };
        try
        {
            var token = options.GetValueOrDefault("token") ?? await TokenAsync(client, options, cancel.Token);
            if (token is null) return 2;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            var scenarios = Scenario.ReadFolder(folder);
            var quiet = options.ContainsKey("quiet");
            var watch = Stopwatch.StartNew();
            var steps = 0;
            var progress = new InlineProgress(p =>
            {
                steps++;
                if (p.Done == p.Total || (!quiet && p.Done % 10 == 0))
                    Console.WriteLine($"{watch.Elapsed.TotalSeconds,7:F1}s  {p.Scenario}: {p.Done}/{p.Total}  {p.Step}");
            });
            await new ScenarioLoader(client).LoadAsync(scenarios, progress, cancel.Token);
            Console.WriteLine($"Sample loaded from {folder}: {scenarios.Count} scenario(s), {steps} steps in {watch.Elapsed.TotalSeconds:F1} s.");
            return 0;
        }
        catch (ScenarioStepFailedException e)
        {
            Console.Error.WriteLine($"The sample stopped at a step the API refused: {e.Message}");
            return 1;
        }
        catch (HttpRequestException e)
        {
            Console.Error.WriteLine($"The host at {url} does not answer: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Stopped; run again to go on (nothing is recorded twice).");
            return 130;
        }
    }

    private static async Task<string?> TokenAsync(HttpClient client, Dictionary<string, string> options, CancellationToken ct)
    {
        var user = options.GetValueOrDefault("user") ?? "admin";
        var password = options.GetValueOrDefault("password") ?? Environment.GetEnvironmentVariable("HYEOPCHI_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("Give --password (or HYEOPCHI_PASSWORD) or --token.");
            return null;
        }

        using var response = await client.PostAsJsonAsync("api/auth/token", new { userName = user, password }, ct);
        if (!response.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"Sign-in as {user} answered {(int)response.StatusCode}.");
            return null;
        }

        var answer = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        return answer?["accessToken"]?.GetValue<string>();
    }

    /// <summary><c>--name value</c> pairs and bare <c>--flag</c>s; null when something else is given.</summary>
    internal static Dictionary<string, string>? Parse(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) return null;
            var name = args[i][2..];
            var flag = name is "help" or "quiet";
            if (flag) options[name] = "";
            else if (i + 1 < args.Count) options[name] = args[++i];
            else return null;
        }

        return options;
    }
}
