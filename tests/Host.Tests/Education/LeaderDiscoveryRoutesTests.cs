using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Education;

public class LeaderDiscoveryRoutesTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    [Fact]
    public async Task A_discovered_person_enrols_in_plan_order_and_an_undiscovered_one_is_flagged_not_refused()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var division = await coordinator.Create("/api/divisions", new { name = "마을공동체분과", field = "마을공동체" });
        var found = await coordinator.Create("/api/people", new { name = "윤다온", sector = "civil", organisation = "정릉3동 주민자치회" });
        var walkIn = await coordinator.Create("/api/people", new { name = "남궁하린", sector = "civil" });
        (await coordinator.PostJson($"/api/people/{found}/leader-discovery",
            new { divisionId = division, discoveredBy = "정릉3동 주민자치회", note = "마을 축제 기획 5년", on = "2025-03-12" })).EnsureSuccessStatusCode();
        var course = await coordinator.Create("/api/courses",
            new { kind = "leaderEducation", year = 2025, title = "협치 주민 리더 교육", partnerDepartment = "성북구청 마을민주주의과", on = "2025-04-01" });

        (await coordinator.PostJson($"/api/courses/{course}/enrollments", new { personId = found, on = "2025-04-03" })).EnsureSuccessStatusCode();
        (await coordinator.PostJson($"/api/courses/{course}/enrollments", new { personId = walkIn, on = "2025-04-03" })).EnsureSuccessStatusCode();
        (await coordinator.PostJson($"/api/courses/{course}/completions", new { personId = found, on = "2025-05-30" })).EnsureSuccessStatusCode();

        var standings = (await coordinator.GetJson($"/api/courses/{course}/leader-discovery")).EnumerateArray()
            .ToDictionary(p => p.GetProperty("personId").GetString()!, p => (p.GetProperty("standing").GetString(), p.GetProperty("flagged").GetBoolean()));
        Assert.Equal(("discoveredBefore", false), standings[found]);
        Assert.Equal(("notDiscovered", true), standings[walkIn]);

        var prospect = await coordinator.GetJson($"/api/people/{found}/leader-discovery");
        Assert.Equal("2025-03-12", prospect.GetProperty("discoveredOn").GetString());
        Assert.Equal("마을공동체분과", prospect.GetProperty("division").GetString());
        Assert.True(prospect.GetProperty("completed").GetBoolean());
        Assert.Equal("2025-05-30", prospect.GetProperty("courses")[0].GetProperty("completedOn").GetString());
        Assert.Contains((await coordinator.GetJson("/api/leader-discoveries?year=2025")).EnumerateArray(), p => p.GetProperty("personId").GetString() == found);
        await coordinator.GetJson($"/api/people/{walkIn}/leader-discovery", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_discovery_is_withdrawn_once_with_a_reason_and_a_second_discovery_while_it_stands_is_409()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var person = await coordinator.Create("/api/people", new { name = "고은채", sector = "civil" });
        (await coordinator.PostJson($"/api/people/{person}/leader-discovery", new { discoveredBy = "성북구 마을사회적경제센터", on = "2025-02-20" })).EnsureSuccessStatusCode();

        var again = await (await coordinator.PostJson($"/api/people/{person}/leader-discovery", new { discoveredBy = "길음1동 주민자치회" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("education.discovery", again.GetProperty("rule").GetString());

        await (await coordinator.PostJson($"/api/people/{person}/leader-discovery/withdrawal", new { on = "2025-02-21" })).Problem(HttpStatusCode.BadRequest);
        (await coordinator.PostJson($"/api/people/{person}/leader-discovery/withdrawal", new { reason = "다른 사람으로 잘못 입력", on = "2025-02-21" })).EnsureSuccessStatusCode();
        await (await coordinator.PostJson($"/api/people/{person}/leader-discovery/withdrawal", new { reason = "다시" })).Problem(HttpStatusCode.Conflict);

        var prospect = await coordinator.GetJson($"/api/people/{person}/leader-discovery");
        Assert.Equal("2025-02-21", prospect.GetProperty("withdrawnOn").GetString());
        await (await coordinator.PostJson($"/api/people/{person}/leader-discovery", new { note = "누가 발굴했는지 없음" })).Problem(HttpStatusCode.BadRequest);
        await (await coordinator.PostJson($"/api/people/{Guid.NewGuid()}/leader-discovery", new { discoveredBy = "정릉3동 주민자치회" })).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_partner_department_is_set_later_changed_with_a_reason_and_shown_in_the_course_read()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var course = await coordinator.Create("/api/courses", new { kind = "leaderEducation", year = 2025, title = "협치 주민 리더 교육", on = "2025-03-04" });

        (await coordinator.PostJson($"/api/courses/{course}/partner-department", new { department = "성북구청 마을민주주의과", on = "2025-03-10" })).EnsureSuccessStatusCode();
        var unreasoned = await (await coordinator.PostJson($"/api/courses/{course}/partner-department", new { department = "성북구청 자치행정과" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("education.partner", unreasoned.GetProperty("rule").GetString());
        (await coordinator.PostJson($"/api/courses/{course}/partner-department", new { department = "성북구청 자치행정과", reason = "조직 개편", on = "2025-07-01" })).EnsureSuccessStatusCode();

        var view = await coordinator.GetJson($"/api/courses/{course}");
        Assert.Equal("성북구청 자치행정과", view.GetProperty("partnerDepartment").GetString());
        Assert.Equal("2025-07-01", view.GetProperty("partnerDepartmentSince").GetString());
        Assert.Equal(2, view.GetProperty("partnerDepartmentHistory").GetArrayLength());
        await (await coordinator.PostJson($"/api/courses/{Guid.NewGuid()}/partner-department", new { department = "성북구청 마을민주주의과" })).Problem(HttpStatusCode.NotFound);
    }
}
