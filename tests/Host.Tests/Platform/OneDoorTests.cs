using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>
/// Every command passes one door: its declared roles, its expected version and its field checks
/// are enforced for all of them alike. These tests walk the whole catalogue of commands, so a
/// command added tomorrow is held to the same policies without a test of its own.
/// </summary>
public partial class OneDoorTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const int Year = 2028;

    [Fact]
    public void Every_command_declares_its_route_and_who_may_run_it()
    {
        Assert.NotEmpty(CommandCatalogue.All);
        Assert.All(CommandCatalogue.All, entry =>
        {
            Assert.StartsWith("/api/", entry.Declaration.Route);
            Assert.NotEmpty(entry.Declaration.MayRun);
            Assert.All(entry.Declaration.MayRun, role => Assert.Contains(role, Roles.All));
        });
        Assert.Equal(CommandCatalogue.All.Count, CommandCatalogue.All.Select(e => e.Declaration.OperationId).Distinct().Count());
    }

    [Fact]
    public async Task Every_command_on_an_existing_record_refuses_a_stale_If_Match_with_412_and_records_nothing()
    {
        var world = await World.BuildAsync(await app.ClientAs(Roles.Admin));
        var onRecords = CommandCatalogue.All.Where(e => e.StreamOf is not null).ToList();
        Assert.True(onRecords.Count >= 30, $"only {onRecords.Count} commands act on an existing record");

        foreach (var entry in onRecords)
        {
            var before = await world.VersionsAsync();
            var request = Request(entry, world);
            request.Headers.TryAddWithoutValidation("If-Match", "\"9999\"");

            var answer = await world.Admin.SendAsync(request);

            Assert.True(answer.StatusCode == HttpStatusCode.PreconditionFailed, $"{entry.Declaration.Route} answered {(int)answer.StatusCode}, not 412");
            Assert.Equal(before, await world.VersionsAsync());
        }
    }

    [Fact]
    public async Task Every_command_refuses_a_role_that_may_not_run_it_with_403_before_reading_its_body()
    {
        var world = await World.BuildAsync(await app.ClientAs(Roles.Admin));
        var auditor = await app.ClientAs(Roles.Auditor);

        foreach (var entry in CommandCatalogue.All.Where(e => !e.Declaration.MayRun.Contains(Roles.Auditor)))
        {
            var answer = await auditor.SendAsync(Request(entry, world));
            Assert.True(answer.StatusCode == HttpStatusCode.Forbidden, $"{entry.Declaration.Route} answered {(int)answer.StatusCode} to an auditor, not 403");
        }
    }

    [Fact]
    public async Task Every_command_without_a_token_is_401()
    {
        var anonymous = app.AnonymousClient();
        var world = await World.BuildAsync(await app.ClientAs(Roles.Admin));

        foreach (var entry in CommandCatalogue.All)
        {
            var answer = await anonymous.SendAsync(Request(entry, world));
            Assert.True(answer.StatusCode == HttpStatusCode.Unauthorized, $"{entry.Declaration.Route} answered {(int)answer.StatusCode} without a token, not 401");
        }
    }

    /// <summary>The command's route with its records' ids, by its declared method, with an empty JSON body.</summary>
    private static HttpRequestMessage Request(CommandCatalogue.Entry entry, World world) =>
        new(new HttpMethod(entry.Declaration.Method), world.Fill(entry.Declaration.Route)) { Content = JsonContent.Create(new { }) };

    /// <summary>One record of every kind a command can act on, made through the API.</summary>
    private sealed partial class World(HttpClient admin, Dictionary<string, string> ids)
    {
        /// <summary>One expo a year: each world of a test run plans its own.</summary>
        private static int _expoYears = 2039;

        public HttpClient Admin { get; } = admin;

        public static async Task<World> BuildAsync(HttpClient admin)
        {
            var tag = Guid.NewGuid().ToString("N")[..6];
            var civil = await admin.Create("/api/people", new { name = $"문지원{tag}", sector = "civil", organisation = "성북마을네트워크" });
            var official = await admin.Create("/api/people", new { name = $"정관리{tag}", sector = "administration", organisation = "성북구청", rank = "sectionChiefOrAbove" });
            var division = await admin.Create("/api/divisions", new { name = $"문화분과{tag}", field = "문화" });
            var heldOn = $"{Year - 1}-11-10";
            var workshop = await admin.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { civil }, on = heldOn });
            var meeting = await admin.Create("/api/meetings", new { divisionId = division, kind = "regular", participants = new[] { civil, official }, on = heldOn });
            var task = await admin.Create($"/api/workshops/{workshop}/strategic-tasks", new { title = "마을 문화 지도", year = Year, divisionId = division });
            var taskForce = await admin.Create("/api/task-force", new { name = $"협치 조례 TF {tag}" });
            var course = await admin.Create("/api/courses", new { kind = "monitorTraining", year = Year - 1, title = "모니터링단 교육" });
            (await admin.PostJson($"/api/courses/{course}/enrollments", new { personId = civil })).EnsureSuccessStatusCode();
            (await admin.PostJson($"/api/courses/{course}/completions", new { personId = civil })).EnsureSuccessStatusCode();
            (await admin.PostJson($"/api/monitoring/{Year}/monitors", new { personId = civil })).EnsureSuccessStatusCode();
            var expoYear = Interlocked.Increment(ref _expoYears);
            await admin.Create("/api/expos", new
            {
                year = expoYear, venue = "성북구청 바람마당",
                submissionsOpen = $"{expoYear - 1}-12-01", submissionsClose = $"{expoYear}-02-15",
                opensOn = $"{expoYear}-03-05", closesOn = $"{expoYear}-03-07",
            });
            var any = Guid.NewGuid().ToString();
            return new World(admin, new Dictionary<string, string>
            {
                ["/api/people/{id}"] = civil,
                ["/api/divisions/{id}"] = division,
                ["/api/workshops/{id}"] = workshop,
                ["/api/meetings/{id}"] = meeting,
                ["/api/strategic-tasks/{id}"] = task,
                ["/api/task-force/{id}"] = taskForce,
                ["/api/courses/{id}"] = course,
                ["/api/expos/{year}"] = expoYear.ToString(),
                ["/api/monitoring/{year}"] = Year.ToString(),
                ["{personId}"] = civil,
                ["{other}"] = any,
            });
        }

        /// <summary>The route with its record's id and any further placeholder filled.</summary>
        public string Fill(string route)
        {
            var record = ids.Keys.Where(k => k.StartsWith('/') && route.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length);
            var url = record is null ? route : ids[record].Length > 0 ? record.Replace(Placeholder().Match(record).Value, ids[record]) + route[record.Length..] : route;
            return Placeholder().Replace(url, m => m.Value switch
            {
                "{personId}" => ids["{personId}"],
                "{number}" => "1",
                _ => ids["{other}"],
            });
        }

        /// <summary>The version of every stream in the store: a command that recorded nothing leaves it unchanged.</summary>
        public async Task<string> VersionsAsync()
        {
            var versions = new List<string>();
            foreach (var (key, value) in ids.Where(p => p.Key.StartsWith('/')))
            {
                var read = await Admin.GetAsync(Placeholder().Replace(key, value));
                read.EnsureSuccessStatusCode();
                versions.Add($"{key}:{read.Headers.ETag?.Tag}:{(await read.Content.ReadAsStringAsync()).Length}");
            }

            return string.Join(",", versions);
        }

        [GeneratedRegex(@"\{\w+\}")]
        private static partial Regex Placeholder();
    }
}
