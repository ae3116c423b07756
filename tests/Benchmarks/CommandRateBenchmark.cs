using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Meetings;
using Hyeopchi.Domain.People;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Testing;
using Marten;
using Npgsql;

namespace Hyeopchi.Benchmarks;

/// <summary>
/// Commands per second over HTTP (the real host on Kestrel, loopback, inline projections on) with
/// C concurrent clients, for each kind of command alone and for a mix — a person registered (new
/// stream), a member organisation joining a division (existing stream, the client's own division),
/// a regular meeting (new stream, reads people and division first) — against Marten doing the same
/// to the same store configuration with the same inline projections from C concurrent writers
/// (starting the stream; FetchForWriting and append; the same reads, then starting the stream), and
/// against a raw INSERT of event-shaped rows (one row and one round trip per command).
/// </summary>
public static class CommandRateBenchmark
{
    private sealed record Client(HttpClient Http, Guid Division, Guid Chair, Guid Officer);

    public static async Task RunAsync(Options options)
    {
        var commands = options.Int("commands", 2000);
        var concurrency = options.Ints("clients", 4, 8, 16);
        await using var server = new HyeopchiServer();
        await server.InitializeAsync();
        var token = await TokenAsync(server);
        var max = concurrency.Max();
        var clients = new List<Client>();
        for (var c = 0; c < max; c++) clients.Add(await ClientAsync(server, token, c));

        await using var direct = await Timings.StoreAsync("bench_direct");
        var raw = await TestClusterConnection("bench_raw");
        await using (var connection = new NpgsqlConnection(raw))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("""
                create table events (seq_id bigserial primary key, id uuid not null, stream_id uuid not null, version bigint not null,
                  type varchar(500) not null, data jsonb not null, timestamp timestamptz not null default now(), unique (stream_id, version))
                """, connection);
            await create.ExecuteNonQueryAsync();
        }

        var rawDataSource = NpgsqlDataSource.Create(raw);
        var directDivisions = new List<Guid>();
        for (var c = 0; c < max; c++)
        {
            await using var session = direct.LightweightSession();
            var id = Guid.CreateVersion7();
            session.Events.StartStream<Division>(id, new DivisionRegistered(id, $"분과 {c}", "벤치마크", new DateOnly(2028, 1, 2)));
            await session.SaveChangesAsync();
            directDivisions.Add(id);
        }

        var directPeople = new List<(Guid Chair, Guid Officer)>();
        for (var c = 0; c < max; c++)
        {
            await using var session = direct.LightweightSession();
            var (chair, officer) = (Guid.CreateVersion7(), Guid.CreateVersion7());
            session.Events.StartStream<Person>(chair, new PersonRegistered(chair, $"분과장 {c}", Sector.Civil, "시민단체", null, new DateOnly(2028, 1, 2)));
            session.Events.StartStream<Person>(officer, new PersonRegistered(officer, $"주무관 {c}", Sector.Administration, "구청", Rank.WorkingLevel, new DateOnly(2028, 1, 2)));
            await session.SaveChangesAsync();
            directPeople.Add((chair, officer));
        }

