using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Samples;
using Hyeopchi.Samples;
using Hyeopchi.Testing;
using Xunit;

namespace Hyeopchi.Host.Tests.Samples;

/// <summary>The generated shape is valid: every step of one district over two years is accepted by the real API.</summary>
public class ScenarioGeneratorTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private static readonly GeneratedShape Small = new(District: 3, FirstYear: 2031, Years: 2, Divisions: 4, MeetingsPerDivision: 4, Exhibits: 3);

    [Fact]
    public void Same_shape_same_steps_with_unique_keys()
    {
        var first = ScenarioGenerator.Generate(Small);
        var again = ScenarioGenerator.Generate(Small);

        Assert.Equal(2, first.Count);
        Assert.Equal(first.SelectMany(s => s.Steps).Select(s => s.Key + s.Body.ToJsonString()),
            again.SelectMany(s => s.Steps).Select(s => s.Key + s.Body.ToJsonString()));
        foreach (var scenario in first)
            Assert.Equal(scenario.Steps.Count, scenario.Steps.Select(s => s.Key).Distinct().Count());
        Assert.Equal(first.Count, first.Select(s => s.Name).Distinct().Count());
    }

    [Fact]
    public async Task One_district_over_two_years_loads_through_the_api_and_again_records_nothing_twice()
    {
        var client = await app.ClientAs(Roles.Admin);
        var scenarios = ScenarioGenerator.Generate(Small);

        var loader = new ScenarioLoader(client);
        await loader.LoadAsync(scenarios);

        var divisions = await client.GetFromJsonAsync<JsonArray>("/api/divisions");
        Assert.Equal(4, divisions!.Count);
        // R2 in the first year for all; R3 in the second for the even ones (joint task at a civil–government workshop, 4 meetings, the TF).
        Assert.Equal([2, 2, 3, 3], divisions.Select(d => d!["stage"]!.GetValue<int>()).Order());

        var compliance = await client.GetFromJsonAsync<JsonObject>("/api/compliance/2032");
        var statuses = compliance!["network"]!.AsArray().Concat(compliance["divisions"]!.AsArray().SelectMany(d => d!["obligations"]!.AsArray()))
            .Select(o => o!["status"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal("met", s));

        var tasks2033 = await client.GetFromJsonAsync<JsonArray>("/api/strategic-tasks?year=2033");
        var report = await client.GetFromJsonAsync<JsonObject>("/api/reports/monitoring?from=2031&to=2032");
        Assert.NotEmpty(report!["rows"]!.AsArray());
        var expo = await app.AnonymousClient().GetFromJsonAsync<JsonObject>("/api/public/expos/2032");
        Assert.NotNull(expo);

        await new ScenarioLoader(client).LoadAsync(scenarios);
        Assert.Equal(4, (await client.GetFromJsonAsync<JsonArray>("/api/divisions"))!.Count);
        Assert.Equal(tasks2033!.Count, (await client.GetFromJsonAsync<JsonArray>("/api/strategic-tasks?year=2033"))!.Count);
    }
}
