using System.Net.Http.Json;
using Hyeopchi.Host.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hyeopchi.Browser.Tests;

/// <summary>Resident-leader discovery before education, and a course's partner department, on the education pages.</summary>
[Collection(BrowserCollection.Name)]
public class LeaderDiscoveryPagesTests(AdminBrowser browser)
{
    [ChromiumFact]
    public async Task A_course_page_sets_its_partner_department_and_flags_who_enrolled_without_being_discovered()
    {
        var api = await browser.ApiClient();
        var found = await ProcessPagesTests.Id(api, "api/people", new { name = "윤다온", sector = "civil", organisation = "정릉3동 주민자치회" });
        var walkIn = await ProcessPagesTests.Id(api, "api/people", new { name = "남궁하린", sector = "civil" });
        (await api.PostAsJsonAsync($"api/people/{found}/leader-discovery", new { discoveredBy = "정릉3동 주민자치회", note = "마을 축제 기획 5년", on = "2025-03-12" })).EnsureSuccessStatusCode();
        var course = await ProcessPagesTests.Id(api, "api/courses", new { kind = "leaderEducation", year = 2048, title = "2048년 협치 주민 리더 교육", on = "2025-04-01" });
        (await api.PostAsJsonAsync($"api/courses/{course}/enrollments", new { personId = found, on = "2025-04-03" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"api/courses/{course}/enrollments", new { personId = walkIn, on = "2025-04-03" })).EnsureSuccessStatusCode();

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync($"/education/{course}");
        await Expect(page.Locator("#partner-department")).ToHaveTextAsync("없음");
        await page.GetByLabel("부서", new() { Exact = true }).FillAsync("성북구청 마을민주주의과");
        await page.GetByRole(AriaRole.Button, new() { Name = "협의 부서 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("협의 부서를 기록했습니다.");
        await Expect(page.Locator("#partner-department")).ToContainTextAsync("성북구청 마을민주주의과");

        await Expect(page.Locator("#participants tr", new() { HasText = "윤다온" })).ToContainTextAsync("발굴 후 신청");
        await Expect(page.Locator("#participants tr", new() { HasText = "남궁하린" })).ToContainTextAsync("발굴 기록 없음");

        await page.GetByRole(AriaRole.Link, new() { Name = "윤다온" }).ClickAsync();
        await Expect(page.Locator("#discovery")).ToContainTextAsync("정릉3동 주민자치회");
        await Expect(page.Locator("#discovery")).ToContainTextAsync("수강 중");
        await page.GotoAsync("/education?year=2025");
        await Expect(page.Locator("#prospects tr", new() { HasText = "윤다온" })).ToContainTextAsync("수강 중");
    }
}
