using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Meetings;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.Network;
using Hyeopchi.Domain.People;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Districts;
using Hyeopchi.Testing;
using Marten;

namespace Hyeopchi.Benchmarks;

/// <summary>
/// Many districts in one installation (one store, one tenant per district): D districts × Y years
/// of history written straight into the store (a session per district, inline projections on),
/// with their District documents so the directory lists them; then, through the host on Kestrel
/// with the operator's token and <c>X-Hyeopchi-District</c>, a district's compliance report and
/// year-over-year report (every district in turn), the operator's rollup across all districts, and
/// the command rate (POST /api/people, C clients for S seconds) in a district of this installation
/// against the same in an installation of one district, run alternately. Each measurement is run
/// R times; the median of the rounds is printed.
/// </summary>
public static class DistrictsBenchmark
{
    private const int FirstYear = 2023;

    public static async Task RunAsync(Options options)
    {
        var count = options.Int("districts", 226);
        var years = options.Int("years", 3);
        var divisions = options.Int("divisions", 6);
        var rounds = options.Int("rounds", 3);
        var calls = options.Int("calls", 2 * count);
        var rollups = options.Int("rollups", 20);
        var clients = options.Int("clients", 4);
        var seconds = options.Int("seconds", 10);
        var lastYear = FirstYear + years - 1;
        Console.WriteLine($"districts: {count} districts × {years} years ({FirstYear}–{lastYear}), {divisions} divisions each, one store; {rounds} rounds, median shown");

        await using var many = new HyeopchiServer();
        await many.InitializeAsync();
        await using var one = new HyeopchiServer();
        await one.InitializeAsync();

        var loading = Stopwatch.StartNew();
        var events = 0;
        for (var d = 0; d < count; d++) events += await DistrictAsync(many.Store, d, years, divisions);
        Console.WriteLine($" loaded {events:N0} events of {count} districts straight into the store in {loading.Elapsed.TotalSeconds:F0} s ({events / loading.Elapsed.TotalSeconds:F0} events/s, one writer)");
        await DistrictAsync(one.Store, 0, years, divisions);

        var manyHttp = await OperatorAsync(many);
        var oneHttp = await OperatorAsync(one);
        var listed = (await manyHttp.GetFromJsonAsync<JsonArray>("api/districts"))!.Count;
        var codes = Enumerable.Range(0, count).Select(Code).ToList();
        var middle = FirstYear + years - 1;
        var rollup = (await manyHttp.GetFromJsonAsync<JsonObject>($"api/operator/compliance/{middle}"))!;
        var lines = rollup["districts"]!.AsArray();
        Console.WriteLine($" directory lists {listed} districts; rollup {middle}: {lines.Count} lines, met {lines.Sum(l => l!["met"]!.GetValue<int>())}, missing {lines.Sum(l => l!["missing"]!.GetValue<int>())}, flagged {lines.Sum(l => l!["flagged"]!.GetValue<int>())}");
        var rows = (await GetAsync(manyHttp, codes[0], $"api/reports/monitoring?from={FirstYear}&to={lastYear}")).Length;
        Console.WriteLine($" a district's year-over-year report is {rows:N0} bytes of JSON");

        // Both installations take commands for 3 s before anything is measured, so the first round
        // does not also pay for the process's warm-up (code not yet optimised by the JIT).
        await CommandRateAsync(many, codes[count / 2], clients, 3, 0);
        await CommandRateAsync(one, codes[0], clients, 3, 0);

        var compliance = new List<(double P50, double P99)>();
        var monitoring = new List<(double P50, double P99)>();
        var rollupTimes = new List<(double P50, double P99)>();
        var rates = new List<(double Many, double One)>();
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine($" round {round}, load {Options.LoadAverage()}");
            var n = 0;
            compliance.Add(await Timings.MeasureAsync($"GET /api/compliance/{middle} (district in turn)", calls,
                () => GetAsync(manyHttp, codes[Interlocked.Increment(ref n) % count], $"api/compliance/{middle}")));
            monitoring.Add(await Timings.MeasureAsync($"GET /api/reports/monitoring?from={FirstYear}&to={lastYear} (district in turn)", calls,
                () => GetAsync(manyHttp, codes[Interlocked.Increment(ref n) % count], $"api/reports/monitoring?from={FirstYear}&to={lastYear}")));
            rollupTimes.Add(await Timings.MeasureAsync($"GET /api/operator/compliance/{middle} ({count} districts)", rollups,
                () => manyHttp.GetStringAsync($"api/operator/compliance/{middle}"), warmUp: 2));
            // The two installations take turns going first, so neither always runs on a warmer machine.
            double rateMany, rateOne;
            if (round % 2 == 1)
            {
                rateMany = await CommandRateAsync(many, codes[count / 2], clients, seconds, round);
                rateOne = await CommandRateAsync(one, codes[0], clients, seconds, round);
            }
            else
            {
                rateOne = await CommandRateAsync(one, codes[0], clients, seconds, round);
                rateMany = await CommandRateAsync(many, codes[count / 2], clients, seconds, round);
            }

            Console.WriteLine($"  POST /api/people, {clients} clients, {seconds} s: {count} districts {rateMany:F0}/s, 1 district {rateOne:F0}/s ({rateMany / rateOne:F2}×)");
            rates.Add((rateMany, rateOne));
        }

