using System.Text.RegularExpressions;
using Xunit;

namespace Hyeopchi.Testing;

/// <summary>
/// One record of every kind a command can act on, made through the API, and the ids that fill every
/// placeholder of the command routes: the tests that walk the whole command catalogue (the one door's
/// policies, the fuzzers) reach each command's handler instead of stopping at 404.
/// </summary>
public sealed partial class CommandWorld
{
    /// <summary>One expo a year: each world of a test run plans its own.</summary>
    private static int _expoYears = 2039;

    private readonly Dictionary<string, string> _ids;

    private CommandWorld(HttpClient admin, Dictionary<string, string> ids)
    {
        Admin = admin;
        _ids = ids;
    }

    public HttpClient Admin { get; }

    /// <summary>The ids of the records (route prefixes such as <c>/api/people/{id}</c>) and of the sub-records (<c>{findingId}</c>…).</summary>
    public IReadOnlyDictionary<string, string> Ids => _ids;

    /// <summary>The people of the world: a civil member and an official.</summary>
    public IReadOnlyList<string> People => [_ids["{personId}"], _ids["{official}"]];

    /// <summary>Builds the records; <paramref name="year"/> is the monitoring year and the strategic task's.</summary>
    public static async Task<CommandWorld> BuildAsync(HttpClient admin, int year)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        // The network is launched once per store: a second world's launch is refused (409) and the first stands.
        await admin.PostJson("/api/network/launch", new { name = "협치성북 민간추진단", district = "서울특별시 성북구", on = $"{year - 5}-03-15" });
        var civil = await admin.Create("/api/people", new { name = $"문지원{tag}", sector = "civil", organisation = "성북마을네트워크" });
        var official = await admin.Create("/api/people", new { name = $"정관리{tag}", sector = "administration", organisation = "성북구청", rank = "sectionChiefOrAbove" });
        var division = await admin.Create("/api/divisions", new { name = $"문화분과{tag}", field = "문화" });
        var heldOn = $"{year - 1}-11-10";
        var workshop = await admin.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { civil }, on = heldOn });
        var finding = await admin.Create($"/api/workshops/{workshop}/findings", new { kind = "obstacle", text = "정보가 흩어져 있음" });
        var meeting = await admin.Create("/api/meetings", new { divisionId = division, kind = "regular", participants = new[] { civil, official }, on = heldOn });
        var task = await admin.Create($"/api/workshops/{workshop}/strategic-tasks", new { title = "마을 문화 지도", year, divisionId = division });
        var milestone = await IdOf(admin, $"/api/strategic-tasks/{task}/milestones", new { title = "지도 초안", dueOn = $"{year}-06-30", weight = 1 }, "milestoneId");
        var taskForce = await admin.Create("/api/task-force", new { name = $"협치 조례 TF {tag}" });
        var course = await admin.Create("/api/courses", new { kind = "monitorTraining", year = year - 1, title = "모니터링단 교육" });
        (await admin.PostJson($"/api/courses/{course}/enrollments", new { personId = civil })).EnsureSuccessStatusCode();
        (await admin.PostJson($"/api/courses/{course}/completions", new { personId = civil })).EnsureSuccessStatusCode();
        var session = await IdOf(admin, $"/api/courses/{course}/sessions", new { title = "1회차", attendees = new[] { civil } }, "sessionId");
        (await admin.PostJson($"/api/monitoring/{year}/monitors", new { personId = civil })).EnsureSuccessStatusCode();
        var code = $"W{tag}".ToUpperInvariant();
        await admin.Create("/api/monitoring/indicators", new { code, name = "참여율", kind = "quantitative", baseline = 40, target = 60, scaleMin = 0, scaleMax = 100, unit = "%" });
        var evaluation = await admin.Create($"/api/monitoring/{year}/evaluations",
            new { monitorId = civil, divisionId = division, indicators = new object[] { new { code, kind = "quantitative", score = 50 } } });
        (await admin.PostJson($"/api/monitoring/{year}/evaluations/{evaluation}/evidence", new { method = "interview", count = 3, respondents = 3 })).EnsureSuccessStatusCode();
        var expoYear = Interlocked.Increment(ref _expoYears);
        await admin.Create("/api/expos", new
        {
            year = expoYear, venue = "성북구청 바람마당",
            submissionsOpen = $"{expoYear - 1}-12-01", submissionsClose = $"{expoYear}-02-15",
            opensOn = $"{expoYear}-03-05", closesOn = $"{expoYear}-03-07", on = $"{expoYear - 1}-11-01",
        });
        var exhibit = await admin.Create($"/api/expos/{expoYear}/exhibits",
            new { organisation = "성북문화재단", organisationType = "intermediary", title = "문화 지도", summary = "마을 문화 지도", on = $"{expoYear}-01-10" });
        var sideEvent = await admin.Create($"/api/expos/{expoYear}/side-events",
            new { title = "협치 토크 콘서트", day = $"{expoYear}-03-06", place = "성북구청 다목적홀", organiser = "성북구협치회의", on = $"{expoYear}-01-10" });
        var user = $"world-{tag}";
        (await admin.PostJson("/api/users", new { userName = user, password = HyeopchiApp.UserPassword, roles = new[] { "coordinator" } })).EnsureSuccessStatusCode();
        return new CommandWorld(admin, new Dictionary<string, string>
        {
            ["/api/network"] = "", // one network per store: its routes name no id
            ["/api/people/{id}"] = civil,
            ["/api/divisions/{id}"] = division,
            ["/api/workshops/{id}"] = workshop,
            ["/api/meetings/{id}"] = meeting,
            ["/api/strategic-tasks/{id}"] = task,
            ["/api/task-force/{id}"] = taskForce,
            ["/api/courses/{id}"] = course,
            ["/api/expos/{year}"] = expoYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["/api/monitoring/{year}"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{personId}"] = civil,
            ["{official}"] = official,
            ["{findingId}"] = finding,
            ["{milestoneId}"] = milestone,
            ["{sessionId}"] = session,
            ["{evaluationId}"] = evaluation,
            ["{exhibitId}"] = exhibit,
            ["{sideEventId}"] = sideEvent,
            ["{userName}"] = user,
            ["{code}"] = code,
            ["{district}"] = "default",
            ["{number}"] = "1",
            ["{other}"] = Guid.NewGuid().ToString(),
        });
    }

    /// <summary>The id a command answered (201 or 200) in <paramref name="property"/>, or in <c>id</c>.</summary>
    private static async Task<string> IdOf(HttpClient admin, string url, object body, string property)
    {
        var answer = await admin.PostJson(url, body);
        Assert.True(answer.IsSuccessStatusCode, $"{url}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        var json = System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        return (json.TryGetProperty(property, out var id) ? id : json.GetProperty("id")).ToString();
    }

    /// <summary>The route with its record's id and every further placeholder filled.</summary>
    public string Fill(string route)
    {
        var record = _ids.Keys.Where(k => k.StartsWith('/') && route.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length);
        var url = record is null || !Placeholder().IsMatch(record) ? route : record.Replace(Placeholder().Match(record).Value, _ids[record]) + route[record.Length..];
        return Placeholder().Replace(url, m => _ids.TryGetValue(m.Value, out var id) ? id : _ids["{other}"]);
    }

    /// <summary>The version of every record: a command that recorded nothing leaves it unchanged.</summary>
    public async Task<string> VersionsAsync()
    {
        var versions = new List<string>();
        foreach (var (key, value) in _ids.Where(p => p.Key.StartsWith('/')))
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
