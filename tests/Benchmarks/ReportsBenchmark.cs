using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hyeopchi.Host.Samples;
using Hyeopchi.Samples;
using Hyeopchi.Testing;

namespace Hyeopchi.Benchmarks;

/// <summary>
/// The compliance report of a year and the year-over-year monitoring comparison over all years,
/// per district: one store serves one district, so each district gets a host and a database of
/// its own, loaded through the API with the generator's scenario (8 divisions × N years), then
/// timed over HTTP. The plain figure is GET /health on the same host (the HTTP floor).
/// </summary>
public static class ReportsBenchmark
{
    public static async Task RunAsync(Options options)
    {
        var districts = options.Int("districts", 25);
        var years = options.Int("years", 10);
        var calls = options.Int("calls", 50);
        var compliance = new List<(double, double)>();
        var comparison = new List<(double, double)>();
        Console.WriteLine($"reports: {districts} district(s) × {years} years, 8 divisions each, one host and store per district");
        for (var d = 0; d < districts; d++)
        {
            await using var server = new HyeopchiServer();
            await server.InitializeAsync();
            using var http = server.Client();
            var login = await http.PostAsJsonAsync("api/auth/token", new { userName = "admin", password = HyeopchiApp.AdminPassword });
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>());
            var shape = new GeneratedShape(District: d, Years: years);
            var scenarios = ScenarioGenerator.Generate(shape);
            var loading = System.Diagnostics.Stopwatch.StartNew();
            await new ScenarioLoader(http).LoadAsync(scenarios);
            var steps = scenarios.Sum(s => s.Steps.Count);
            Console.WriteLine($" district {d + 1}: loaded {steps:N0} commands through the API in {loading.Elapsed.TotalSeconds:F0} s ({steps / loading.Elapsed.TotalSeconds:F0}/s, one client)");
            var last = shape.FirstYear + years - 1;
            var rows = (await http.GetFromJsonAsync<JsonObject>($"api/reports/monitoring?from={shape.FirstYear}&to={last}"))!["rows"]!.AsArray().Count;
            compliance.Add(await Timings.MeasureAsync($"GET /api/compliance/{shape.FirstYear + years / 2}", calls, () => http.GetStringAsync($"api/compliance/{shape.FirstYear + years / 2}")));
            comparison.Add(await Timings.MeasureAsync($"GET /api/reports/monitoring?from={shape.FirstYear}&to={last} ({rows} rows)", calls, () => http.GetStringAsync($"api/reports/monitoring?from={shape.FirstYear}&to={last}")));
            await Timings.MeasureAsync("  the same as CSV", calls, async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"api/reports/monitoring?from={shape.FirstYear}&to={last}");
                request.Headers.Accept.ParseAdd("text/csv");
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsStringAsync();
            });
            await Timings.MeasureAsync("plain: GET /health", calls, () => http.GetStringAsync("health"));
        }

        Console.WriteLine($" over {districts} district(s): compliance worst p99 {compliance.Max(c => c.Item2):F1} ms (median p50 {Median(compliance.Select(c => c.Item1)):F1} ms); " +
                          $"year-over-year worst p99 {comparison.Max(c => c.Item2):F1} ms (median p50 {Median(comparison.Select(c => c.Item1)):F1} ms)");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
