using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Divisions;

public class DivisionRoutesTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    /// <summary>A division registered on 2027-03-20; without a name, one of its own (two divisions may not share a name).</summary>
    private async Task<(HttpClient Client, string DivisionId)> GivenADivision(string? name = null)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        name ??= $"환경분과 {Guid.NewGuid():N}"[..12];
        var id = await coordinator.Create("/api/divisions", new { name, field = "환경", on = "2027-03-20" });
        return (coordinator, id);
    }

    [Fact]
    public async Task Registering_a_division_starts_it_at_stage_1_with_its_history()
    {
        var (coordinator, id) = await GivenADivision("환경분과");

        var division = await coordinator.GetJson($"/api/divisions/{id}");

        Assert.Equal(id, division.GetProperty("id").GetString());
        Assert.Equal("환경분과", division.GetProperty("name").GetString());
        Assert.Equal(1, division.GetProperty("stage").GetInt32());
        Assert.Equal(0, division.GetProperty("memberCount").GetInt32());
        var history = division.GetProperty("stageHistory")[0];
        Assert.Equal("2027-03-20", history.GetProperty("on").GetString());
        Assert.Equal("coordinator-user", history.GetProperty("actor").GetString());
        Assert.Equal(2, division.GetProperty("nextGate").GetProperty("toStage").GetInt32());
        Assert.Equal(3, division.GetProperty("nextGate").GetProperty("unmet").GetArrayLength());
        Assert.Equal(1, division.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Divisions_are_listed_by_name()
    {
        var (coordinator, id) = await GivenADivision("가나다 분과");

        var list = await coordinator.GetJson("/api/divisions");

        Assert.Contains(list.EnumerateArray(), d => d.GetProperty("id").GetString() == id && d.GetProperty("stage").GetInt32() == 1);
    }

    [Fact]
    public async Task A_chair_and_members_count_toward_the_gate_and_each_answer_carries_the_version()
    {
        var (coordinator, id) = await GivenADivision();
        var chair = await coordinator.Create("/api/people", new { name = "이서연", sector = "civil", organisation = "성북마을넷" });

        var appointed = await (await coordinator.PostJson($"/api/divisions/{id}/chair", new { personId = chair })).Json();
        Assert.Equal(2, appointed.GetProperty("version").GetInt32());
        foreach (var organisation in new[] { "성북환경운동연합", "마을공동체 숲", "성북에너지전환" })
        {
            (await coordinator.PostJson($"/api/divisions/{id}/members", new { organisation, sector = "civil" })).EnsureSuccessStatusCode();
        }

        var division = await coordinator.GetJson($"/api/divisions/{id}");
        Assert.Equal("이서연", division.GetProperty("chair").GetProperty("name").GetString());
        Assert.Equal(3, division.GetProperty("memberCount").GetInt32());
        var gate = division.GetProperty("nextGate");
        Assert.Equal(2, gate.GetProperty("met").GetArrayLength());
        Assert.Single(gate.GetProperty("unmet").Strings(), u => u.Contains("민/민 워크숍"));
    }

    [Fact]
    public async Task Advancing_through_a_closed_gate_is_409_naming_rule_R2_and_every_unmet_condition()
    {
        var (coordinator, id) = await GivenADivision();

        var problem = await (await coordinator.PostJson($"/api/divisions/{id}/stage", new { action = "advance", toStage = 2, on = "2027-04-01" }))
            .Problem(HttpStatusCode.Conflict);

        Assert.Equal("R2", problem.GetProperty("rule").GetString());
        Assert.Equal(3, problem.GetProperty("unmet").GetArrayLength());
        Assert.Equal(1, (await coordinator.GetJson($"/api/divisions/{id}")).GetProperty("stage").GetInt32());
    }

    [Fact]
    public async Task A_stage_change_dated_before_the_current_stage_began_is_refused_by_rule_R1()
    {
        var (coordinator, id) = await GivenADivision();

        var problem = await (await coordinator.PostJson($"/api/divisions/{id}/stage", new { action = "advance", toStage = 2, on = "2027-01-01" }))
            .Problem(HttpStatusCode.Conflict);

        Assert.Equal("R1", problem.GetProperty("rule").GetString());
        Assert.Contains("2027-03-20", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Skipping_a_stage_is_refused_by_rule_R1()
    {
        var (coordinator, id) = await GivenADivision();

        var problem = await (await coordinator.PostJson($"/api/divisions/{id}/stage", new { action = "advance", toStage = 3, reason = "서두름" }))
            .Problem(HttpStatusCode.Conflict);

        Assert.Equal("R1", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_revert_without_a_reason_is_400_with_the_field_named()
    {
        var (coordinator, id) = await GivenADivision();

        var problem = await (await coordinator.PostJson($"/api/divisions/{id}/stage", new { action = "revert", toStage = 1 }))
            .Problem(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
    }

    [Theory]
    [InlineData("{}", "name")]
    [InlineData("""{"name":"","field":"환경"}""", "name")]
    [InlineData("""{"name":"분과","field":null}""", "field")]
    public async Task Registering_without_required_fields_is_400_with_field_errors(string body, string field)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);

        var response = await coordinator.PostAsync("/api/divisions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("""{"name": 5, "field": "환경"}""")]
    [InlineData("""{"name": "분과", "field": "환경" """)]
    [InlineData("""[1,2,3]""")]
    public async Task Unreadable_json_is_400_never_500(string body)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);

        var response = await coordinator.PostAsync("/api/divisions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_sector_is_400()
    {
        var (coordinator, id) = await GivenADivision();

        var response = await coordinator.PostJson($"/api/divisions/{id}/members", new { organisation = "단체", sector = "military" });

        await response.Problem(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/divisions/0196a1b2-0000-7000-8000-000000000000")]
    [InlineData("/api/divisions/not-a-guid")]
    public async Task An_unknown_or_malformed_division_id_is_404(string url)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);

        await (await coordinator.GetAsync(url)).Problem(HttpStatusCode.NotFound);
        await (await coordinator.PostJson(url + "/members", new { organisation = "단체", sector = "civil" })).Problem(HttpStatusCode.NotFound);
        await (await coordinator.PostJson(url + "/stage", new { action = "advance", toStage = 2 })).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Appointing_an_unknown_person_as_chair_is_404()
    {
        var (coordinator, id) = await GivenADivision();

        var response = await coordinator.PostJson($"/api/divisions/{id}/chair", new { personId = Guid.NewGuid() });

        await response.Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Korean_text_and_emoji_round_trip_unchanged()
    {
        const string name = "마을🌱공동체 분과 — 「협치」";
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var id = await coordinator.Create("/api/divisions", new { name, field = "마을·공동체" });

        var division = await coordinator.GetJson($"/api/divisions/{id}");

        Assert.Equal(name, division.GetProperty("name").GetString());
        Assert.Equal("마을·공동체", division.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Monitor)]
    public async Task Roles_without_commands_are_403_on_every_division_command(string role)
    {
        var (_, id) = await GivenADivision();
        var reader = await app.ClientAs(role);

        await (await reader.PostJson("/api/divisions", new { name = "분과", field = "환경" })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/divisions/{id}/members", new { organisation = "단체", sector = "civil" })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/divisions/{id}/stage", new { action = "advance", toStage = 2 })).Problem(HttpStatusCode.Forbidden);
        Assert.Equal(1, (await reader.GetJson($"/api/divisions/{id}")).GetProperty("stage").GetInt32());
    }

    [Fact]
    public async Task Without_a_token_reads_and_commands_are_401()
    {
        var anonymous = app.AnonymousClient();

        await (await anonymous.GetAsync("/api/divisions")).Problem(HttpStatusCode.Unauthorized);
        await (await anonymous.PostJson("/api/divisions", new { name = "분과", field = "환경" })).Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Admins_may_issue_commands_too()
    {
        var admin = await app.ClientAs(Roles.Admin);

        await admin.Create("/api/divisions", new { name = "교육분과", field = "교육" });
    }
}
