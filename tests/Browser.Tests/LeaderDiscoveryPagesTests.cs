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

    [ChromiumFact]
    public async Task A_coordinator_discovers_a_leader_on_the_people_page_is_warned_about_a_holiday_date_and_withdraws_the_discovery()
    {
        var api = await browser.ApiClient();
        var division = await ProcessPagesTests.Id(api, "api/divisions", new { name = "주거복지분과", field = "주거복지" });
        var person = await ProcessPagesTests.Id(api, "api/people", new { name = "도하람", sector = "civil", organisation = "장위동 주거협동조합" });

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync("/people");
        await page.Locator("#discovery-person").SelectOptionAsync(new SelectOptionValue { Value = person });
        await page.GetByRole(AriaRole.Button, new() { Name = "리더 발굴 기록" }).ClickAsync();
        await Expect(page.Locator("#discovery-by-error")).ToContainTextAsync("발굴한 분과나 단체·사람을 입력하세요");

        await page.Locator("#discovery-division").SelectOptionAsync(new SelectOptionValue { Value = division });
        await page.Locator("#discovery-note").FillAsync("임대주택 주민회의 10년");
        await page.Locator("#discovery-on").FillAsync("2025-10-06");
        await page.GetByRole(AriaRole.Button, new() { Name = "리더 발굴 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("주민 리더 발굴을 기록했습니다.");
        // Recorded, not refused: the date is a public holiday, so the page says so once.
        await Expect(page.Locator("#date-warning")).ToHaveTextAsync("입력한 날짜 2025-10-06은 공휴일(추석)입니다 — 날짜를 확인하세요.");
        await Expect(page.Locator("#people tr", new() { HasText = "도하람" })).ToContainTextAsync("2025년 10월 6일 발굴 (주거복지분과)");
        await AdminBrowser.Screenshot(page, "people-leader-discovery-holiday");
        await page.ReloadAsync();
        await Expect(page.Locator("#date-warning")).ToHaveCountAsync(0);

        await page.Locator("#discovery-withdrawal-person").SelectOptionAsync(new SelectOptionValue { Value = person });
        await page.Locator("#discovery-withdrawal-reason").FillAsync("추석 연휴가 아니라 10월 16일 발굴");
        await page.GetByRole(AriaRole.Button, new() { Name = "리더 발굴 철회" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("리더 발굴을 철회했습니다.");
        await Expect(page.Locator("#date-warning")).ToHaveCountAsync(0);
        await Expect(page.Locator("#people tr", new() { HasText = "도하람" })).ToContainTextAsync("철회");

        await page.GotoAsync($"/education/people/{person}");
        await Expect(page.Locator("#discovery")).ToContainTextAsync("주거복지분과");
    }
}
