using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hyeopchi.Domain.Common;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Samples;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Samples;

/// <summary>
/// The shipped Seongbuk sample (2024-03 to 2026-11) reads like Seongbuk and exercises every process:
/// its dates are working days in the past, its workshops are attended, its facts are consistent,
/// and the whole of it loads through the API, twice, recording everything once.
/// </summary>
public partial class SeongbukSampleTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    /// <summary>The README's run command loads the sample with the real clock: nothing in it may lie after this day.</summary>
    private static readonly DateOnly LoadableFrom = new(2026, 12, 2);

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "../../../../../samples/seongbuk");

    private static readonly IReadOnlyList<Scenario> Sample = Scenario.ReadFolder(Folder);

    private static IEnumerable<ScenarioStep> Steps => Sample.SelectMany(s => s.Steps);

    private static IEnumerable<ScenarioStep> To(string pattern) => Steps.Where(s => Regex.IsMatch(s.Path, "^" + pattern + "$"));

    private static DateOnly Date(JsonNode? node) => DateOnly.ParseExact(node!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    private static IEnumerable<(string Where, DateOnly Date)> Dates(JsonNode? node, string where)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                    foreach (var d in Dates(value, $"{where}.{name}")) yield return d;
                break;
            case JsonArray a:
                foreach (var value in a)
                    foreach (var d in Dates(value, where)) yield return d;
                break;
            case JsonValue v when v.TryGetValue<string>(out var text) && IsoDate().IsMatch(text):
                yield return (where, DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
        }
    }

    [Fact]
    public void Every_date_is_a_working_day_from_the_launch_in_March_2024_to_before_the_sample_must_load()
    {
        var dates = Sample.SelectMany(s => s.Steps.SelectMany(step => Dates(step.Body, $"{s.Name}/{step.Key}"))).ToList();

        Assert.True(dates.Count > 500);
        var offDays = dates.Where(d => !PublicHolidays.IsWorkingDay(d.Date))
            .Select(d => $"{d.Where} {d.Date:yyyy-MM-dd} {d.Date.DayOfWeek} {PublicHolidays.On(d.Date)?.Name}").ToList();
        Assert.Empty(offDays);
        Assert.Equal(new DateOnly(2024, 3, 14), dates.Min(d => d.Date));
        Assert.All(dates, d => Assert.True(d.Date < LoadableFrom, $"{d.Where} {d.Date:yyyy-MM-dd} lies after the real today the README's run command meets"));
        Assert.Equal([2024, 2025, 2026], dates.Select(d => d.Date.Year).Distinct().Order());
    }

    [Fact]
    public void Every_workshop_has_10_to_30_distinct_registered_participants()
    {
        var registered = To("/api/people").Select(s => s.As).ToHashSet();
        var workshops = To("/api/workshops").ToList();

        Assert.Equal(3 * 18 - 2, workshops.Count); // two R4 obligations are missed on purpose (2024, 2026)
        Assert.All(workshops, w =>
        {
            var participants = w.Body["participants"]!.AsArray().Select(p => p!.GetValue<string>().Trim('{', '}')).ToList();
            Assert.InRange(participants.Count, 10, 30);
            Assert.Equal(participants.Count, participants.Distinct().Count());
            Assert.All(participants, p => Assert.Contains(p, registered));
        });
    }

    [Fact]
    public void The_district_council_sits_as_council_and_the_sectors_hold_their_organisations()
    {
        var people = To("/api/people").Select(s => s.Body).ToList();

        Assert.All(people.Where(p => p["organisation"]?.GetValue<string>() == "성북구의회"), p => Assert.Equal("council", p["sector"]!.GetValue<string>()));
        Assert.All(people.Where(p => p["organisation"]?.GetValue<string>().StartsWith("성북구청", StringComparison.Ordinal) == true),
            p => Assert.Equal("administration", p["sector"]!.GetValue<string>()));
        Assert.All(people.Where(p => p["sector"]!.GetValue<string>() == "council"), p => Assert.Equal("성북구의회", p["organisation"]!.GetValue<string>()));
        Assert.InRange(people.Count, 80, 200);
        Assert.Equal(people.Count, people.Select(p => p["name"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public void Evidence_is_dated_on_or_after_its_evaluation()
    {
        var evaluations = To(@"/api/monitoring/\d{4}/evaluations").ToDictionary(s => s.As!, s => Date(s.Body["on"]));
        var evidence = To(@"/api/monitoring/\d{4}/evaluations/\{[^}]+\}/evidence").ToList();

        Assert.NotEmpty(evidence);
        Assert.All(evidence, e =>
        {
            var evaluation = Regex.Match(e.Path, @"evaluations/\{([^}]+)\}").Groups[1].Value;
            Assert.True(Date(e.Body["on"]) >= evaluations[evaluation], $"{e.Key} precedes its evaluation");
        });
    }

    [Fact]
    public void The_task_force_amends_the_2018_ordinance_rather_than_enacting_it_again()
    {
        var drafts = To(@"/api/task-force/\{task_force\}/drafts").Select(s => s.Body["text"]!.GetValue<string>()).ToList();

        Assert.NotEmpty(drafts);
        Assert.All(drafts, d => Assert.Contains("일부개정조례안", d));
        Assert.Single(To(@"/api/task-force/\{task_force\}/rejection"));
        Assert.Single(To(@"/api/task-force/\{task_force\}/enactment"));
    }

    [Fact]
    public void The_sample_exercises_refusals_corrections_reverts_erasure_task_linked_evaluations_and_three_years_of_monitoring()
    {
        Assert.Contains(Steps, s => s.Expect == 409 && s.Path.EndsWith("/stage", StringComparison.Ordinal));
        Assert.Contains(Steps, s => s.Expect == 409 && s.Path.EndsWith("/exhibits", StringComparison.Ordinal));
        Assert.Contains(To(@"/api/divisions/\{[^}]+\}/stage"), s => s.Body["action"]!.GetValue<string>() == "revert");
        Assert.Single(To(@"/api/people/\{[^}]+\}/erasure"));
        Assert.Single(To(@"/api/people/\{[^}]+\}/rank"));
        Assert.NotEmpty(To(@"/api/strategic-tasks/\{[^}]+\}/progress/corrections"));
        Assert.NotEmpty(To(@"/api/workshops/\{[^}]+\}/findings/\{[^}]+\}/corrections"));
        Assert.NotEmpty(To(@"/api/monitoring/\d{4}/report/corrections"));
        Assert.NotEmpty(To(@"/api/strategic-tasks/\{[^}]+\}/owner"));
        Assert.NotEmpty(To(@"/api/task-force/\{[^}]+\}/members/\{[^}]+\}/removal"));
        Assert.NotEmpty(To(@"/api/expos/\d{4}/venue"));
        Assert.Contains(To(@"/api/monitoring/\d{4}/evaluations"), s => s.Body["strategicTaskId"] is not null);
        // L48: the monitors also evaluate governance policies — an expo exhibit and the enacted ordinance, in 2025 and 2026.
        Assert.Equal(["2025 exhibit", "2025 ordinance", "2026 exhibit", "2026 ordinance"],
            To(@"/api/monitoring/\d{4}/evaluations").Where(s => s.Body["policy"] is not null)
                .Select(s => $"{s.Path.Split('/')[3]} {s.Body["policy"]!["kind"]!.GetValue<string>()}").Order());
        Assert.Equal(["/api/monitoring/2024/report", "/api/monitoring/2025/report", "/api/monitoring/2026/report"],
            To(@"/api/monitoring/\d{4}/report").Select(s => s.Path).Order());
        Assert.Equal([2024, 2025, 2026], To(@"/api/monitoring/\d{4}/evaluations").Select(s => int.Parse(s.Path.Split('/')[3], CultureInfo.InvariantCulture)).Distinct().Order());
    }

    [Fact]
    public async Task The_whole_sample_loads_through_the_api_shows_what_each_year_missed_and_loads_again_recording_nothing_twice()
    {
        var client = await app.ClientAs(Roles.Admin);

        await new ScenarioLoader(client).LoadAsync(Sample);

        var divisions = (await client.GetFromJsonAsync<JsonArray>("/api/divisions"))!;
        var stages = divisions.ToDictionary(d => d!["name"]!.GetValue<string>(), d => d!["stage"]!.GetValue<int>());
        Assert.Equal(8, stages.Count);
        Assert.Equal(3, stages["환경에너지분과"]);
        Assert.Equal(3, stages["돌봄복지분과"]);
        Assert.Equal(2, stages["마을공동체분과"]);
        Assert.Equal(2, stages["의제실행분과"]);
        Assert.Equal(1, stages["사회적경제분과"]);

        // The bylaws (규약) were adopted at the launch and amended at the 2025 general meeting; every division stated its vision.
        var bylaws = (await client.GetFromJsonAsync<JsonObject>("/api/network"))!["bylaws"]!.AsArray();
        Assert.Equal(["2024-03-14", "2025-02-20"], bylaws.Select(b => b!["on"]!.GetValue<string>()));
        foreach (var division in divisions)
        {
            var detail = (await client.GetFromJsonAsync<JsonObject>($"/api/divisions/{division!["id"]}"))!;
            Assert.Single(detail["visions"]!.AsArray());
        }

        // The integration step: a 2027 joint task answers the environment division's finding at its own 2026 workshop.
        var heat = (await client.GetFromJsonAsync<JsonArray>("/api/strategic-tasks?year=2027"))!.Single(t => t!["title"]!.GetValue<string>() == "폭염 대피 정보 민·관 공동 전달 체계");
        var origin = (await client.GetFromJsonAsync<JsonObject>($"/api/audit/strategic-tasks/{heat!["id"]}/lineage"))!["origin"]!;
        Assert.NotNull(origin["findingWorkshopId"]);
        Assert.NotEqual(origin["workshopId"]!.GetValue<string>(), origin["findingWorkshopId"]!.GetValue<string>());

        // Each year's integrated workshops were prepared by an organising team (추진팀).
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            var integrated = (await client.GetFromJsonAsync<JsonArray>($"/api/workshops?year={year}"))!.Where(w => w!["scope"]!.GetValue<string>() == "network").ToList();
            Assert.NotEmpty(integrated);
            foreach (var workshop in integrated)
                Assert.Equal(2, (await client.GetFromJsonAsync<JsonObject>($"/api/workshops/{workshop!["id"]}"))!["organisingTeam"]!.AsArray().Count);
        }

        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            var compliance = (await client.GetFromJsonAsync<JsonObject>($"/api/compliance/{year}"))!;
            var statuses = compliance["network"]!.AsArray().Concat(compliance["divisions"]!.AsArray().SelectMany(d => d!["obligations"]!.AsArray()))
                .Select(o => o!["status"]!.GetValue<string>()).ToList();
            Assert.Contains("missing", statuses);
            Assert.Contains("met", statuses);
            // R5 starts in the network's second year: the first has nothing to flag.
            if (year > 2024) Assert.Contains("flagged", statuses);
        }

        var people = (await client.GetFromJsonAsync<JsonArray>("/api/people"))!.Count;
        var tasks2026 = (await client.GetFromJsonAsync<JsonArray>("/api/strategic-tasks?year=2026"))!.Count;
        var report = (await client.GetFromJsonAsync<JsonObject>("/api/reports/monitoring?from=2024&to=2026"))!;
        Assert.Equal([2024, 2025, 2026], report["rows"]!.AsArray().Select(r => r!["year"]!.GetValue<int>()).Distinct().Order());
        var policies = report["policies"]!.AsArray();
        Assert.Equal(["exhibit", "ordinance"], policies.Select(p => p!["kind"]!.GetValue<string>()).Distinct().Order());
        Assert.Contains(policies, p => p!["year"]!.GetValue<int>() == 2026 && p["change"] is not null);
        Assert.Contains(policies, p => p!["policy"]!.GetValue<string>() == "1인 가구 고립 예방 돌봄 지도");
        Assert.NotNull(await app.AnonymousClient().GetFromJsonAsync<JsonObject>("/api/public/expos/2026"));

        await new ScenarioLoader(client).LoadAsync(Sample);

        Assert.Equal(8, (await client.GetFromJsonAsync<JsonArray>("/api/divisions"))!.Count);
        Assert.Equal(people, (await client.GetFromJsonAsync<JsonArray>("/api/people"))!.Count);
        Assert.Equal(tasks2026, (await client.GetFromJsonAsync<JsonArray>("/api/strategic-tasks?year=2026"))!.Count);
    }
}
