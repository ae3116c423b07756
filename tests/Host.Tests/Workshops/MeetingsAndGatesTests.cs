using System.Net;
using System.Text;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Workshops;

/// <summary>Regular meetings, the stage gates they and the workshops open, and the year's obligations, through the real routes.</summary>
public class MeetingsAndGatesTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    /// <summary>Without a name, the division gets one of its own (two divisions may not share a name).</summary>
    private async Task<(HttpClient Client, string Division, string Civil, string Officer)> GivenADivisionReadyButForItsWorkshop(string? name = null)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var division = await coordinator.Create("/api/divisions", new { name = name ?? $"환경에너지분과 {Guid.NewGuid():N}"[..14], field = "기후·에너지 전환", on = "2027-03-22" });
        var civil = await coordinator.Create("/api/people", new { name = "강도현", sector = "civil", on = "2027-03-15" });
        var officer = await coordinator.Create("/api/people", new { name = "신하윤", sector = "administration", rank = "workingLevel", on = "2027-03-15" });
        (await coordinator.PostJson($"/api/divisions/{division}/chair", new { personId = civil, on = "2027-03-29" })).EnsureSuccessStatusCode();
        foreach (var organisation in new[] { "성북에너지전환모임", "성북환경운동연합", "석관동 에너지자립마을" })
        {
            (await coordinator.PostJson($"/api/divisions/{division}/members", new { organisation, sector = "civil", on = "2027-04-05" })).EnsureSuccessStatusCode();
        }

        return (coordinator, division, civil, officer);
    }

    [Fact]
    public async Task A_division_advances_to_stage_2_through_the_real_gate_once_its_civil_civil_workshop_adopted_a_task()
    {
        var (c, division, civil, _) = await GivenADivisionReadyButForItsWorkshop();
        var workshop = await c.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { civil }, on = "2027-06-20" });

        var closed = await (await c.PostJson($"/api/divisions/{division}/stage", new { action = "advance", toStage = 2, on = "2027-07-01" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("R2", closed.GetProperty("rule").GetString());
        Assert.Single(closed.GetProperty("unmet").Strings(), u => u.Contains("민/민 워크숍"));

        await c.Create($"/api/workshops/{workshop}/strategic-tasks", new { title = "에너지 자립 마을 확산", year = 2028 });
        var early = await (await c.PostJson($"/api/divisions/{division}/stage", new { action = "advance", toStage = 2, on = "2027-06-19" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("R2", early.GetProperty("rule").GetString()); // the gate reads business dates: not open before the workshop

        var advanced = await (await c.PostJson($"/api/divisions/{division}/stage", new { action = "advance", toStage = 2, reason = "민/민 워크숍에서 과제 채택", on = "2027-07-01" })).Json();
        Assert.Equal(2, advanced.GetProperty("stage").GetInt32());
        var detail = await c.GetJson($"/api/divisions/{division}");
        Assert.Equal(3, detail.GetProperty("nextGate").GetProperty("toStage").GetInt32());
    }

    [Fact]
    public async Task Regular_meetings_with_administration_and_a_joint_task_meet_R3s_conditions_the_task_force_stays_unmet()
    {
        var (c, division, civil, officer) = await GivenADivisionReadyButForItsWorkshop();
        var civilCivil = await c.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { civil }, on = "2027-06-20" });
        await c.Create($"/api/workshops/{civilCivil}/strategic-tasks", new { title = "에너지 자립 마을 확산", year = 2028 });
        (await c.PostJson($"/api/divisions/{division}/stage", new { action = "advance", toStage = 2, on = "2027-07-01" })).EnsureSuccessStatusCode();
        foreach (var on in new[] { "2027-08-05", "2027-09-02", "2027-10-07", "2027-11-04" })
        {
            await c.Create("/api/meetings", new { divisionId = division, kind = "regular", participants = new[] { civil, officer }, minutes = "에너지 전환 정기 회의", on });
        }

        var civilGovernment = await c.Create("/api/workshops", new { kind = "civilGovernment", scope = "division", divisionId = division, counterpartDepartment = "기후환경과", participants = new[] { civil, officer }, on = "2027-11-10" });
        await c.Create($"/api/workshops/{civilGovernment}/strategic-tasks", new { title = "공공건물 태양광 공동 추진", year = 2028, joint = true });

        var refused = await (await c.PostJson($"/api/divisions/{division}/stage", new { action = "advance", toStage = 3, on = "2027-12-01" })).Problem(HttpStatusCode.Conflict);

        Assert.Equal("R3", refused.GetProperty("rule").GetString());
        Assert.Single(refused.GetProperty("unmet").Strings(), u => u.Contains("합동 TF"));
    }

    [Fact]
    public async Task A_regular_meeting_reads_back_with_its_participants_and_minutes()
    {
        var (c, division, civil, officer) = await GivenADivisionReadyButForItsWorkshop("환경에너지분과");

        var meeting = await c.Create("/api/meetings", new { divisionId = division, kind = "regular", participants = new[] { civil, officer }, minutes = "회의록: 태양광 🌞 공동 추진", on = "2027-08-05" });

        var view = await c.GetJson($"/api/meetings/{meeting}");
        Assert.Equal("회의록: 태양광 🌞 공동 추진", view.GetProperty("minutes").GetString());
        Assert.True(view.GetProperty("withAdministration").GetBoolean());
        Assert.Equal("환경에너지분과", view.GetProperty("divisionName").GetString());
        var listed = await c.GetJson($"/api/meetings?divisionId={division}&year=2027");
        Assert.Equal(meeting, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("""{"participants":["0196a1b2-0000-7000-8000-000000000001"]}""", "kind")]
    [InlineData("""{"kind":"regular","participants":[]}""", "participants")]
    [InlineData("""{"kind":"regular"}""", "participants")]
    public async Task A_meeting_with_bad_input_is_400(string body, string field)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);

        var problem = await (await coordinator.PostAsync("/api/meetings", new StringContent(body, Encoding.UTF8, "application/json"))).Problem(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        await (await coordinator.PostAsync("/api/meetings", new StringContent("""{"kind":"irregular"}""", Encoding.UTF8, "application/json"))).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_meeting_naming_an_unknown_division_or_person_is_404()
    {
        var (c, division, civil, _) = await GivenADivisionReadyButForItsWorkshop();
        var unknown = "0196a1b2-0000-7000-8000-00000000ffff";

        await (await c.PostJson("/api/meetings", new { divisionId = unknown, kind = "regular", participants = new[] { civil } })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson("/api/meetings", new { divisionId = division, kind = "regular", participants = new[] { unknown } })).Problem(HttpStatusCode.NotFound);
        await (await c.GetAsync($"/api/meetings/{unknown}")).Problem(HttpStatusCode.NotFound);
    }
}

/// <summary>GET /api/compliance/{year} on a store of its own, so the divisions it lists are this test's.</summary>
public class ComplianceRouteTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    [Fact]
    public async Task The_years_obligations_answer_in_the_pinned_shape()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        await (await c.GetAsync("/api/compliance/2027")).Problem(HttpStatusCode.NotFound); // not launched yet
        (await c.PostJson("/api/network/launch", new { name = "협치성북 민간추진단", district = "서울특별시 성북구", on = "2027-03-15" })).EnsureSuccessStatusCode();
        var division = await c.Create("/api/divisions", new { name = "돌봄복지분과", field = "돌봄", on = "2027-03-22" });
        await c.Create("/api/divisions", new { name = "2028년 신설분과", field = "신설", on = "2028-01-02" });
        var civil = await c.Create("/api/people", new { name = "윤수아", sector = "civil", on = "2027-03-15" });
        var chief = await c.Create("/api/people", new { name = "서유나", sector = "administration", rank = "sectionChiefOrAbove", on = "2027-03-15" });
        await c.Create("/api/workshops", new { kind = "civilCivil", scope = "network", participants = new[] { civil }, on = "2027-05-10" });
        await c.Create("/api/workshops", new { kind = "civilGovernment", scope = "network", participants = new[] { civil, chief }, on = "2027-11-20" });
        await c.Create("/api/workshops", new { kind = "civilGovernment", scope = "division", divisionId = division, participants = new[] { civil, chief }, on = "2027-12-31" });
        await c.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { civil }, on = "2028-03-02" });

        var auditor = await app.ClientAs(Roles.Auditor);
        var y2027 = await auditor.GetJson("/api/compliance/2027");
        var y2028 = await auditor.GetJson("/api/compliance/2028");

        Assert.Equal(2027, y2027.GetProperty("year").GetInt32());
        Assert.All(y2027.GetProperty("network").EnumerateArray(), o => Assert.Equal("met", o.GetProperty("status").GetString()));
        var care = Assert.Single(y2027.GetProperty("divisions").EnumerateArray());
        Assert.Equal(division, care.GetProperty("divisionId").GetString());
        Assert.Equal("돌봄복지분과", care.GetProperty("name").GetString());
        var obligations = care.GetProperty("obligations").EnumerateArray().ToDictionary(o => o.GetProperty("rule").GetString()!);
        Assert.Equal(["R4.divisionCivilCivil", "R4.divisionCivilGovernment"], obligations.Keys);
        Assert.Equal("missing", obligations["R4.divisionCivilCivil"].GetProperty("status").GetString());
        Assert.Equal("missing", obligations["R4.divisionCivilGovernment"].GetProperty("status").GetString());
        Assert.Contains("names no counterpart department", obligations["R4.divisionCivilGovernment"].GetProperty("detail").GetString()); // R4: the counterpart department is recorded

        Assert.Equal(2, y2028.GetProperty("divisions").GetArrayLength());
        var care2028 = y2028.GetProperty("divisions").EnumerateArray().Single(d => d.GetProperty("divisionId").GetString() == division);
        var r5 = care2028.GetProperty("obligations").EnumerateArray().Single(o => o.GetProperty("rule").GetString() == "R5.monitoringReviewed");
        Assert.Equal("flagged", r5.GetProperty("status").GetString());
        Assert.Contains("2028-03-02", r5.GetProperty("detail").GetString());

        await (await auditor.GetAsync("/api/compliance/2026")).Problem(HttpStatusCode.NotFound);
        await (await auditor.GetAsync("/api/compliance/99999")).Problem(HttpStatusCode.BadRequest);
        await (await auditor.GetAsync("/api/compliance/abc")).Problem(HttpStatusCode.NotFound);
    }
}
