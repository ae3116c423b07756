using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Samples;
using Marten;

namespace Hyeopchi.Testing.Faults;

public enum Fault
{
    /// <summary>SIGKILL to PostgreSQL's postmaster and backends; started again on the same data folder a moment later.</summary>
    DatabaseCrash,

    /// <summary>The host stopped with no grace mid-stream; started again on the same port.</summary>
    HostKill,
}

/// <summary>What one answer to one HTTP attempt was.</summary>
public sealed record Attempt(string Key, int? Status, bool RetryAfter, TimeSpan Took, string? Error, bool RecordedOnce = false);

/// <summary>The figure of a fault run: every command is recorded exactly once, whatever was killed meanwhile.</summary>
public sealed record OutageReport(
    int Commands, int Attempts, int Answered2xx, int Answered503, int Answered503WithoutRetryAfter, int NoAnswer, int AnswerLost, int OtherAnswers,
    TimeSpan SlowestAnswer, int Recorded, int Duplicated, int Lost, int Faults, int LoaderReruns, IReadOnlyList<string> Problems)
{
    public override string ToString() =>
        $"commands sent {Commands} (HTTP attempts {Attempts}: 2xx {Answered2xx}, 503 {Answered503} [without Retry-After {Answered503WithoutRetryAfter}], " +
        $"no answer {NoAnswer}, 409 recorded once but answer lost {AnswerLost}, other {OtherAnswers}; slowest answer {SlowestAnswer.TotalSeconds:0.0} s), faults {Faults}, loader re-runs {LoaderReruns}; " +
        $"recorded {Recorded}, duplicated {Duplicated}, lost {Lost}" + (Problems.Count > 0 ? $"; problems: {string.Join(" | ", Problems)}" : "");
}

/// <summary>
/// Drives a stream of commands through the sample loader (its Polly retries, its Idempotency-Keys)
/// over real HTTP while faults strike at evenly spaced points, then checks in the store's events
/// that each command is recorded exactly once and that every command answered 2xx is there.
/// </summary>
public static class OutageRun
{
    public static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Three commands per unit: a new division, a member joining it (an append), a new person.</summary>
    public static Scenario Commands(int units)
    {
        var steps = new List<ScenarioStep>();
        for (var i = 0; i < units; i++)
        {
            steps.Add(new ScenarioStep($"d{i}", "/api/divisions", new JsonObject { ["name"] = DivisionName(i), ["field"] = "안전" }, As: $"d{i}"));
            steps.Add(new ScenarioStep($"m{i}", $"/api/divisions/{{d{i}}}/members", new JsonObject { ["organisation"] = MemberName(i), ["sector"] = "civil" }));
            steps.Add(new ScenarioStep($"p{i}", "/api/people", new JsonObject { ["name"] = PersonName(i), ["sector"] = "civil" }));
        }

        return new Scenario("faults", "commands under faults", steps);
    }

    private static string DivisionName(int i) => $"장애 분과 {i:D5}";
    private static string MemberName(int i) => $"장애 단체 {i:D5}";
    private static string PersonName(int i) => $"장애 시민 {i:D5}";