        // Each kind alone (the issue's three ratios: a new stream, an existing stream, and the mix).
        // The plain Marten side does what the command does to the store and nothing else: a new
        // stream is started blind; a member joins after FetchForWriting of the division (the
        // command's [WriteAggregate]); a meeting loads the division's read model and the two people
        // first, as the command's LoadAsync does.
        var kinds = (options.String("kinds") ?? "person,member,meeting,mixed").Split(',');
        var versions = new ConcurrentDictionary<int, long>();
        Console.WriteLine($"command rate: {commands} commands per run; kinds {string.Join(", ", kinds)} (mixed: person, member, meeting 1:1:1)");
        foreach (var c in concurrency)
        {
            foreach (var kind in kinds)
            {
                int KindOf(int n) => kind switch { "person" => 0, "member" => 1, "meeting" => 2, _ => n % 3 };
                var http = await RunAsync(c, commands, async (client, n) =>
                {
                    var cl = clients[client];
                    var day = $"2028-{1 + n % 12:D2}-{1 + n % 28:D2}";
                    using var response = KindOf(n) switch
                    {
                        0 => await cl.Http.PostAsJsonAsync("api/people", new { name = $"참여자 {client}-{n}", sector = "civil", organisation = "벤치마크 단체", on = day }),
                        1 => await cl.Http.PostAsJsonAsync($"api/divisions/{cl.Division}/members", new { organisation = $"회원 단체 {client}-{n}", sector = "civil", on = day }),
                        _ => await cl.Http.PostAsJsonAsync("api/meetings", new { divisionId = cl.Division, kind = "regular", participants = new[] { cl.Chair, cl.Officer }, minutes = "정기 회의", on = day }),
                    };
                    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                });
                var marten = await RunAsync(c, commands, async (client, n) =>
                {
                    var day = new DateOnly(2028, 1 + n % 12, 1 + n % 28);
                    await using var session = direct.LightweightSession();
                    session.LastModifiedBy = "benchmark";
                    switch (KindOf(n))
                    {
                        case 0:
                            var person = Guid.CreateVersion7();
                            session.Events.StartStream<Person>(person, new PersonRegistered(person, $"참여자 {client}-{n}", Sector.Civil, "벤치마크 단체", null, day));
                            break;
                        case 1:
                            var division = await session.Events.FetchForWriting<Division>(directDivisions[client]);
                            division.AppendOne(new DivisionMemberJoined(directDivisions[client], $"회원 단체 {client}-{n}", Sector.Civil, day));
                            break;
                        default:
                            var progress = await session.LoadAsync<DivisionProgress>(directDivisions[client]);
                            var people = await session.LoadManyAsync<Person>(directPeople[client].Chair, directPeople[client].Officer);
                            var meeting = Guid.CreateVersion7();
                            var participants = people.Select(p => p.AsParticipantOn(day)).ToList();
                            session.Events.StartStream(meeting, new RegularMeetingHeld(meeting, directDivisions[client], progress!.Name, participants, "정기 회의", day));
                            break;
                    }

                    await session.SaveChangesAsync();
                });
                Console.WriteLine($"  {c,2} clients  {kind,-7}  HTTP {http.Rate,6:F0}/s (p50 {http.P50,6:F1} ms, p99 {http.P99,6:F1} ms)   Marten {marten.Rate,6:F0}/s (p50 {marten.P50,6:F1} ms, p99 {marten.P99,6:F1} ms)   HTTP/Marten {http.Rate / marten.Rate:P0}");
            }

            var rawRate = await RunAsync(c, commands, async (client, n) =>
            {
                var data = JsonSerializer.Serialize(new { organisation = $"회원 단체 {client}-{n}", sector = "civil", on = "2028-01-02" });
                await using var command = rawDataSource.CreateCommand(
                    "insert into events (id, stream_id, version, type, data) values ($1, $2, $3, $4, $5::jsonb)");
                var stream = n % 3 == 1 ? directDivisions[client] : Guid.CreateVersion7();
                command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
                command.Parameters.Add(new NpgsqlParameter { Value = stream });
                command.Parameters.Add(new NpgsqlParameter { Value = n % 3 == 1 ? versions.AddOrUpdate(client, 1, (_, v) => v + 1) : 1L });
                command.Parameters.Add(new NpgsqlParameter { Value = "division_member_joined" });
                command.Parameters.Add(new NpgsqlParameter { Value = data });
                await command.ExecuteNonQueryAsync();
            });
            Console.WriteLine($"  {c,2} clients  raw INSERT of an event-shaped row, one round trip: {rawRate.Rate,6:F0}/s (p50 {rawRate.P50,6:F1} ms)");
        }

        await rawDataSource.DisposeAsync();
        await server.DisposeAsync();
    }

    private static async Task<string> TestClusterConnection(string prefix) => await TestCluster.CreateDatabaseAsync(prefix);

    private static int _offset;

    private static async Task<(double Rate, double P50, double P99)> RunAsync(int concurrency, int commands, Func<int, int, Task> command)
    {
        // Every run numbers its commands afresh (names stay unique across runs); then a warm-up.
        var offset = Interlocked.Add(ref _offset, 10_000_000) - 10_000_000;
        var warm = offset + 9_000_000;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async c => { for (var i = 0; i < 6; i++) await command(c, warm + c * 100 + i); }));
        var next = offset - 1;
        var timings = new ConcurrentBag<double>();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async c =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < offset + commands)
            {
                var one = Stopwatch.StartNew();
                await command(c, n);
                timings.Add(one.Elapsed.TotalMilliseconds);
            }
        }));
        var elapsed = watch.Elapsed.TotalSeconds;
        var sorted = timings.Order().ToList();
        return (commands / elapsed, Timings.Percentile(sorted, 0.5), Timings.Percentile(sorted, 0.99));
    }

    private static async Task<string> TokenAsync(HyeopchiServer server)
    {
        using var http = server.Client();
        var response = await http.PostAsJsonAsync("api/auth/token", new { userName = "admin", password = HyeopchiApp.AdminPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
    }

    private static async Task<Client> ClientAsync(HyeopchiServer server, string token, int c)
    {
        var http = server.Client();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        async Task<Guid> Create(string path, object body)
        {
            var response = await http.PostAsJsonAsync(path, body);
            response.EnsureSuccessStatusCode();
            return Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        }

        var chair = await Create("api/people", new { name = $"분과장 {c}", sector = "civil", organisation = "시민단체", on = "2028-01-02" });
        var officer = await Create("api/people", new { name = $"주무관 {c}", sector = "administration", organisation = "구청", rank = "workingLevel", on = "2028-01-02" });
        var division = await Create("api/divisions", new { name = $"분과 {c}", field = "벤치마크", on = "2028-01-02" });
        return new Client(http, division, chair, officer);
    }
}
