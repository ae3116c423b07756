using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hyeopchi.Host.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hyeopchi.Browser.Tests;

/// <summary>Workshops, regular meetings, the year's obligations and strategic tasks in the web admin, in a real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class WorkshopAndTaskPagesTests(AdminBrowser browser)
{
    [ChromiumFact]
    public async Task A_coordinator_records_a_workshop_its_finding_proposal_and_decision_then_follows_the_task_and_an_auditor_sees_an_earlier_version()
    {
        await LaunchNetwork();
        var division = await Create("api/divisions", new { name = "마을활력 분과", field = "마을활력", on = "2025-03-20" });
        await Create("api/people", new { name = "김하늘", sector = "civil", organisation = "성북마을넷" });
        await Create("api/people", new { name = "이도윤", sector = "civil", organisation = "정릉마을공동체" });

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GetByRole(AriaRole.Link, new() { Name = "워크숍", Exact = true }).ClickAsync();
        await page.GetByLabel("연도", new() { Exact = true }).FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "보기" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("2026년 워크숍");

        await page.GetByLabel("종류").SelectOptionAsync(new SelectOptionValue { Label = "민/민 워크숍" });
        await page.GetByLabel("범위").SelectOptionAsync(new SelectOptionValue { Label = "분과별" });
        await page.GetByLabel("분과 (분과별 워크숍만)").SelectOptionAsync(new SelectOptionValue { Label = "마을활력 분과" });
        await page.GetByLabel("제목 (선택)").FillAsync("마을활력 분과 민/민 워크숍");
        await page.GetByLabel("김하늘 (민간, 성북마을넷)").CheckAsync();
        await page.GetByLabel("이도윤 (민간, 정릉마을공동체)").CheckAsync();
        await page.GetByLabel("협치 교육 주제 (한 줄에 하나, 선택)").FillAsync("협치의 개념\n마을 협치 사례");
        await page.GetByLabel("날짜 (비우면 오늘)").FillAsync("2026-05-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "워크숍 기록" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/workshops/[0-9a-f-]{36}"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("워크숍을 기록했습니다.");
        await Expect(page.Locator("h1")).ToContainTextAsync("분과별 민/민 워크숍");
        await Expect(page.Locator("#monitoring-review .flag")).ToContainTextAsync("R5");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("협치의 개념, 마을 협치 사례");

        await page.GetByLabel("구분").SelectOptionAsync(new SelectOptionValue { Label = "걸림돌" });
        await page.GetByLabel("내용", new() { Exact = true }).FillAsync("주민 모임 공간이 부족하다");
        await page.GetByRole(AriaRole.Button, new() { Name = "발견 사항 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("발견 사항을 기록했습니다.");
        await Expect(page.Locator("#findings")).ToContainTextAsync("걸림돌 주민 모임 공간이 부족하다");

        await page.GetByLabel("답하는 발견 사항 (선택)").SelectOptionAsync(new SelectOptionValue { Label = "걸림돌: 주민 모임 공간이 부족하다" });
        await page.GetByLabel("제안 내용").FillAsync("동 주민센터 유휴 공간을 마을 모임에 개방");
        await page.GetByRole(AriaRole.Button, new() { Name = "제안 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("제안을 기록했습니다.");
        await Expect(page.Locator("#proposals")).ToContainTextAsync("← 걸림돌: 주민 모임 공간이 부족하다");

        // A joint task at a civil–civil workshop is refused (R8); the typed title stays.
        await page.GetByLabel("과제명").FillAsync("유휴 공간 개방 조례 제안");
        await page.GetByLabel("담당").SelectOptionAsync(new SelectOptionValue { Label = "민/관 공동 과제" });
        await page.GetByLabel("근거 제안 (선택)").SelectOptionAsync(new SelectOptionValue { Label = "동 주민센터 유휴 공간을 마을 모임에 개방" });
        await page.GetByRole(AriaRole.Button, new() { Name = "전략 과제 채택" }).ClickAsync();
        var refusal = page.GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("규칙 R8");
        await Expect(refusal).ToContainTextAsync("민/관 공동 과제는 민/관 워크숍에서만 채택합니다");
        await Expect(page.GetByLabel("과제명")).ToHaveValueAsync("유휴 공간 개방 조례 제안");
        await Expect(page.Locator("#decisions")).ToHaveCountAsync(0);

        await page.GetByLabel("담당").SelectOptionAsync(new SelectOptionValue { Label = "분과: 마을활력 분과" });
        await page.GetByLabel("과제 연도").FillAsync("2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "전략 과제 채택" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("전략 과제 채택을 기록했습니다.");
        await Expect(page.Locator("#decisions")).ToContainTextAsync("유휴 공간 개방 조례 제안");
        await Expect(page.Locator("#decisions")).ToContainTextAsync("제안: 동 주민센터 유휴 공간을 마을 모임에 개방");
        await AdminBrowser.Screenshot(page, "workshop-laptop");
        await page.SetViewportSizeAsync(AdminBrowser.Phone.Width, AdminBrowser.Phone.Height);
        await AdminBrowser.Screenshot(page, "workshop-phone");
        await page.SetViewportSizeAsync(AdminBrowser.Laptop.Width, AdminBrowser.Laptop.Height);

        await page.Locator("#decisions").GetByRole(AriaRole.Link, new() { Name = "유휴 공간 개방 조례 제안" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("유휴 공간 개방 조례 제안");
        await Expect(page.Locator("#task-status")).ToHaveTextAsync("계획");
        await Expect(page.Locator("#task-percent")).ToHaveTextAsync("0%");
        await Expect(page.Locator("#task-facts")).ToContainTextAsync("걸림돌: 주민 모임 공간이 부족하다");
        await Expect(page.Locator("#lineage")).ToContainTextAsync("2027년 유휴 공간 개방 조례 제안 (이 과제)");
        var taskUrl = page.Url;

        await ReportProgress(page, "40", "종암동 주민센터와 협의 시작", "2026-06-01");
        await Expect(page.Locator("#task-percent")).ToHaveTextAsync("40%");
        await page.GetByLabel("새 상태").SelectOptionAsync(new SelectOptionValue { Label = "진행 중" });
        await page.GetByLabel("사유 (필수)").First.FillAsync("협의가 시작됨");
        await page.GetByLabel("날짜 (비우면 오늘)").Nth(1).FillAsync("2026-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "상태 변경" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("상태를 바꾸었습니다.");
        await ReportProgress(page, "70", "두 개 동에서 공간 개방", "2026-09-15");
        await Expect(page.Locator("#task-percent")).ToHaveTextAsync("70%");
        await Expect(page.Locator("#task-status")).ToHaveTextAsync("진행 중");

        var timeline = page.Locator("#timeline tbody tr");
        await Expect(timeline).ToHaveCountAsync(4);
        await Expect(timeline.Nth(0)).ToContainTextAsync("과제 채택");
        await Expect(timeline.Nth(1)).ToContainTextAsync("진행 보고");
        await Expect(timeline.Nth(1)).ToContainTextAsync("2026년 6월 1일");
        await Expect(timeline.Nth(1)).ToContainTextAsync("coordinator-user");
        await Expect(timeline.Nth(1)).ToContainTextAsync("진행률 40%. 종암동 주민센터와 협의 시작");
        await Expect(timeline.Nth(2)).ToContainTextAsync("상태 계획 → 진행 중. 사유: 협의가 시작됨");
        await AdminBrowser.Screenshot(page, "task-laptop");
        await page.SetViewportSizeAsync(AdminBrowser.Phone.Width, AdminBrowser.Phone.Height);
        await AdminBrowser.Screenshot(page, "task-phone");

        // The auditor opens version 2 (after the first progress report): the task as it stood then, and who changed what.
        var auditor = await browser.SignedIn(Roles.Auditor);
        await auditor.GotoAsync(taskUrl);
        await Expect(auditor.Locator("#timeline tbody tr")).ToHaveCountAsync(4);
        await Expect(auditor.Locator("form[action*='handler=']")).ToHaveCountAsync(0);
        await auditor.GetByLabel("버전 기준", new() { Exact = true }).SelectOptionAsync("2");
        await auditor.GetByRole(AriaRole.Button, new() { Name = "이 버전 보기" }).ClickAsync();
        await Expect(auditor.Locator("#as-of-title")).ToHaveTextAsync("버전 2 당시 (전체 4건 중)");
        await Expect(auditor.Locator("#as-of-percent")).ToHaveTextAsync("40%");
        await Expect(auditor.Locator("#as-of-status")).ToHaveTextAsync("계획");
        var change = auditor.Locator("#diff tbody tr", new() { HasText = "진행률" });
        await Expect(change).ToContainTextAsync("0%");
        await Expect(change).ToContainTextAsync("40%");
        await Expect(change).ToContainTextAsync("coordinator-user");
        await AdminBrowser.Screenshot(auditor, "task-as-of-auditor");

        await auditor.GetByRole(AriaRole.Link, new() { Name = "버전 3 당시 보기" }).ClickAsync();
        await Expect(auditor.Locator("#as-of-status")).ToHaveTextAsync("진행 중");
        await Expect(auditor.Locator("#as-of-percent")).ToHaveTextAsync("40%");

        // The auditor's forged progress post is refused for the role, not for the token.
        var token = await auditor.Locator("form.signout input[name='__RequestVerificationToken']").GetAttributeAsync("value");
        var form = auditor.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token!);
        form.Set("Progress.Percent", "100");
        form.Set("Progress.Note", "forged");
        var forged = await auditor.Context.APIRequest.PostAsync($"{new Uri(taskUrl).AbsolutePath}?handler=progress", new() { Form = form, MaxRedirects = 0 });
        Assert.Equal(403, forged.Status);
        await auditor.GotoAsync(taskUrl);
        await Expect(auditor.Locator("#task-percent")).ToHaveTextAsync("70%");
        _ = division;
    }

    [ChromiumFact]
    public async Task Progress_on_a_dropped_task_is_refused_with_rule_R8_and_keeps_what_was_typed()
    {
        var task = await AdoptedTask("돌봄나눔 분과", "돌봄 공백 지도 만들기");
        var api = await browser.ApiClient();
        (await api.PostAsJsonAsync($"api/strategic-tasks/{task}/status", new { status = "dropped", reason = "예산이 없어 중단", on = "2026-07-01" })).EnsureSuccessStatusCode();

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync($"/strategic-tasks/{task}");
        await Expect(page.Locator("#task-status")).ToHaveTextAsync("중단");
        await page.GetByLabel("진행률 (0–100%)").FillAsync("30");
        await page.GetByLabel("내용").FillAsync("조사 재개");
        var response = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "진행 보고" }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal(409, response.Status);

        var refusal = page.GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("규칙 R8");
        await Expect(refusal).ToContainTextAsync("과제가 중단 상태여서 더 이상 진행 보고할 수 없습니다");
        await Expect(page.GetByLabel("진행률 (0–100%)")).ToHaveValueAsync("30");
        await Expect(page.GetByLabel("내용")).ToHaveValueAsync("조사 재개");
        await Expect(page.Locator("#task-percent")).ToHaveTextAsync("0%");

        // A field problem (400) is shown next to its field, before any rule is asked.
        await page.GetByLabel("내용").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "진행 보고" }).ClickAsync();
        await Expect(page.Locator("#progress-note-error")).ToContainTextAsync("값을 입력하세요");
        await Expect(page.GetByLabel("내용")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("진행률 (0–100%)")).ToHaveValueAsync("30");
        await AdminBrowser.Screenshot(page, "task-refused-progress");
    }

    [ChromiumFact]
    public async Task The_board_shows_tasks_by_status_and_owner_and_a_monitor_sees_no_history()
    {
        var task = await AdoptedTask("문화예술 분과", "골목 축제 지원");
        var page = await browser.SignedIn(Roles.Monitor);
        await page.GotoAsync("/strategic-tasks?year=2027");
        await Expect(page.Locator("#status-Planned ~ ul")).ToContainTextAsync("골목 축제 지원");
        await Expect(page.Locator("#by-owner tr", new() { HasText = "골목 축제 지원" })).ToContainTextAsync("문화예술 분과");
        await AdminBrowser.Screenshot(page, "tasks-board-laptop");

        await page.GetByRole(AriaRole.Link, new() { Name = "골목 축제 지원" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/strategic-tasks/{task}$"));
        await Expect(page.Locator("#timeline")).ToHaveCountAsync(0);
        await Expect(page.Locator("form[action*='handler=']")).ToHaveCountAsync(0);
        var asOf = await page.GotoAsync($"/strategic-tasks/{task}?version=1");
        Assert.Equal(200, asOf!.Status);
        await Expect(page.Locator("#as-of")).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task A_coordinator_records_a_regular_meeting_and_the_compliance_page_shows_met_missing_and_flagged_obligations()
    {
        var division = await AdoptedTaskDivision("녹색전환 분과");
        await Create("api/people", new { name = "정우진", sector = "administration", organisation = "성북구청 기후환경과", rank = "workingLevel" });
        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GetByRole(AriaRole.Link, new() { Name = "정기 회의" }).ClickAsync();
        await page.GetByLabel("분과", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "녹색전환 분과" });
        await page.GetByLabel("정우진 (행정, 성북구청 기후환경과, 실무진)").CheckAsync();
        await page.GetByLabel("회의록 (선택)").FillAsync("탄소중립 마을 사업 공유");
        await page.GetByLabel("날짜 (비우면 오늘)").FillAsync("2026-04-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "정기 회의 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("정기 회의를 기록했습니다.");
        var row = page.Locator("#meetings tr", new() { HasText = "탄소중립 마을 사업 공유" });
        await Expect(row).ToContainTextAsync("2026년 4월 2일");
        await Expect(row).ToContainTextAsync("정우진");
        await Expect(row).ToContainTextAsync("있음");

        // Without participants the field says so and the minutes stay.
        await page.GetByLabel("회의록 (선택)").FillAsync("참여자 없이 보냄");
        await page.GetByRole(AriaRole.Button, new() { Name = "정기 회의 기록" }).ClickAsync();
        await Expect(page.Locator("#participants-error")).ToContainTextAsync("참여자를 한 명 이상");
        await Expect(page.GetByLabel("회의록 (선택)")).ToHaveValueAsync("참여자 없이 보냄");

        // The menu opens this year (the test host's "today") when other tests recorded something in it,
        // otherwise the latest year with records, and then says so.
        await page.GetByRole(AriaRole.Link, new() { Name = "의무 이행" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/compliance/\d{4}(\?latest=true)?$"));
        var thisYear = Hyeopchi.Testing.HyeopchiApp.TodayDate.Year;
        if (page.Url.EndsWith("?latest=true", StringComparison.Ordinal))
            await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync($"올해({thisYear}년)에는 아직 기록이 없어");
        else
            await Expect(page).ToHaveURLAsync(new Regex($"/compliance/{thisYear}$"));
        await page.GotoAsync("/compliance/2026");
        var own = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "녹색전환 분과" }) });
        await Expect(own.Locator("[data-rule='R4.divisionCivilCivil']")).ToContainTextAsync("충족");
        await Expect(own.Locator("[data-rule='R4.divisionCivilGovernment']")).ToContainTextAsync("미충족");
        await Expect(own.Locator("[data-rule='R5.monitoringReviewed']")).ToContainTextAsync("확인 필요 (R5)");
        await Expect(own.Locator("[data-rule='R5.monitoringReviewed']")).ToContainTextAsync("2026-05-10");
        await AdminBrowser.Screenshot(page, "compliance-laptop");
        _ = division;

        var before = await page.GotoAsync("/compliance/2020");
        Assert.Equal(200, before!.Status);
        await Expect(page.Locator("main")).ToContainTextAsync("발족하지 않아");
    }

    [ChromiumFact]
    public async Task Every_input_of_the_workshop_and_task_pages_has_a_label_and_the_page_is_Korean()
    {
        var task = await AdoptedTask("청소년 분과", "청소년 자치 공간");
        var api = await browser.ApiClient();
        var workshop = (await api.GetFromJsonAsync<JsonElement>($"api/strategic-tasks/{task}")).GetProperty("originWorkshopId").GetString();
        var page = await browser.SignedIn(Roles.Coordinator);
        foreach (var path in new[] { $"/workshops/{workshop}", $"/strategic-tasks/{task}?version=1", "/workshops?year=2026", "/meetings", "/strategic-tasks" })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
            var unlabelled = await page.EvaluateAsync<int>(
                "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0).length");
            Assert.True(unlabelled == 0, $"{path} has {unlabelled} unlabelled inputs");
        }

        await page.GotoAsync($"/strategic-tasks/{task}");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("본문으로 건너뛰기");
        await page.GetByLabel("진행률 (0–100%)").FocusAsync();
        await page.Keyboard.TypeAsync("15");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("키보드로 보고");
        await page.GetByLabel("진행률 (0–100%)").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("진행 상황을 기록했습니다.");
        await Expect(page.Locator("#task-percent")).ToHaveTextAsync("15%");
    }

    [ChromiumFact]
    public async Task A_list_opened_without_a_year_shows_the_latest_year_with_records_and_says_why_when_this_year_has_none()
    {
        // "Today" is 2049-12-31 here and no meeting is dated 2049: the meetings page opens on 2048, the latest year that has one.
        var division = await Create("api/divisions", new { name = "연도 기본 분과", field = "연도", on = "2048-01-10" });
        var civil = await Create("api/people", new { name = "연도 기본 회원", sector = "civil" });
        var officer = await Create("api/people", new { name = "연도 기본 주무관", sector = "administration", organisation = "성북구청 자치행정과" });
        await Create("api/meetings", new { divisionId = division, kind = "regular", participants = new[] { civil, officer }, minutes = "연말 정기 회의", on = "2048-12-10" });

        var page = await browser.SignedIn(Roles.Auditor);
        await page.GetByRole(AriaRole.Link, new() { Name = "정기 회의", Exact = true }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("2048년 정기 회의");
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("올해(2049년)에는 아직 기록이 없어");
        await Expect(page.Locator("main")).ToContainTextAsync("연도 기본 분과");
        await AdminBrowser.Screenshot(page, "meetings-latest-year");

        await page.GotoAsync("/meetings?year=2049");
        await Expect(page.Locator("h1")).ToHaveTextAsync("2049년 정기 회의");
        await Expect(page.GetByRole(AriaRole.Note)).ToHaveCountAsync(0);
    }

    private static async Task ReportProgress(IPage page, string percent, string note, string on)
    {
        await page.GetByLabel("진행률 (0–100%)").FillAsync(percent);
        await page.GetByLabel("내용").FillAsync(note);
        await page.GetByLabel("날짜 (비우면 오늘)").First.FillAsync(on);
        await page.GetByRole(AriaRole.Button, new() { Name = "진행 보고" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("진행 상황을 기록했습니다.");
    }

    /// <summary>A division with a civil–civil workshop on 2026-05-10 (no monitoring review) that adopted one 2027 task.</summary>
    private async Task<string> AdoptedTask(string divisionName, string title)
    {
        var (_, task) = await DivisionWithTask(divisionName, title);
        return task;
    }

    private async Task<string> AdoptedTaskDivision(string divisionName) => (await DivisionWithTask(divisionName, $"{divisionName} 과제")).Division;

    private async Task<(string Division, string Task)> DivisionWithTask(string divisionName, string title)
    {
        await LaunchNetwork();
        var division = await Create("api/divisions", new { name = divisionName, field = divisionName.Replace(" 분과", ""), on = "2025-03-20" });
        var person = await Create("api/people", new { name = $"{divisionName} 회원", sector = "civil" });
        var workshop = await Create("api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { person }, on = "2026-05-10" });
        var task = await Create($"api/workshops/{workshop}/strategic-tasks", new { title, year = 2027, divisionId = division });
        return (division, task);
    }

    private async Task LaunchNetwork()
    {
        var api = await browser.ApiClient();
        var launched = await api.PostAsJsonAsync("api/network/launch", new { name = "협치성북 민간추진단", district = "성북구", on = "2025-03-01" });
        Assert.True(launched.IsSuccessStatusCode || (int)launched.StatusCode == 409, $"launch answered {(int)launched.StatusCode}");
    }

    private async Task<string> Create(string path, object body)
    {
        var api = await browser.ApiClient();
        var response = await api.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