    public static async Task<OutageReport> RunAsync(FaultyStack stack, int units, IReadOnlyList<Fault> faults, Action<string>? log = null)
    {
        log ??= _ => { };
        var scenario = Commands(units);
        var attempts = new ConcurrentQueue<Attempt>();
        using var client = new HttpClient(new Recorder(attempts) { InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) } })
        {
            BaseAddress = stack.BaseAddress,
            Timeout = ClientTimeout,
        };
        var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = HyeopchiApp.AdminPassword })).Content.ReadFromJsonAsync<JsonObject>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!["accessToken"]!.GetValue<string>());
        attempts.Clear();

        var done = 0;
        var problems = new ConcurrentQueue<string>();
        var finished = new CancellationTokenSource();
        var chaos = Task.Run(async () =>
        {
            for (var f = 0; f < faults.Count; f++)
            {
                var at = scenario.Steps.Count * (f + 1) / (faults.Count + 1);
                while (Volatile.Read(ref done) < at && !finished.IsCancellationRequested) await Task.Delay(20);
                if (finished.IsCancellationRequested) return;
                log($"fault {f + 1}/{faults.Count}: {faults[f]} after {at} commands");
                switch (faults[f])
                {
                    case Fault.DatabaseCrash:
                        stack.CrashDatabase();
                        await Task.Delay(1500);
                        await stack.RestartDatabaseAsync();
                        break;
                    case Fault.HostKill:
                        await stack.KillHostAsync();
                        await Task.Delay(500);
                        await stack.StartHostAsync();
                        break;
                }

                log($"fault {f + 1}/{faults.Count}: recovered");
            }
        });

        var reruns = 0;
        for (var run = 0; ; run++)
        {
            try
            {
                // A re-run replays with the same keys: what was recorded answers as before, the rest is recorded now.
                var loader = new ScenarioLoader(client);
                await loader.LoadAsync([scenario], new InlineProgress(p => Volatile.Write(ref done, Math.Max(Volatile.Read(ref done), p.Done))));
                break;
            }
            catch (Exception e) when (e is ScenarioStepFailedException or HttpRequestException or TaskCanceledException && run < 3)
            {
                reruns++;
                problems.Enqueue($"loader stopped ({e.GetType().Name}: {Short(e.Message)}), re-run {reruns}");
                await Task.Delay(3000);
            }
        }

        await finished.CancelAsync();
        await chaos;

        var all = attempts.ToList();
        var (recorded, duplicated, lost) = await CountAsync(stack.Store, units, all);
        static bool Other(Attempt a) => a.Status is { } s && s is not (>= 200 and < 300) and not 503 && !a.RecordedOnce;
        foreach (var other in all.Where(Other).Take(5))
            problems.Enqueue($"{other.Key} answered {other.Status}");
        return new OutageReport(scenario.Steps.Count, all.Count,
            all.Count(a => a.Status is >= 200 and < 300),
            all.Count(a => a.Status == 503),
            all.Count(a => a is { Status: 503, RetryAfter: false }),
            all.Count(a => a.Status is null),
            all.Count(a => a.RecordedOnce),
            all.Count(Other),
            all.Count == 0 ? TimeSpan.Zero : all.Max(a => a.Took),
            recorded, duplicated, lost, faults.Count, reruns, problems.ToList());
    }

    private static async Task<(int Recorded, int Duplicated, int Lost)> CountAsync(IDocumentStore store, int units, IReadOnlyList<Attempt> attempts)
    {
        await using var session = store.QuerySession();
        var divisions = (await session.Events.QueryRawEventDataOnly<DivisionRegistered>().ToListAsync()).Select(e => $"d:{e.Name}");
        var members = (await session.Events.QueryRawEventDataOnly<DivisionMemberJoined>().ToListAsync()).Select(e => $"m:{e.Organisation}");
        var people = (await session.Events.QueryRawEventDataOnly<PersonRegistered>().ToListAsync()).Select(e => $"p:{e.Name}");
        var found = divisions.Concat(members).Concat(people).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());

        var expected = Enumerable.Range(0, units)
            .SelectMany(i => new[] { ($"faults/d{i}", $"d:{DivisionName(i)}"), ($"faults/m{i}", $"m:{MemberName(i)}"), ($"faults/p{i}", $"p:{PersonName(i)}") })
            .ToList();
        var answered = attempts.Where(a => a.Status is >= 200 and < 300 || a.RecordedOnce).Select(a => a.Key).ToHashSet();
        var recorded = expected.Count(e => found.ContainsKey(e.Item2));
        var duplicated = expected.Sum(e => Math.Max(0, found.GetValueOrDefault(e.Item2) - 1));
        var lost = expected.Count(e => answered.Contains(e.Item1) && !found.ContainsKey(e.Item2));
        return (recorded, duplicated, lost);
    }

    private static string Short(string text) => text.Length > 160 ? text[..160] + "…" : text;

    /// <summary>Notes every HTTP attempt the loader makes (its retries included) and what came back.</summary>
    private sealed class Recorder(ConcurrentQueue<Attempt> attempts) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var key = request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.First() : request.RequestUri?.ToString() ?? "";
            var clock = Stopwatch.StartNew();
            try
            {
                var response = await base.SendAsync(request, ct);
                var recordedOnce = response.StatusCode == HttpStatusCode.Conflict
                                   && (await response.Content.ReadAsStringAsync(ct)).Contains("\"recordedOnce\":true", StringComparison.Ordinal);
                attempts.Enqueue(new Attempt(key, (int)response.StatusCode, response.Headers.RetryAfter is not null, clock.Elapsed, null, recordedOnce));
                return response;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                attempts.Enqueue(new Attempt(key, null, false, clock.Elapsed, e.GetType().Name));
                throw;
            }
        }
    }
}
