using System.Net;
using System.Text;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Workshops;

public class WorkshopRoutesTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private sealed record Cast(HttpClient Client, string Division, string Civil, string Chief, string Officer);

    /// <summary>A division and three people; without a name, the division gets one of its own (two divisions may not share a name).</summary>
    private async Task<Cast> Given(string? divisionName = null)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var division = await coordinator.Create("/api/divisions", new { name = divisionName ?? $"돌봄복지분과 {Guid.NewGuid():N}"[..13], field = "돌봄", on = "2027-03-22" });
        var civil = await coordinator.Create("/api/people", new { name = "윤수아", sector = "civil", organisation = "성북돌봄네트워크", on = "2027-03-15" });
        var chief = await coordinator.Create("/api/people", new { name = "서유나", sector = "administration", rank = "sectionChiefOrAbove", on = "2027-03-15" });
        var officer = await coordinator.Create("/api/people", new { name = "권준서", sector = "administration", rank = "workingLevel", on = "2027-03-15" });
        return new Cast(coordinator, division, civil, chief, officer);
    }

    [Fact]
    public async Task A_workshop_records_what_it_found_proposed_and_adopted_and_reads_back_in_Korean()
    {
        var c = await Given("돌봄복지분과");
        var workshop = await c.Client.Create("/api/workshops", new
        {
            kind = "civilGovernment", scope = "division", divisionId = c.Division, counterpartDepartment = "복지정책과", title = "돌봄 민/관 워크숍",
            participants = new[] { c.Civil, c.Officer }, educationTopics = new[] { "협치의 개념과 사례" }, on = "2027-09-03",
        });
        var finding = await c.Client.Create($"/api/workshops/{workshop}/findings", new { kind = "obstacle", text = "돌봄 정보가 흩어져 있음" });
        var proposal = await c.Client.Create($"/api/workshops/{workshop}/proposals", new { findingId = finding, text = "동네 돌봄 정보 지도" });
        var task = await c.Client.Create($"/api/workshops/{workshop}/strategic-tasks", new { title = "공동 돌봄 협의체", year = 2028, joint = true, proposalId = proposal });

        var view = await c.Client.GetJson($"/api/workshops/{workshop}");

        Assert.Equal("civilGovernment", view.GetProperty("kind").GetString());
        Assert.Equal("2027-09-03", view.GetProperty("on").GetString());
        Assert.Equal("돌봄복지분과", view.GetProperty("divisionName").GetString());
        Assert.Equal("workingLevel", view.GetProperty("participants")[1].GetProperty("rank").GetString());
        var findingView = view.GetProperty("findings")[0];
        Assert.Equal("돌봄 정보가 흩어져 있음", findingView.GetProperty("text").GetString());
        Assert.Equal("2027-09-03", findingView.GetProperty("on").GetString()); // dated the workshop's day
        Assert.Equal(finding, view.GetProperty("proposals")[0].GetProperty("findingId").GetString());
        var adopted = view.GetProperty("adoptedTasks")[0];
        Assert.Equal(task, adopted.GetProperty("taskId").GetString());
        Assert.True(adopted.GetProperty("joint").GetBoolean());
        Assert.Equal(c.Division, adopted.GetProperty("divisionId").GetString());
        Assert.Equal(finding, adopted.GetProperty("findingId").GetString());
        Assert.Equal("coordinator-user", adopted.GetProperty("recordedBy").GetString());
    }

    [Fact]
    public async Task Adopting_a_task_starts_the_tasks_own_stream_with_its_origin()
    {
        var c = await Given();
        var workshop = await c.Client.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = c.Division, participants = new[] { c.Civil }, on = "2027-06-12" });

        var task = await c.Client.Create($"/api/workshops/{workshop}/strategic-tasks", new { title = "1인 가구 고립 예방", year = 2028 });

        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(Guid.Parse(task));
        var adopted = Assert.IsType<Hyeopchi.Domain.StrategicTasks.StrategicTaskAdopted>(Assert.Single(events).Data);
        Assert.Equal(Guid.Parse(workshop), adopted.WorkshopId);
        Assert.Equal(Guid.Parse(c.Division), adopted.Owner.DivisionId);
        Assert.False(adopted.Owner.Joint);
        Assert.Equal(new DateOnly(2027, 6, 12), adopted.On);
        Assert.Equal("coordinator-user", Assert.Single(events).UserName);
    }

    [Fact]
    public async Task A_finding_is_corrected_by_a_new_event_the_original_stays()
    {
        var c = await Given();
        var workshop = await c.Client.Create("/api/workshops", new { kind = "civilCivil", scope = "network", participants = new[] { c.Civil }, on = "2027-05-10" });
        var finding = await c.Client.Create($"/api/workshops/{workshop}/findings", new { kind = "obstacle", text = "오기" });

        (await c.Client.PostJson($"/api/workshops/{workshop}/findings/{finding}/corrections",
            new { kind = "steppingStone", text = "주민 모임이 이미 있음", reason = "디딤돌을 걸림돌로 잘못 기록" })).EnsureSuccessStatusCode();

        var view = await c.Client.GetJson($"/api/workshops/{workshop}");
        var corrected = view.GetProperty("findings")[0];
        Assert.Equal("steppingStone", corrected.GetProperty("kind").GetString());
        Assert.Equal("디딤돌을 걸림돌로 잘못 기록", corrected.GetProperty("corrections")[0].GetProperty("reason").GetString());
        await using var session = app.Store.QuerySession();
        Assert.Equal(3, (await session.Events.FetchStreamAsync(Guid.Parse(workshop))).Count);
    }

    [Fact]
    public async Task A_finding_says_whose_view_it_is_and_a_case_study_is_a_finding_of_its_own_kind()
    {
        var c = await Given();
        var government = await c.Client.Create("/api/workshops", new
        {
            kind = "civilGovernment", scope = "division", divisionId = c.Division, counterpartDepartment = "복지정책과",
            participants = new[] { c.Civil, c.Officer }, on = "2027-09-10",
        });
        var civilOnly = await c.Client.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = c.Division, participants = new[] { c.Civil }, on = "2027-09-11" });

        await c.Client.Create($"/api/workshops/{government}/findings", new { kind = "obstacle", viewpoint = "administration", text = "예산 편성 시기가 사업 시기와 맞지 않음" });
        await c.Client.Create($"/api/workshops/{government}/findings", new { kind = "caseStudy", text = "은평구 마을계획단 사례" });
        await c.Client.Create($"/api/workshops/{civilOnly}/findings", new { kind = "steppingStone", text = "주민 돌봄 모임이 이미 있음" });
        var refused = await (await c.Client.PostJson($"/api/workshops/{civilOnly}/findings", new { kind = "obstacle", viewpoint = "administration", text = "x" })).Problem(HttpStatusCode.Conflict);
        var invalid = await (await c.Client.PostJson($"/api/workshops/{civilOnly}/findings", new { kind = "obstacle", viewpoint = "council", text = "x" })).Problem(HttpStatusCode.BadRequest);

        var findings = (await c.Client.GetJson($"/api/workshops/{government}")).GetProperty("findings");
        Assert.Equal(["administration", "shared"], findings.EnumerateArray().Select(f => f.GetProperty("viewpoint").GetString()));
        Assert.Equal("caseStudy", findings[1].GetProperty("kind").GetString());
        Assert.Equal("civil", (await c.Client.GetJson($"/api/workshops/{civilOnly}")).GetProperty("findings")[0].GetProperty("viewpoint").GetString());
        Assert.Equal("workshop.finding.viewpoint", refused.GetProperty("rule").GetString());
        Assert.True(invalid.GetProperty("errors").TryGetProperty("viewpoint", out _));
    }

    [Fact]
    public async Task People_join_a_workshops_organising_team_before_its_day_once_each()
    {
        var c = await Given();
        var workshop = await c.Client.Create("/api/workshops", new { kind = "civilGovernment", scope = "network", participants = new[] { c.Civil, c.Chief }, on = "2027-11-20" });

        (await c.Client.PostJson($"/api/workshops/{workshop}/organising-team", new { personId = c.Civil, role = "진행·기록", on = "2027-10-01" })).EnsureSuccessStatusCode();
        (await c.Client.PostJson($"/api/workshops/{workshop}/organising-team", new { personId = c.Officer, on = "2027-10-05" })).EnsureSuccessStatusCode();
        var again = await (await c.Client.PostJson($"/api/workshops/{workshop}/organising-team", new { personId = c.Civil })).Problem(HttpStatusCode.Conflict);
        await (await c.Client.PostJson($"/api/workshops/{workshop}/organising-team", new { personId = Guid.NewGuid() })).Problem(HttpStatusCode.NotFound);

        var team = (await c.Client.GetJson($"/api/workshops/{workshop}")).GetProperty("organisingTeam");
        Assert.Equal(["윤수아", "권준서"], team.EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.Equal("진행·기록", team[0].GetProperty("role").GetString());
        Assert.Equal("2027-10-01", team[0].GetProperty("on").GetString());
        Assert.Equal("workshop.team", again.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task The_integrated_workshops_proposal_answers_a_division_workshops_finding_and_the_tasks_lineage_reaches_back_to_it()
    {
        var c = await Given();
        var division = await c.Client.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = c.Division, participants = new[] { c.Civil }, on = "2027-05-10" });
        var finding = await c.Client.Create($"/api/workshops/{division}/findings", new { kind = "obstacle", text = "돌봄 정보가 동마다 흩어져 있음" });
        var integrated = await c.Client.Create("/api/workshops", new { kind = "civilGovernment", scope = "network", participants = new[] { c.Civil, c.Chief }, on = "2027-10-20" });

        var proposal = await c.Client.Create($"/api/workshops/{integrated}/proposals", new { findingWorkshopId = division, findingId = finding, text = "구 단위 돌봄 정보 플랫폼" });
        var task = await c.Client.Create($"/api/workshops/{integrated}/strategic-tasks", new { title = "돌봄 정보 플랫폼 구축", year = 2028, joint = true, proposalId = proposal });
        var fromDivision = await (await c.Client.PostJson($"/api/workshops/{division}/proposals", new { findingWorkshopId = integrated, findingId = finding, text = "x" })).Problem(HttpStatusCode.Conflict);
        await (await c.Client.PostJson($"/api/workshops/{integrated}/proposals", new { findingWorkshopId = Guid.NewGuid(), findingId = finding, text = "x" })).Problem(HttpStatusCode.NotFound);

        var origin = (await (await app.ClientAs(Roles.Auditor)).GetJson($"/api/audit/strategic-tasks/{task}/lineage")).GetProperty("origin");
        Assert.Equal(integrated, origin.GetProperty("workshopId").GetString());
        Assert.Equal(proposal, origin.GetProperty("proposalId").GetString());
        Assert.Equal(finding, origin.GetProperty("findingId").GetString());
        Assert.Equal(division, origin.GetProperty("findingWorkshopId").GetString());
        Assert.Equal(division, (await c.Client.GetJson($"/api/workshops/{integrated}")).GetProperty("proposals")[0].GetProperty("findingWorkshopId").GetString());
        Assert.Equal("workshop.integration", fromDivision.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Participants_are_recorded_with_the_rank_they_held_on_the_workshops_day()
    {
        var c = await Given();
        (await c.Client.PostJson($"/api/people/{c.Officer}/rank", new { rank = "sectionChiefOrAbove", reason = "과장 승진", on = "2027-10-01" })).EnsureSuccessStatusCode();

        var before = await c.Client.Create("/api/workshops", new { kind = "civilGovernment", scope = "division", divisionId = c.Division, participants = new[] { c.Officer }, on = "2027-09-30" });
        var after = await c.Client.Create("/api/workshops", new { kind = "civilGovernment", scope = "division", divisionId = c.Division, participants = new[] { c.Officer }, on = "2027-10-01" });

        Assert.Equal("workingLevel", (await c.Client.GetJson($"/api/workshops/{before}")).GetProperty("participants")[0].GetProperty("rank").GetString());
        Assert.Equal("sectionChiefOrAbove", (await c.Client.GetJson($"/api/workshops/{after}")).GetProperty("participants")[0].GetProperty("rank").GetString());
        Assert.Equal("sectionChiefOrAbove", (await c.Client.GetJson($"/api/people/{c.Officer}")).GetProperty("rank").GetString());
    }

    [Fact]
    public async Task Workshops_are_listed_by_the_year_of_their_business_date()
    {
        var c = await Given();
        var december = await c.Client.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = c.Division, participants = new[] { c.Civil }, on = "2031-12-31" });
        var january = await c.Client.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = c.Division, participants = new[] { c.Civil }, on = "2032-01-01" });

        var y2031 = (await c.Client.GetJson("/api/workshops?year=2031")).EnumerateArray().Select(w => w.GetProperty("id").GetString()).ToList();

        Assert.Contains(december, y2031);
        Assert.DoesNotContain(january, y2031);
    }

    [Theory]
    [InlineData("""{"scope":"network","participants":["0196a1b2-0000-7000-8000-000000000001"]}""", "kind")]
    [InlineData("""{"kind":"civilCivil","participants":["0196a1b2-0000-7000-8000-000000000001"]}""", "scope")]
    [InlineData("""{"kind":"civilCivil","scope":"division","participants":["0196a1b2-0000-7000-8000-000000000001"]}""", "divisionId")]
    [InlineData("""{"kind":"civilCivil","scope":"network","divisionId":"0196a1b2-0000-7000-8000-000000000001","participants":["0196a1b2-0000-7000-8000-000000000001"]}""", "divisionId")]
    [InlineData("""{"kind":"civilCivil","scope":"network","participants":[]}""", "participants")]
    [InlineData("""{"kind":"civilCivil","scope":"network","participants":["0196a1b2-0000-7000-8000-000000000001"],"reviewedMonitoringYear":1}""", "reviewedMonitoringYear")]
    [InlineData("""{"kind":"civilCivil","scope":"network","participants":["0196a1b2-0000-7000-8000-000000000001"],"educationTopics":[""]}""", "educationTopics")]
    public async Task Holding_a_workshop_with_bad_input_is_400_naming_the_field(string body, string field)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);

        var problem = await (await coordinator.PostAsync("/api/workshops", new StringContent(body, Encoding.UTF8, "application/json"))).Problem(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("""{"kind":"meeting","scope":"network","participants":[]}""")]
    [InlineData("""{"kind":0,"scope":"network"}""")]
    [InlineData("""{"kind":"civilCivil",""")]
    public async Task Unreadable_workshop_json_is_400(string body)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);

        await (await coordinator.PostAsync("/api/workshops", new StringContent(body, Encoding.UTF8, "application/json"))).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_people_divisions_workshops_and_findings_are_404_or_refused()
    {
        var c = await Given();
        var unknown = "0196a1b2-0000-7000-8000-00000000ffff";

        await (await c.Client.PostJson("/api/workshops", new { kind = "civilCivil", scope = "network", participants = new[] { unknown } })).Problem(HttpStatusCode.NotFound);
        await (await c.Client.PostJson("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = unknown, participants = new[] { c.Civil } })).Problem(HttpStatusCode.NotFound);
        await (await c.Client.GetAsync($"/api/workshops/{unknown}")).Problem(HttpStatusCode.NotFound);
        await (await c.Client.PostJson($"/api/workshops/{unknown}/findings", new { kind = "obstacle", text = "x" })).Problem(HttpStatusCode.NotFound);
        await (await c.Client.PostJson($"/api/workshops/{unknown}/proposals", new { text = "x" })).Problem(HttpStatusCode.NotFound);
        await (await c.Client.PostJson($"/api/workshops/{unknown}/strategic-tasks", new { title = "x", year = 2028, joint = true })).Problem(HttpStatusCode.NotFound);

        var workshop = await c.Client.Create("/api/workshops", new { kind = "civilCivil", scope = "network", participants = new[] { c.Civil }, on = "2027-05-10" });
        var refused = await (await c.Client.PostJson($"/api/workshops/{workshop}/proposals", new { findingId = unknown, text = "x" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("workshop.finding", refused.GetProperty("rule").GetString());
        await (await c.Client.PostJson($"/api/workshops/{workshop}/strategic-tasks", new { title = "x", year = 2028, divisionId = unknown })).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Adoptions_that_break_R8_are_409_and_record_nothing()
    {
        var c = await Given();
        var civilCivil = await c.Client.Create("/api/workshops", new { kind = "civilCivil", scope = "network", participants = new[] { c.Civil }, on = "2027-05-10" });

        var joint = await (await c.Client.PostJson($"/api/workshops/{civilCivil}/strategic-tasks", new { title = "공동 과제", year = 2028, joint = true })).Problem(HttpStatusCode.Conflict);
        var noOwner = await (await c.Client.PostJson($"/api/workshops/{civilCivil}/strategic-tasks", new { title = "주인 없는 과제", year = 2028 })).Problem(HttpStatusCode.Conflict);
        var past = await (await c.Client.PostJson($"/api/workshops/{civilCivil}/strategic-tasks", new { title = "지난 과제", year = 2026, divisionId = c.Division })).Problem(HttpStatusCode.Conflict);

        Assert.All(new[] { joint, noOwner, past }, p => Assert.Equal("R8", p.GetProperty("rule").GetString()));
        Assert.Equal(0, (await c.Client.GetJson($"/api/workshops/{civilCivil}")).GetProperty("adoptedTasks").GetArrayLength());
        var early = await (await c.Client.PostJson($"/api/workshops/{civilCivil}/findings", new { kind = "obstacle", text = "x", on = "2027-05-09" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("workshop.date", early.GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("{}", "title")]
    [InlineData("""{"title":"과제"}""", "year")]
    [InlineData("""{"title":"과제","year":99999}""", "year")]
    public async Task Adopting_a_task_with_bad_input_is_400(string body, string field)
    {
        var c = await Given();
        var workshop = await c.Client.Create("/api/workshops", new { kind = "civilCivil", scope = "network", participants = new[] { c.Civil }, on = "2027-05-10" });

        var problem = await (await c.Client.PostAsync($"/api/workshops/{workshop}/strategic-tasks", new StringContent(body, Encoding.UTF8, "application/json"))).Problem(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        await (await c.Client.PostJson($"/api/workshops/{workshop}/findings", new { kind = "obstacle" })).Problem(HttpStatusCode.BadRequest);
        await (await c.Client.PostJson($"/api/workshops/{workshop}/proposals", new { text = "" })).Problem(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Monitor)]
    public async Task Readers_may_read_workshops_but_not_record_them(string role)
    {
        var c = await Given();
        var workshop = await c.Client.Create("/api/workshops", new { kind = "civilCivil", scope = "network", participants = new[] { c.Civil }, on = "2027-05-10" });
        var reader = await app.ClientAs(role);

        await (await reader.PostJson("/api/workshops", new { kind = "civilCivil", scope = "network", participants = new[] { c.Civil } })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/workshops/{workshop}/findings", new { kind = "obstacle", text = "x" })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/workshops/{workshop}/proposals", new { text = "x" })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/workshops/{workshop}/strategic-tasks", new { title = "x", year = 2028, divisionId = c.Division })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/people/{c.Officer}/rank", new { rank = "sectionChiefOrAbove" })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson("/api/meetings", new { kind = "regular", participants = new[] { c.Civil } })).Problem(HttpStatusCode.Forbidden);
        await reader.GetJson($"/api/workshops/{workshop}");
        await reader.GetJson("/api/workshops?year=2027");
    }

    [Fact]
    public async Task Without_a_token_workshops_meetings_and_compliance_are_401()
    {
        var anonymous = app.AnonymousClient();

        await (await anonymous.GetAsync("/api/workshops?year=2027")).Problem(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync("/api/compliance/2027")).Problem(HttpStatusCode.Unauthorized);
        await (await anonymous.PostJson("/api/workshops", new { kind = "civilCivil", scope = "network" })).Problem(HttpStatusCode.Unauthorized);
        await (await anonymous.PostJson("/api/meetings", new { kind = "regular" })).Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Changing_a_rank_validates_its_input_and_knows_its_person()
    {
        var c = await Given();

        await (await c.Client.PostJson($"/api/people/{c.Officer}/rank", new { rank = "general" })).Problem(HttpStatusCode.BadRequest);
        await (await c.Client.PostJson($"/api/people/{c.Officer}/rank", new { reason = "x" })).Problem(HttpStatusCode.BadRequest);
        await (await c.Client.PostJson("/api/people/0196a1b2-0000-7000-8000-00000000ffff/rank", new { rank = "workingLevel" })).Problem(HttpStatusCode.NotFound);
    }
}