        Console.WriteLine($" median of {rounds} rounds:");
        Console.WriteLine($"  compliance per district      p50 {Median(compliance.Select(c => c.P50)),7:F1} ms   p99 {Median(compliance.Select(c => c.P99)),7:F1} ms   (target p99 < 50 ms)");
        Console.WriteLine($"  year-over-year per district  p50 {Median(monitoring.Select(c => c.P50)),7:F1} ms   p99 {Median(monitoring.Select(c => c.P99)),7:F1} ms   (target p99 < 50 ms)");
        Console.WriteLine($"  operator rollup, {count} districts p50 {Median(rollupTimes.Select(c => c.P50)),7:F1} ms   p99 {Median(rollupTimes.Select(c => c.P99)),7:F1} ms   (target < 500 ms)");
        Console.WriteLine($"  command rate {count} districts {Median(rates.Select(r => r.Many)):F0}/s, 1 district {Median(rates.Select(r => r.One)):F0}/s, ratio {Median(rates.Select(r => r.Many / r.One)):F2}× (target ≥ 0.9×)");

        // Districts share one event log (conjoined tenancy): a rebuild reads every district's events.
        var rebuilding = Stopwatch.StartNew();
        await Hyeopchi.Testing.Faults.ReadModels.RebuildAllAsync(many.Store);
        Console.WriteLine($"  rebuild of every read model, all {count} districts ({events:N0} events and the commands above): {rebuilding.Elapsed.TotalSeconds:F1} s (load {Options.LoadAverage()})");
        rebuilding.Restart();
        await Hyeopchi.Testing.Faults.ReadModels.RebuildAllAsync(one.Store);
        Console.WriteLine($"  rebuild of every read model, the one-district installation: {rebuilding.Elapsed.TotalSeconds:F1} s");
        manyHttp.Dispose();
        oneHttp.Dispose();
    }

    private static string Code(int d) => $"d{d:D3}";

    private static async Task<string> GetAsync(HttpClient http, string district, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(RequestDistrict.Header, district);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path} in {district}: {(int)response.StatusCode} {body}");
        return body;
    }

    private static async Task<HttpClient> OperatorAsync(HyeopchiServer server)
    {
        var http = server.Client();
        var login = await http.PostAsJsonAsync("api/auth/token", new { userName = "admin", password = HyeopchiApp.AdminPassword });
        login.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>());
        return http;
    }

    /// <summary>POST /api/people from <paramref name="clients"/> clients for <paramref name="seconds"/> seconds in one district: commands per second.</summary>
    private static async Task<double> CommandRateAsync(HyeopchiServer server, string district, int clients, int seconds, int round)
    {
        var https = new List<HttpClient>();
        for (var c = 0; c < clients; c++)
        {
            var http = await OperatorAsync(server);
            http.DefaultRequestHeaders.Add(RequestDistrict.Header, district);
            https.Add(http);
        }

        async Task Post(HttpClient http, string name)
        {
            using var response = await http.PostAsJsonAsync("api/people", new { name, sector = "civil", organisation = "벤치마크 단체", on = "2025-06-02" });
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await Task.WhenAll(https.Select(async (http, c) => { for (var i = 0; i < 5; i++) await Post(http, $"예열 {round}-{c}-{i}"); }));
        var done = new ConcurrentBag<int>();
        var watch = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(https.Select(async (http, c) =>
        {
            var i = 0;
            while (watch.Elapsed < until) await Post(http, $"참여자 {round}-{c}-{i++}");
            done.Add(i);
        }));
        var rate = done.Sum() / watch.Elapsed.TotalSeconds;
        foreach (var http in https) http.Dispose();
        return rate;
    }

    /// <summary>
    /// One district's history, written with the domain's events in one session of its tenant: the
    /// network launched, people, divisions with civil members, then every year a network civil–civil
    /// and civil–government workshop, each division's two workshops and four regular meetings, a
    /// monitor's evaluations of every division and the published report. Some districts skip or
    /// mis-record a workshop now and then, so the rollup has missing and flagged lines. Returns the
    /// number of events.
    /// </summary>
    private static async Task<int> DistrictAsync(IDocumentStore store, int d, int years, int divisionCount)
    {
        var code = Code(d);
        await using (var registry = store.LightweightSession())
        {
            registry.Store(new District { Id = code, Code = code, Name = $"자치구 {d + 1}", CreatedAt = DateTimeOffset.UtcNow });
            await registry.SaveChangesAsync();
        }

        await using var session = store.LightweightSession(code);
        session.LastModifiedBy = "benchmark";
        var events = 0;
        void Start(Guid id, params object[] e)
        {
            session.Events.StartStream(id, e);
            events += e.Length;
        }

        var launched = new DateOnly(FirstYear, 2, 1);
        Start(Network.StreamId, new NetworkLaunched(Network.StreamId, $"자치구 {d + 1} 협치회의", $"자치구 {d + 1}", launched));
        Participant Person(string name, Sector sector, Rank? rank, string organisation)
        {
            var id = Guid.CreateVersion7();
            Start(id, new PersonRegistered(id, name, sector, organisation, rank, launched));
            return new Participant(id, name, sector, rank, organisation);
        }

        var chief = Person($"과장 {d}", Sector.Administration, Rank.SectionChiefOrAbove, "구청 협치과");
        var officer = Person($"주무관 {d}", Sector.Administration, Rank.WorkingLevel, "구청 협치과");
        var divisions = new List<(Guid Id, string Name, Participant Civil)>();
        for (var v = 0; v < divisionCount; v++)
        {
            var id = Guid.CreateVersion7();
            var name = $"분과 {v + 1}";
            var organisation = $"시민단체 {d}-{v}";
            Start(id, new DivisionRegistered(id, name, "벤치마크", launched),
                new DivisionMemberJoined(id, organisation, Sector.Civil, launched),
                new DivisionMemberJoined(id, $"마을모임 {d}-{v}", Sector.Civil, launched));
            divisions.Add((id, name, Person($"분과장 {d}-{v}", Sector.Civil, null, organisation)));
        }

        string[] indicators = ["P1", "P2", "P3"];
        foreach (var indicator in indicators)
            Start(MonitoringStreams.Indicator(indicator), new IndicatorDefined(indicator, $"지표 {indicator}", IndicatorKind.Quantitative, 2, 4, 1, 5, "점", launched));
        var monitor = Person($"모니터 {d}", Sector.Civil, null, "모니터링단");

        for (var y = 0; y < years; y++)
        {
            var year = FirstYear + y;
            int? reviewed = y == 0 ? null : year - 1;
            // Every seventh district forgets to record the review of last year's report on one workshop a year (R5 flagged).
            int? Review(int i) => d % 7 == 3 && i == 0 ? null : reviewed;
            var civilAll = divisions.Select(v => v.Civil).ToList();
            var w1 = Guid.CreateVersion7();
            Start(w1, new WorkshopHeld(w1, WorkshopKind.CivilCivil, WorkshopScope.Network, null, null, null, "통합 민/민 워크숍", civilAll, ["협치 기본"], Review(0), new DateOnly(year, 4, 10)));
            // Every fifth district's integrated workshop has no section chief in some years (R4 missing).
            var w2 = Guid.CreateVersion7();
            Start(w2, new WorkshopHeld(w2, WorkshopKind.CivilGovernment, WorkshopScope.Network, null, null, null, "통합 민/관 워크숍",
                [.. civilAll, d % 5 == 1 && y % 2 == 1 ? officer : chief], [], reviewed, new DateOnly(year, 5, 12)));
            for (var v = 0; v < divisions.Count; v++)
            {
                var (id, name, civil) = divisions[v];
                var a = Guid.CreateVersion7();
                Start(a, new WorkshopHeld(a, WorkshopKind.CivilCivil, WorkshopScope.Division, id, name, null, null, [civil], [], reviewed, new DateOnly(year, 6, 3 + v)));
                if (!(d % 4 == 2 && v == y % divisions.Count))
                {
                    var b = Guid.CreateVersion7();
                    Start(b, new WorkshopHeld(b, WorkshopKind.CivilGovernment, WorkshopScope.Division, id, name, "구청 협치과", null, [civil, officer], [], reviewed, new DateOnly(year, 7, 3 + v)));
                }

                for (var m = 0; m < 4; m++)
                {
                    var meeting = Guid.CreateVersion7();
                    Start(meeting, new RegularMeetingHeld(meeting, id, name, [civil, officer], "정기 회의", new DateOnly(year, 2 + m * 3, 15)));
                }
            }

            var yearStream = MonitoringStreams.Year(year);
            List<object> monitoring = [new MonitorAppointed(year, monitor.PersonId, monitor.Name, null, new DateOnly(year, 3, 2))];
            foreach (var (id, _, _) in divisions)
            {
                monitoring.Add(new EvaluationRecorded(Guid.CreateVersion7(), year, monitor.PersonId, id, null, null,
                    indicators.Select((c, i) => new IndicatorResult(c, IndicatorKind.Quantitative, 1 + (d + y + i) % 5, null)).ToList(), new DateOnly(year, 11, 20)));
            }

            monitoring.Add(new MonitoringReportPublished(year, $"{year}년 모니터링 보고서", divisions.Count, new DateOnly(year, 12, 15)));
            Start(yearStream, [.. monitoring]);
        }

        await session.SaveChangesAsync();
        return events;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
