using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.TaskForce;

public class TaskForceRoutesTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const string Draft1 = "「서울특별시 성북구 민관협치 활성화를 위한 기본 조례」\n제1조(목적)\n제2조(정의)";
    private const string Draft2 = "「서울특별시 성북구 민관협치 활성화를 위한 기본 조례」\n제1조(목적)\n제2조(용어의 정의)\n제3조(협치성북회의)";

    private async Task<string> Person(HttpClient client, string name, string sector) =>
        await client.Create("/api/people", new { name, sector, organisation = sector == "council" ? "성북구의회" : "성북구청" });

    private async Task<(HttpClient Client, string Id, string Civil, string Admin, string Council)> GivenATaskForceWithThreeSectors()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var id = await c.Create("/api/task-force", new { name = "협치 조례 합동 TF", on = "2027-03-02" });
        var civil = await Person(c, "김하늘", "civil");
        var admin = await Person(c, "서유나", "administration");
        var council = await Person(c, "장민서", "council");
        foreach (var person in new[] { civil, admin, council })
            (await c.PostJson($"/api/task-force/{id}/members", new { personId = person, on = "2027-03-05" })).EnsureSuccessStatusCode();
        return (c, id, civil, admin, council);
    }

    private async Task<(HttpClient Client, string Id)> GivenAFormedTaskForce()
    {
        var (c, id, _, _, _) = await GivenATaskForceWithThreeSectors();
        await (await c.PostJson($"/api/task-force/{id}/form", new { on = "2027-03-20" })).Json();
        return (c, id);
    }

    [Fact]
    public async Task Forming_without_a_council_member_is_409_R6_naming_the_missing_sector()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var id = await c.Create("/api/task-force", new { name = "합동 TF" });
        (await c.PostJson($"/api/task-force/{id}/members", new { personId = await Person(c, "김하늘", "civil") })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/task-force/{id}/members", new { personId = await Person(c, "서유나", "administration") })).EnsureSuccessStatusCode();

        var problem = await (await c.PostJson($"/api/task-force/{id}/form", new { })).Problem(HttpStatusCode.Conflict);

        Assert.Equal("R6", problem.GetProperty("rule").GetString());
        Assert.Equal(["의회 위원 (a council member)"], problem.GetProperty("unmet").Strings());
        var tf = await c.GetJson($"/api/task-force/{id}");
        Assert.Equal("assembling", tf.GetProperty("status").GetString());
        Assert.Equal(["의회 위원 (a council member)"], tf.GetProperty("missingSectors").Strings());
    }

    [Fact]
    public async Task A_member_keeps_the_sector_of_the_person_and_is_listed_with_it()
    {
        var (c, id, _, _, council) = await GivenATaskForceWithThreeSectors();

        var tf = await c.GetJson($"/api/task-force/{id}");

        var member = tf.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("personId").GetString() == council);
        Assert.Equal("council", member.GetProperty("sector").GetString());
        Assert.Equal("장민서", member.GetProperty("name").GetString());
        Assert.Equal(0, tf.GetProperty("missingSectors").GetArrayLength());
    }

    [Fact]
    public async Task Drafting_before_forming_is_409_R6()
    {
        var (c, id, _, _, _) = await GivenATaskForceWithThreeSectors();

        var problem = await (await c.PostJson($"/api/task-force/{id}/drafts", new { text = Draft1 })).Problem(HttpStatusCode.Conflict);

        Assert.Equal("R6", problem.GetProperty("rule").GetString());
        Assert.Contains("TF 구성 (the TF is formed)", problem.GetProperty("unmet").Strings());
    }

    [Fact]
    public async Task A_formed_tf_drafts_versions_diffs_them_submits_and_the_enactment_closes_the_work()
    {
        var (c, id) = await GivenAFormedTaskForce();

        var first = await c.PostJson($"/api/task-force/{id}/drafts", new { text = Draft1, on = "2027-04-01" });
        Assert.Equal(1, (await first.Json(HttpStatusCode.Created)).GetProperty("version").GetInt32());
        Assert.EndsWith($"/api/task-force/{id}/drafts/1", first.Headers.Location!.ToString());
        var second = await (await c.PostJson($"/api/task-force/{id}/drafts", new { text = Draft2, note = "정의 조항 보완", on = "2027-05-01" })).Json(HttpStatusCode.Created);
        Assert.Equal(2, second.GetProperty("version").GetInt32());

        var diff = await c.GetJson($"/api/task-force/{id}/drafts/diff?from=1&to=2");
        Assert.Equal(2, diff.GetProperty("added").GetInt32());
        Assert.Equal(1, diff.GetProperty("removed").GetInt32());
        Assert.Contains("- 제2조(정의)\n+ 제2조(용어의 정의)\n+ 제3조(협치성북회의)", diff.GetProperty("text").GetString());
        Assert.Equal(Draft1, (await c.GetJson($"/api/task-force/{id}/drafts/1")).GetProperty("text").GetString());

        await (await c.PostJson($"/api/task-force/{id}/submission", new { on = "2027-06-01" })).Json();
        var enacted = await c.PostJson($"/api/task-force/{id}/enactment", new { ordinanceNumber = "제1401호", on = "2027-09-30" });
        await enacted.Json();

        var refused = await (await c.PostJson($"/api/task-force/{id}/drafts", new { text = "제1조", on = "2027-10-01" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("R6", refused.GetProperty("rule").GetString());
        var tf = await c.GetJson($"/api/task-force/{id}");
        Assert.Equal("enacted", tf.GetProperty("status").GetString());
        Assert.Equal("제1401호", tf.GetProperty("ordinance").GetProperty("ordinanceNumber").GetString());
        Assert.Equal("2027-09-30", tf.GetProperty("ordinance").GetProperty("enactedOn").GetString());
        Assert.Equal(2, tf.GetProperty("drafts").GetArrayLength());
        Assert.Equal("coordinator-user", tf.GetProperty("drafts")[0].GetProperty("actor").GetString());
        var list = await c.GetJson("/api/task-force");
        Assert.Contains(list.EnumerateArray(), t => t.GetProperty("id").GetString() == id && t.GetProperty("status").GetString() == "enacted");
    }

    [Fact]
    public async Task A_rejection_keeps_its_reasons_and_the_tf_drafts_again()
    {
        var (c, id) = await GivenAFormedTaskForce();
        await (await c.PostJson($"/api/task-force/{id}/drafts", new { text = Draft1, on = "2027-04-01" })).Json(HttpStatusCode.Created);
        await (await c.PostJson($"/api/task-force/{id}/submission", new { version = 1, on = "2027-04-10" })).Json();

        await (await c.PostJson($"/api/task-force/{id}/rejection", new { reasons = new[] { "협치회의 구성 조항 보완" }, on = "2027-05-01" })).Json();
        await (await c.PostJson($"/api/task-force/{id}/drafts", new { text = Draft2, on = "2027-05-10" })).Json(HttpStatusCode.Created);

        var tf = await c.GetJson($"/api/task-force/{id}");
        var submission = tf.GetProperty("submissions")[0];
        Assert.Equal("rejected", submission.GetProperty("outcome").GetString());
        Assert.Equal(["협치회의 구성 조항 보완"], submission.GetProperty("reasons").Strings());
        Assert.Equal("formed", tf.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Enacting_without_a_submission_is_409_R6()
    {
        var (c, id) = await GivenAFormedTaskForce();

        var problem = await (await c.PostJson($"/api/task-force/{id}/enactment", new { ordinanceNumber = "제1호" })).Problem(HttpStatusCode.Conflict);

        Assert.Equal("R6", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task The_only_council_member_of_a_formed_tf_cannot_leave_but_a_second_one_can()
    {
        var (c, id) = await GivenAFormedTaskForce();
        var tf = await c.GetJson($"/api/task-force/{id}");
        var council = tf.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("sector").GetString() == "council").GetProperty("personId").GetString();

        var problem = await (await c.PostJson($"/api/task-force/{id}/members/{council}/removal", new { reason = "사임" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("R6", problem.GetProperty("rule").GetString());

        var second = await Person(c, "임은우", "council");
        (await c.PostJson($"/api/task-force/{id}/members", new { personId = second })).EnsureSuccessStatusCode();
        await (await c.PostJson($"/api/task-force/{id}/members/{council}/removal", new { reason = "상임위 변경" })).Json();
        var after = await c.GetJson($"/api/task-force/{id}");
        Assert.Equal("상임위 변경", after.GetProperty("formerMembers")[0].GetProperty("leftReason").GetString());
    }

    [Fact]
    public async Task Meetings_are_numbered()
    {
        var (c, id, civil, admin, _) = await GivenATaskForceWithThreeSectors();

        await (await c.PostJson($"/api/task-force/{id}/meetings", new { agenda = "조례 구성 검토", attendees = new[] { civil, admin }, minutes = "3장 구성" })).Json();

        var meeting = (await c.GetJson($"/api/task-force/{id}")).GetProperty("meetings")[0];
        Assert.Equal(1, meeting.GetProperty("number").GetInt32());
        Assert.Equal(2, meeting.GetProperty("attendees").GetArrayLength());
    }

    [Fact]
    public async Task The_R3_gate_reads_a_tf_as_formed_from_its_formation_date()
    {
        var (c, id) = await GivenAFormedTaskForce();
        (await c.PostJson($"/api/task-force/{id}/designation", new { reason = "네트워크가 합동 TF로 지정", on = "2027-03-02" })).EnsureSuccessStatusCode(); // R3 reads the designated TF
        await using var session = app.Store.QuerySession();

        Assert.True(await Host.TaskForce.TaskForceFacts.FormedByAsync(session, new DateOnly(2027, 3, 20), default));
        Assert.False(await Host.TaskForce.TaskForceFacts.FormedByAsync(session, new DateOnly(2027, 3, 19), default));
        Assert.True((await Host.Divisions.DivisionGates.FactsAsync(session, Guid.NewGuid(), new DateOnly(2027, 4, 1), default)).JointTaskForceFormed);
        Assert.False((await Host.Divisions.DivisionGates.FactsAsync(session, Guid.NewGuid(), new DateOnly(2027, 3, 1), default)).JointTaskForceFormed);
    }

    [Theory]
    [InlineData("/api/task-force", """{"name":""}""", "name")]
    [InlineData("/api/task-force/{id}/members", """{}""", "personId")]
    [InlineData("/api/task-force/{id}/drafts", """{"text":"  "}""", "text")]
    [InlineData("/api/task-force/{id}/enactment", """{"ordinanceNumber":null}""", "ordinanceNumber")]
    [InlineData("/api/task-force/{id}/rejection", """{"reasons":[]}""", "reasons")]
    [InlineData("/api/task-force/{id}/meetings", """{"minutes":"x"}""", "agenda")]
    [InlineData("/api/task-force/{id}/submission", """{"version":0}""", "version")]
    public async Task Missing_or_bad_fields_are_400_naming_the_field(string url, string body, string field)
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var id = await c.Create("/api/task-force", new { name = "TF" });

        var response = await c.PostAsync(url.Replace("{id}", id), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.True((await response.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Unreadable_json_is_400()
    {
        var c = await app.ClientAs(Roles.Coordinator);

        await (await c.PostAsync("/api/task-force", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"))).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_ids_are_404()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var unknown = Guid.NewGuid();
        var id = await c.Create("/api/task-force", new { name = "TF" });

        await (await c.GetAsync($"/api/task-force/{unknown}")).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson($"/api/task-force/{unknown}/form", new { })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson($"/api/task-force/{id}/members", new { personId = unknown })).Problem(HttpStatusCode.NotFound);
        await (await c.GetAsync($"/api/task-force/{id}/drafts/1")).Problem(HttpStatusCode.NotFound);
        await (await c.GetAsync($"/api/task-force/{id}/drafts/diff?from=1&to=2")).Problem(HttpStatusCode.NotFound);
        await (await c.GetAsync($"/api/task-force/{id}/drafts/diff?from=1")).Problem(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Monitor)]
    public async Task Readers_may_read_but_not_command(string role)
    {
        var (_, id) = await GivenAFormedTaskForce();
        var reader = await app.ClientAs(role);

        await (await reader.PostJson("/api/task-force", new { name = "TF" })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/task-force/{id}/form", new { })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/task-force/{id}/drafts", new { text = "제1조" })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/task-force/{id}/submission", new { })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/task-force/{id}/enactment", new { ordinanceNumber = "1" })).Problem(HttpStatusCode.Forbidden);
        Assert.Equal("formed", (await reader.GetJson($"/api/task-force/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_a_token_it_is_401()
    {
        var anonymous = app.AnonymousClient();

        await (await anonymous.GetAsync("/api/task-force")).Problem(HttpStatusCode.Unauthorized);
        await (await anonymous.PostJson("/api/task-force", new { name = "TF" })).Problem(HttpStatusCode.Unauthorized);
    }
}
