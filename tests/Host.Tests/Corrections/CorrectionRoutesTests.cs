using System.Net;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Corrections;

/// <summary>
/// The pinned corrections and withdrawals (R10): each answers 200, changes what the rules answer
/// from then on, 404 for an unknown id, 409 when the record is already withdrawn, 400 without a reason.
/// </summary>
public class CorrectionRoutesTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const string Unknown = "0196a1b2-0000-7000-8000-00000000ffff";

    private async Task<HttpClient> Launched()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        await c.PostJson("/api/network/launch", new { name = "협치성북 민간추진단", district = "서울특별시 성북구", on = "2027-03-15" }); // once per store; again is 409
        return c;
    }

    private static async Task<string> Obligation(HttpClient c, int year, string rule) =>
        (await c.GetJson($"/api/compliance/{year}")).GetProperty("network").EnumerateArray()
        .Single(o => o.GetProperty("rule").GetString() == rule).GetProperty("status").GetString()!;

    private async Task<(HttpClient Client, string Division, string Civil, string Officer)> GivenADivisionWithItsMembersAndChair(string name)
    {
        var c = await Launched();
        var division = await c.Create("/api/divisions", new { name, field = "기후·에너지 전환", on = "2027-03-22" });
        var civil = await c.Create("/api/people", new { name = "강도현", sector = "civil", on = "2027-03-15" });
        var officer = await c.Create("/api/people", new { name = "신하윤", sector = "administration", rank = "workingLevel", on = "2027-03-15" });
        (await c.PostJson($"/api/divisions/{division}/chair", new { personId = civil, on = "2027-03-29" })).EnsureSuccessStatusCode();
        foreach (var organisation in new[] { "성북에너지전환모임", "성북환경운동연합", "석관동 에너지자립마을" })
        {
            (await c.PostJson($"/api/divisions/{division}/members", new { organisation, sector = "civil", on = "2027-04-05" })).EnsureSuccessStatusCode();
        }

        var workshop = await c.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { civil }, on = "2027-06-21" });
        await c.Create($"/api/workshops/{workshop}/strategic-tasks", new { title = "에너지 자립 마을 확산", year = 2028 });
        return (c, division, civil, officer);
    }

    [Fact]
    public async Task A_withdrawn_workshop_no_longer_meets_its_obligation_and_takes_its_adopted_tasks_with_it()
    {
        var c = await Launched();
        var civil = await c.Create("/api/people", new { name = "윤수아", sector = "civil", on = "2027-03-15" });
        var division = await c.Create("/api/divisions", new { name = "마을돌봄분과", field = "돌봄", on = "2027-03-22" });
        var workshop = await c.Create("/api/workshops", new { kind = "civilCivil", scope = "network", participants = new[] { civil }, on = "2030-05-10" });
        var task = await c.Create($"/api/workshops/{workshop}/strategic-tasks", new { title = "마을 돌봄 지도", year = 2031, divisionId = division });
        Assert.Equal("met", await Obligation(c, 2030, "R4.networkCivilCivil"));

        (await c.PostJson($"/api/workshops/{workshop}/withdrawal", new { reason = "다른 해의 워크숍을 잘못 입력", on = "2030-06-01" })).EnsureSuccessStatusCode();

        Assert.Equal("missing", await Obligation(c, 2030, "R4.networkCivilCivil"));
        await using (var session = app.Store.QuerySession())
        {
            var events = await session.Events.FetchStreamAsync(Guid.Parse(task));
            var withdrawn = Assert.IsType<StrategicTaskWithdrawn>(events[^1].Data);
            Assert.Equal(Guid.Parse(workshop), withdrawn.WorkshopId);
            Assert.Equal("coordinator-user", events[^1].UserName);
        }

        Assert.Equal("R10", (await (await c.PostJson($"/api/workshops/{workshop}/withdrawal", new { reason = "다시" })).Problem(HttpStatusCode.Conflict))
            .GetProperty("rule").GetString());
        await (await c.PostJson($"/api/workshops/{workshop}/corrections", new { reason = "철회 뒤 정정", heldOn = "2030-05-11" })).Problem(HttpStatusCode.Conflict);
        await (await c.PostJson($"/api/workshops/{Unknown}/withdrawal", new { reason = "없음" })).Problem(HttpStatusCode.NotFound);
        var missing = await (await c.PostJson($"/api/workshops/{workshop}/withdrawal", new { })).Problem(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("reason", out _), missing.ToString());
    }

    [Fact]
    public async Task A_corrected_workshop_counts_for_the_year_of_its_corrected_date_and_its_participants_as_they_were_that_day()
    {
        var c = await Launched();
        var civil = await c.Create("/api/people", new { name = "윤수아", sector = "civil", on = "2027-03-15" });
        var chief = await c.Create("/api/people", new { name = "서유나", sector = "administration", rank = "sectionChiefOrAbove", on = "2027-03-15" });
        var workshop = await c.Create("/api/workshops", new { kind = "civilGovernment", scope = "network", participants = new[] { civil }, on = "2032-12-30" });
        Assert.Equal("missing", await Obligation(c, 2033, "R4.integratedCivilGovernment"));

        (await c.PostJson($"/api/workshops/{workshop}/corrections",
            new { reason = "날짜와 참석자를 잘못 입력", heldOn = "2033-01-07", participants = new[] { civil, chief }, on = "2033-01-10" })).EnsureSuccessStatusCode();

        var view = await c.GetJson($"/api/workshops/{workshop}");
        Assert.Equal("2033-01-07", view.GetProperty("on").GetString());
        Assert.Equal("sectionChiefOrAbove", view.GetProperty("participants")[1].GetProperty("rank").GetString());
        Assert.Equal("met", await Obligation(c, 2033, "R4.integratedCivilGovernment"));
        Assert.Equal("missing", await Obligation(c, 2032, "R4.integratedCivilGovernment"));

        await (await c.PostJson($"/api/workshops/{Unknown}/corrections", new { reason = "없음", heldOn = "2033-01-08" })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson($"/api/workshops/{workshop}/corrections", new { heldOn = "2033-01-08" })).Problem(HttpStatusCode.BadRequest);
        await (await c.PostJson($"/api/workshops/{workshop}/corrections", new { reason = "없는 사람", participants = new[] { Unknown } })).Problem(HttpStatusCode.NotFound);
        (await c.PostJson($"/api/workshops/{workshop}/withdrawal", new { reason = "중복 입력" })).EnsureSuccessStatusCode();
        Assert.Equal("R10", (await (await c.PostJson($"/api/workshops/{workshop}/corrections", new { reason = "다시", heldOn = "2033-01-08" }))
            .Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_withdrawn_meeting_no_longer_counts_toward_R3()
    {
        var (c, division, civil, officer) = await GivenADivisionWithItsMembersAndChair("환경에너지분과");
        (await c.PostJson($"/api/divisions/{division}/stage", new { action = "advance", toStage = 2, on = "2027-07-01" })).EnsureSuccessStatusCode();
        var meetings = new List<string>();
        foreach (var on in new[] { "2027-08-05", "2027-09-02", "2027-10-07", "2027-11-04" })
        {
            meetings.Add(await c.Create("/api/meetings", new { divisionId = division, kind = "regular", participants = new[] { civil, officer }, on }));
        }

        var before = await (await c.PostJson($"/api/divisions/{division}/stage", new { action = "advance", toStage = 3, on = "2027-12-01" })).Problem(HttpStatusCode.Conflict);
        Assert.DoesNotContain(before.GetProperty("unmet").Strings(), u => u.Contains("정기 회의"));

        (await c.PostJson($"/api/meetings/{meetings[0]}/withdrawal", new { reason = "회의가 열리지 않았음", on = "2027-11-20" })).EnsureSuccessStatusCode();

        var after = await (await c.PostJson($"/api/divisions/{division}/stage", new { action = "advance", toStage = 3, on = "2027-12-01" })).Problem(HttpStatusCode.Conflict);
        Assert.Single(after.GetProperty("unmet").Strings(), u => u.Contains("정기 회의") && u.Contains("now 3"));
        Assert.Equal("2027-11-20", (await c.GetJson($"/api/meetings/{meetings[0]}")).GetProperty("withdrawnOn").GetString());

        Assert.Equal("R10", (await (await c.PostJson($"/api/meetings/{meetings[0]}/withdrawal", new { reason = "다시" })).Problem(HttpStatusCode.Conflict))
            .GetProperty("rule").GetString());
        await (await c.PostJson($"/api/meetings/{Unknown}/withdrawal", new { reason = "없음" })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson($"/api/meetings/{meetings[1]}/withdrawal", new { reason = " " })).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_corrected_meeting_date_moves_it_out_of_R3s_twelve_months()
    {
        var (c, division, civil, officer) = await GivenADivisionWithItsMembersAndChair("교통안전분과");
        var meeting = await c.Create("/api/meetings", new { divisionId = division, kind = "regular", participants = new[] { civil, officer }, on = "2027-08-05" });

        (await c.PostJson($"/api/meetings/{meeting}/corrections", new { reason = "작년 회의를 잘못 입력", heldOn = "2026-08-05", on = "2027-08-10" })).EnsureSuccessStatusCode();

        var view = await c.GetJson($"/api/meetings/{meeting}");
        Assert.Equal("2026-08-05", view.GetProperty("on").GetString());
        await (await c.PostJson($"/api/meetings/{meeting}/corrections", new { heldOn = "2026-08-06" })).Problem(HttpStatusCode.BadRequest);
        await (await c.PostJson($"/api/meetings/{Unknown}/corrections", new { reason = "없음", heldOn = "2026-08-06" })).Problem(HttpStatusCode.NotFound);
        (await c.PostJson($"/api/meetings/{meeting}/withdrawal", new { reason = "중복" })).EnsureSuccessStatusCode();
        await (await c.PostJson($"/api/meetings/{meeting}/corrections", new { reason = "다시", heldOn = "2026-08-06" })).Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_member_that_left_no_longer_counts_toward_R2()
    {
        var (c, division, _, _) = await GivenADivisionWithItsMembersAndChair("주거분과");

        (await c.PostJson($"/api/divisions/{division}/members/departures", new { organisation = "성북환경운동연합", reason = "단체 해산", on = "2027-06-25" })).EnsureSuccessStatusCode();

        var refused = await (await c.PostJson($"/api/divisions/{division}/stage", new { action = "advance", toStage = 2, on = "2027-07-01" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("R2", refused.GetProperty("rule").GetString());
        Assert.Single(refused.GetProperty("unmet").Strings(), u => u.Contains("민간 회원 단체") && u.Contains("now 2"));
        // Before the departure the gate was open.
        (await c.PostJson($"/api/divisions/{division}/stage", new { action = "advance", toStage = 2, on = "2027-06-24" })).EnsureSuccessStatusCode();

        Assert.Equal("R10", (await (await c.PostJson($"/api/divisions/{division}/members/departures", new { organisation = "성북환경운동연합", reason = "다시" }))
            .Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await (await c.PostJson($"/api/divisions/{Unknown}/members/departures", new { organisation = "성북환경운동연합", reason = "없음" })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson($"/api/divisions/{division}/members/departures", new { organisation = "성북에너지전환모임" })).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_chair_stepping_down_closes_R2_until_another_is_appointed()
    {
        var (c, division, civil, _) = await GivenADivisionWithItsMembersAndChair("문화분과");

        (await c.PostJson($"/api/divisions/{division}/chair/stepping-down", new { reason = "개인 사정", on = "2027-06-25" })).EnsureSuccessStatusCode();

        var refused = await (await c.PostJson($"/api/divisions/{division}/stage", new { action = "advance", toStage = 2, on = "2027-07-01" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("R2", refused.GetProperty("rule").GetString());
        Assert.Equal(JsonNull, (await c.GetJson($"/api/divisions/{division}")).GetProperty("chair").ValueKind);
        await (await c.PostJson($"/api/divisions/{division}/chair/stepping-down", new { reason = "다시" })).Problem(HttpStatusCode.Conflict);
        await (await c.PostJson($"/api/divisions/{Unknown}/chair/stepping-down", new { reason = "없음" })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson($"/api/divisions/{division}/chair/stepping-down", new { })).Problem(HttpStatusCode.BadRequest);
        (await c.PostJson($"/api/divisions/{division}/chair", new { personId = civil, on = "2027-06-28" })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/divisions/{division}/stage", new { action = "advance", toStage = 2, on = "2027-07-01" })).EnsureSuccessStatusCode();
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
