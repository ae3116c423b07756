using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hyeopchi.Browser.Tests;

/// <summary>The joint TF, expo, education, monitoring and report pages, the dashboard and the public page, in a real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class ProcessPagesTests(AdminBrowser browser)
{
    [ChromiumFact]
    public async Task A_refused_TF_formation_shows_R6_and_the_missing_sectors_then_the_TF_forms_and_drafts_are_compared()
    {
        var api = await browser.ApiClient();
        var civil = await Id(api, "api/people", new { name = "강민호", sector = "civil", organisation = "성북시민연대" });
        var admin = await Id(api, "api/people", new { name = "윤서진", sector = "administration", organisation = "성북구청 협치지원과", rank = "sectionChiefOrAbove" });
        var council = await Id(api, "api/people", new { name = "정하늘", sector = "council", organisation = "성북구의회" });

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GetByRole(AriaRole.Link, new() { Name = "합동 TF", Exact = true }).ClickAsync();
        await page.GetByLabel("TF 이름").FillAsync("협치 조례 합동 TF");
        await page.GetByRole(AriaRole.Button, new() { Name = "TF 설치" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("합동 TF를 설치했습니다.");

        await page.GetByLabel("참여자 (부문은 등록된 대로)").SelectOptionAsync(new SelectOptionValue { Label = "강민호 (민간, 성북시민연대)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "위원 위촉" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("위원을 위촉했습니다.");
        await Expect(page.Locator("#missing-sectors")).ToContainTextAsync("행정, 의회");

        // The TF was set up today (no date given), so its formation is dated today too.
        await page.Locator("#form-on").FillAsync(Hyeopchi.Testing.HyeopchiApp.Today);
        await page.GetByRole(AriaRole.Button, new() { Name = "TF 구성" }).ClickAsync();
        var refusal = page.GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("규칙 R6");
        await Expect(refusal.Locator(".unmet li")).ToHaveCountAsync(2);
        await Expect(refusal).ToContainTextAsync("행정 위원");
        await Expect(refusal).ToContainTextAsync("의회 위원");
        await Expect(page.Locator("#form-on")).ToHaveValueAsync(Hyeopchi.Testing.HyeopchiApp.Today);
        await Expect(page.Locator("#tf-status")).ToHaveTextAsync("구성 중");
        await AdminBrowser.Screenshot(page, "taskforce-refused-formation");

        foreach (var label in new[] { "윤서진 (행정, 성북구청 협치지원과)", "정하늘 (의회, 성북구의회)" })
        {
            await page.GetByLabel("참여자 (부문은 등록된 대로)").SelectOptionAsync(new SelectOptionValue { Label = label });
            await page.GetByRole(AriaRole.Button, new() { Name = "위원 위촉" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("위원을 위촉했습니다.");
        }

        await Expect(page.Locator("#missing-sectors")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "TF 구성" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("TF를 구성했습니다.");
        await Expect(page.Locator("#tf-status")).ToHaveTextAsync("구성됨");

        await page.GetByLabel("초안 전문").FillAsync("제1조 목적\n제2조 정의");
        await page.GetByRole(AriaRole.Button, new() { Name = "초안 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("조례안 초안을 기록했습니다.");
        await page.GetByLabel("초안 전문").FillAsync("제1조 목적\n제2조 정의\n제3조 협치위원회");
        await page.GetByLabel("바뀐 점 (선택)").FillAsync("협치위원회 조항 추가");
        await page.GetByRole(AriaRole.Button, new() { Name = "초안 기록" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "비교" }).ClickAsync();
        await Expect(page.Locator("#diff .diff-added")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("제3조 협치위원회"));
        await Expect(page.Locator("#diff .diff-removed")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "의회에 제출" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("조례안을 의회에 제출했습니다.");
        await page.GetByRole(AriaRole.Button, new() { Name = "부결 기록" }).ClickAsync();
        await Expect(page.Locator("#reject-reasons-error")).ToContainTextAsync("사유를 하나 이상");
        await page.GetByLabel("조례 번호").FillAsync("성북구조례 제1500호");
        await page.GetByRole(AriaRole.Button, new() { Name = "제정 기록" }).ClickAsync();
        await Expect(page.Locator("#tf-status")).ToHaveTextAsync("조례 제정됨");
        await Expect(page.Locator("#submissions")).ToContainTextAsync("성북구조례 제1500호");
        await AdminBrowser.Screenshot(page, "taskforce-laptop");
        await page.SetViewportSizeAsync(AdminBrowser.Phone.Width, AdminBrowser.Phone.Height);
        await AdminBrowser.Screenshot(page, "taskforce-phone");
        _ = (civil, admin, council);
    }

    [ChromiumFact]
    public async Task An_auditor_reads_the_TF_without_forms_and_a_forged_form_post_is_403()
    {
        var api = await browser.ApiClient();
        var id = await Id(api, "api/task-force", new { name = "감사용 TF", on = "2027-05-02" });
        var page = await browser.SignedIn(Roles.Auditor);
        await page.GotoAsync($"/task-force/{id}");
        await Expect(page.Locator("h1")).ToHaveTextAsync("감사용 TF");
        await Expect(page.Locator("form[method=post]:not(.signout)")).ToHaveCountAsync(0);

        var token = await page.Locator("form.signout input[name='__RequestVerificationToken']").GetAttributeAsync("value");
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token!);
        var forged = await page.Context.APIRequest.PostAsync($"/task-force/{id}?handler=form", new() { Form = form, MaxRedirects = 0 });
        Assert.Equal(403, forged.Status);
        Assert.Contains("권한이 없습니다", await forged.TextAsync());
    }

    [ChromiumFact]
    public async Task A_signed_in_user_downloads_the_monitoring_CSV_with_a_BOM_and_Korean_rows_and_opens_the_chart_page()
    {
        var api = await browser.ApiClient();
        var division = await Id(api, "api/divisions", new { name = "모니터링 분과", field = "모니터링", on = "2026-03-20" });
        await SeedEvaluation(api, 2041, division, 41.5m, publish: "2041년 보고서: 참여율이 기준을 넘음.");
        await SeedEvaluation(api, 2042, division, 47m, publish: null);

        var page = await browser.SignedIn(Roles.Auditor);
        await page.GetByRole(AriaRole.Link, new() { Name = "보고서", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("보고서");
        await page.GetByLabel("시작 연도").FillAsync("2041");
        await page.GetByLabel("끝 연도").FillAsync("2042");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "CSV 내려받기" }).ClickAsync());
        Assert.Equal("monitoring-2041-2042.csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("divisionId,division,indicator,year,score,change\r\n", csv);
        Assert.Contains($"{division},모니터링 분과,P9,2041,41.5,", csv);
        Assert.Contains($"{division},모니터링 분과,P9,2042,47,5.5", csv);

        var response = await page.Context.APIRequest.GetAsync("/reports?handler=csv&from=2041&to=2042");
        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.Headers["content-type"]);

        await page.GotoAsync("/reports?from=2041&to=2042");
        var workbook = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "엑셀 (.xlsx) 내려받기" }).ClickAsync());
        Assert.Equal("monitoring-2041-2042.xlsx", workbook.SuggestedFilename);
        var rows = MiniExcelLibs.MiniExcel.Query((await workbook.PathAsync())!, useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["분과", "지표", "연도", "평균 점수", "전년 대비"], rows[0].Keys);
        Assert.Contains(rows, r => (string?)r["분과"] == "모니터링 분과" && Convert.ToDouble(r["연도"]) == 2042 && Convert.ToDouble(r["평균 점수"]) == 47 && Convert.ToDouble(r["전년 대비"]) == 5.5);

        await page.GotoAsync("/reports");
        await page.GetByLabel("시작 연도").FillAsync("2043");
        await page.GetByLabel("끝 연도").FillAsync("2042");
        await page.GetByRole(AriaRole.Button, new() { Name = "CSV 내려받기" }).ClickAsync();
        await Expect(page.Locator("#to-error")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("시작 연도")).ToHaveValueAsync("2043");

        await page.GetByLabel("시작 연도").FillAsync("2041");
        await page.GetByRole(AriaRole.Button, new() { Name = "비교 보고서 보기" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("모니터링 결과 연도별 비교 2041–2042");
        await Expect(page.Locator("svg").First).ToBeVisibleAsync();
        await AdminBrowser.Screenshot(page, "report-monitoring");
    }

    [ChromiumFact]
    public async Task The_dashboard_shows_this_years_obligations_tasks_and_the_next_expo_as_the_API_reads_them()
    {
        var api = await browser.ApiClient();
        var year = Hyeopchi.Testing.HyeopchiApp.TodayDate.Year;
        var launch = await api.PostAsJsonAsync("api/network/launch", new { name = "협치성북 민간추진단", district = "서울특별시 성북구", on = $"{year}-01-05" });
        Assert.True(launch.IsSuccessStatusCode || (int)launch.StatusCode == 409);
        await Id(api, "api/divisions", new { name = "대시보드 분과", field = "대시보드", on = $"{year}-01-20" });
        await SeedTask(year, "동네 돌봄 지도 만들기", StrategicTaskStatus.InProgress);
        await SeedTask(year, "마을 에너지 전환 교육", null);
        (await api.PostAsJsonAsync("api/expos", new
        {
            year = year + 1, submissionsOpen = $"{year + 1}-01-10", submissionsClose = $"{year + 1}-02-10", opensOn = $"{year + 1}-03-06", closesOn = $"{year + 1}-03-08", on = $"{year}-12-01",
        })).EnsureSuccessStatusCode();

        var compliance = await api.GetFromJsonAsync<JsonElement>($"api/compliance/{year}");
        var obligations = compliance.GetProperty("network").EnumerateArray()
            .Concat(compliance.GetProperty("divisions").EnumerateArray().SelectMany(d => d.GetProperty("obligations").EnumerateArray())).ToList();
        var missing = obligations.Count(o => o.GetProperty("status").GetString() == "missing");
        var met = obligations.Count(o => o.GetProperty("status").GetString() == "met");
        var tasks = await api.GetFromJsonAsync<JsonElement>($"api/strategic-tasks?year={year}");
        var inProgress = tasks.EnumerateArray().Count(t => t.GetProperty("status").GetString() == "inProgress");
        Assert.True(missing > 0 && inProgress > 0);

        var page = await browser.SignedIn(Roles.Auditor);
        await Expect(page.Locator("#obligation-figures .figure", new() { HasText = "미충족" }).Locator(".number")).ToHaveTextAsync(missing.ToString());
        await Expect(page.Locator("#obligation-figures .figure", new() { HasText = "충족" }).First.Locator(".number")).ToHaveTextAsync(met.ToString());
        await Expect(page.Locator("#task-figures .figure", new() { HasText = "진행 중" }).Locator(".number")).ToHaveTextAsync(inProgress.ToString());
        await Expect(page.Locator("#upcoming")).ToContainTextAsync($"{year + 1} 협치 정책 박람회");
        await Expect(page.Locator("#upcoming")).ToContainTextAsync($"{year + 1}년 3월 6일");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("곧 추가될 현황");
        await AdminBrowser.Screenshot(page, "dashboard-figures-laptop");
        await page.SetViewportSizeAsync(AdminBrowser.Phone.Width, AdminBrowser.Phone.Height);
        await AdminBrowser.Screenshot(page, "dashboard-figures-phone");
    }

    [ChromiumFact]
    public async Task A_coordinator_plans_an_expo_and_a_late_exhibit_and_an_unstaffed_opening_are_refused_by_R9()
    {
        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GetByRole(AriaRole.Link, new() { Name = "정책 박람회", Exact = true }).ClickAsync();
        await page.GetByLabel("연도").FillAsync("2031");
        await page.GetByLabel("출품 신청 시작").FillAsync("2031-01-10");
        await page.GetByLabel("출품 신청 마감").FillAsync("2031-02-10");
        await page.GetByLabel("개막일").FillAsync("2031-03-06");
        await page.GetByRole(AriaRole.Button, new() { Name = "박람회 계획" }).ClickAsync();
        await Expect(page.Locator("#plan-closes-error")).ToContainTextAsync("값을 입력하세요");
        await Expect(page.GetByLabel("개막일")).ToHaveValueAsync("2031-03-06");
        await page.GetByLabel("폐막일").FillAsync("2031-03-08");
        await page.GetByRole(AriaRole.Button, new() { Name = "박람회 계획" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("박람회를 계획했습니다.");
        await Expect(page.Locator("#expo-status")).ToHaveTextAsync("준비 중");

        await page.GetByLabel("출품 단체").FillAsync("성북구청 자치행정과");
        await page.GetByLabel("단체 유형").SelectOptionAsync(new SelectOptionValue { Label = "행정" });
        await page.GetByLabel("출품 제목").FillAsync("주민자치회 전면 확대");
        await page.GetByLabel("소개 (공개됨)").FillAsync("동마다 주민자치회가 마을 의제를 정합니다.");
        await page.GetByLabel("신청일 (비우면 오늘)").FillAsync("2031-02-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "출품 신청 기록" }).ClickAsync();
        var late = page.GetByRole(AriaRole.Alert);
        await Expect(late).ToContainTextAsync("규칙 R9");
        await Expect(late).ToContainTextAsync("제출 기간 2031-01-10–2031-02-10");
        await Expect(page.GetByLabel("출품 제목")).ToHaveValueAsync("주민자치회 전면 확대");

        await page.GetByLabel("신청일 (비우면 오늘)").FillAsync("2031-01-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "출품 신청 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("출품 신청을 기록했습니다.");
        await page.GetByLabel("심사할 출품").SelectOptionAsync(new SelectOptionValue { Label = "주민자치회 전면 확대 (성북구청 자치행정과)" });
        await page.GetByLabel("채택").CheckAsync();
        await page.GetByLabel("날짜 (비우면 오늘)").Nth(1).FillAsync("2031-02-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "심사 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("심사 결과를 기록했습니다.");

        await page.Locator("#open-on").FillAsync("2031-03-06");
        await page.GetByRole(AriaRole.Button, new() { Name = "개막" }).ClickAsync();
        var refusal = page.GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("규칙 R9");
        await Expect(refusal.Locator(".unmet li")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("주민자치회 전면 확대 \\(성북구청 자치행정과\\): 상주 인력 없음"));
        await Expect(page.Locator("#unstaffed")).ToContainTextAsync("주민자치회 전면 확대");
        await AdminBrowser.Screenshot(page, "expo-refused-opening");

        foreach (var day in new[] { "2031-03-06", "2031-03-07", "2031-03-08" }) // R9: staff on every day of the expo
        {
            await page.GetByLabel("출품", new() { Exact = true }).Nth(1).SelectOptionAsync(new SelectOptionValue { Label = "주민자치회 전면 확대 (성북구청 자치행정과)" });
            await page.GetByLabel("상주자 이름 (공개되지 않음)").FillAsync("오태양");
            await page.GetByLabel("박람회 날").FillAsync(day);
            await page.GetByRole(AriaRole.Button, new() { Name = "상주 인력 배정" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("상주 인력을 배정했습니다.");
        }

        await Expect(page.Locator("#exhibits")).ToContainTextAsync("오태양");
        await page.Locator("#open-on").FillAsync("2031-03-06");
        await page.GetByRole(AriaRole.Button, new() { Name = "개막" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("박람회가 개막했습니다.");
        await Expect(page.Locator("#expo-status")).ToContainTextAsync("개막");
        await AdminBrowser.Screenshot(page, "expo-laptop");
        await page.SetViewportSizeAsync(AdminBrowser.Phone.Width, AdminBrowser.Phone.Height);
        await AdminBrowser.Screenshot(page, "expo-phone");
    }

    [ChromiumFact]
    public async Task A_coordinator_changes_the_expo_venue_and_joins_a_person_to_its_planning_team()
    {
        var api = await browser.ApiClient();
        await Id(api, "api/people", new { name = "추진팀원한결", sector = "civil", organisation = "성북마을넷" });
        (await api.PostAsJsonAsync("api/expos", new { year = 2033, submissionsOpen = "2033-01-10", submissionsClose = "2033-02-10", opensOn = "2033-03-06", closesOn = "2033-03-08", on = "2032-12-01" }))
            .EnsureSuccessStatusCode();
        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync("/expo/2033");

        await page.GetByLabel("이유", new() { Exact = true }).FillAsync("공사로 바람마당을 쓸 수 없음");
        await page.GetByRole(AriaRole.Button, new() { Name = "장소 변경" }).ClickAsync();
        await Expect(page.Locator("#venue-venue-error")).ToContainTextAsync("값을 입력하세요");
        await Expect(page.GetByLabel("이유", new() { Exact = true })).ToHaveValueAsync("공사로 바람마당을 쓸 수 없음");
        await page.GetByLabel("새 장소").FillAsync("성북아트홀");
        await page.GetByRole(AriaRole.Button, new() { Name = "장소 변경" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("장소를 바꿨습니다.");
        await Expect(page.Locator("dl")).ToContainTextAsync("성북아트홀");

        await page.GetByLabel("참여자", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "추진팀원한결 (성북마을넷)" });
        await page.GetByLabel("역할").FillAsync("홍보");
        await page.GetByRole(AriaRole.Button, new() { Name = "추진팀 합류" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("추진팀에 합류했습니다.");
        await Expect(page.Locator("dl")).ToContainTextAsync("추진팀원한결 (홍보)");

        var auditor = await browser.SignedIn(Roles.Auditor);
        await auditor.GotoAsync("/expo/2033");
        await Expect(auditor.GetByRole(AriaRole.Button, new() { Name = "장소 변경" })).ToHaveCountAsync(0);
        await Expect(auditor.GetByRole(AriaRole.Button, new() { Name = "추진팀 합류" })).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task Without_sign_in_the_public_page_shows_tasks_a_published_report_and_accepted_exhibits_but_no_declined_exhibit_nor_private_names()
    {
        var api = await browser.ApiClient();
        var division = await Id(api, "api/divisions", new { name = "공개 분과", field = "공개", on = "2026-03-20" });
        var task = await SeedTask(2045, "골목 쉼터 스무 곳 만들기", StrategicTaskStatus.InProgress, percent: 40);
        await SeedEvaluation(api, 2044, division, 52m, publish: "2044년 보고서: 공개 분과의 주민 참여가 늘었음.", monitorName: "비공개모니터");
        await SeedEvaluation(api, 2045, division, 50m, publish: null, monitorName: "미발간모니터");
        (await api.PostAsJsonAsync("api/expos", new { year = 2032, submissionsOpen = "2032-01-10", submissionsClose = "2032-02-10", opensOn = "2032-03-06", closesOn = "2032-03-08", on = "2031-12-01" }))
            .EnsureSuccessStatusCode();
        var accepted = await Id(api, "api/expos/2032/exhibits", new { organisation = "성북마을넷", organisationType = "civil", title = "마을 공유 부엌", summary = "이웃이 함께 요리합니다.", on = "2032-01-20" });
        var declined = await Id(api, "api/expos/2032/exhibits", new { organisation = "반려된단체", organisationType = "civil", title = "반려된 출품", summary = "반려됨", on = "2032-01-21" });
        (await api.PostAsJsonAsync($"api/expos/2032/exhibits/{accepted}/review", new { decision = "accept", on = "2032-02-15" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"api/expos/2032/exhibits/{declined}/review", new { decision = "decline", reason = "주제가 맞지 않음", on = "2032-02-15" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"api/expos/2032/exhibits/{accepted}/staff", new { name = "상주직원김", day = "2032-03-06", on = "2032-02-20" })).EnsureSuccessStatusCode();

        var page = await browser.NewPage();
        await page.GotoAsync("/public");
        await Expect(page.Locator("#public-tasks tr", new() { HasText = "골목 쉼터 스무 곳 만들기" })).ToContainTextAsync("40%");
        await Expect(page.Locator("#public-reports")).ToContainTextAsync("2044년 보고서: 공개 분과의 주민 참여가 늘었음.");
        await Expect(page.Locator("#public-reports")).Not.ToContainTextAsync("2045년 모니터링 보고서");
        var expo = page.Locator("article.public-expo", new() { HasText = "2032 협치 정책 박람회" });
        await Expect(expo).ToContainTextAsync("마을 공유 부엌 (성북마을넷)");
        var body = page.Locator("body");
        foreach (var hidden in new[] { "반려된 출품", "반려된단체", "주제가 맞지 않음", "상주직원김", "비공개모니터", "미발간모니터", "admin", "seed" })
            await Expect(body).Not.ToContainTextAsync(hidden);
        await Expect(page.Locator("form")).ToHaveCountAsync(0);
        await AdminBrowser.Screenshot(page, "public-full-laptop");
        await page.SetViewportSizeAsync(AdminBrowser.Phone.Width, AdminBrowser.Phone.Height);
        await AdminBrowser.Screenshot(page, "public-full-phone");

        await expo.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("2032 협치 정책 박람회");
        await Expect(page.Locator("body")).ToContainTextAsync("마을 공유 부엌");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("반려된 출품");
        // Styled by the admin's stylesheet, which the content-security policy allows (an inline <style> was blocked).
        await Expect(page.Locator("header.top")).ToHaveCSSAsync("background-color", "rgb(11, 79, 138)");
        _ = task;
    }

    [ChromiumFact]
    public async Task An_untrained_monitor_is_refused_by_R7_and_a_monitor_user_records_only_their_own_evaluation()
    {
        var api = await browser.ApiClient();
        var division = await Id(api, "api/divisions", new { name = "평가 분과", field = "평가", on = "2026-03-20" });
        await Id(api, "api/people", new { name = "교육안받은사람", sector = "civil" });
        var other = await SeedEvaluation(api, 2046, division, 40m, publish: null, monitorName: "다른 모니터");
        var (monitorUser, _) = await browser.UserFor(Roles.Monitor);
        var own = await Id(api, "api/people", new { name = "내 모니터", sector = "civil" });
        var course = await Id(api, "api/courses", new { kind = "monitorTraining", year = 2046, title = "2046년 추가 교육", on = "2046-03-01" });
        (await api.PostAsJsonAsync($"api/courses/{course}/enrollments", new { personId = own, on = "2046-03-02" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"api/courses/{course}/sessions", new { title = "1회차", attendees = new[] { own }, on = "2046-03-10" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"api/courses/{course}/completions", new { personId = own, on = "2046-03-20" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("api/monitoring/2046/monitors", new { personId = own, userName = monitorUser, on = "2046-04-01" })).EnsureSuccessStatusCode();

        var coordinator = await browser.SignedIn(Roles.Coordinator);
        await coordinator.GotoAsync("/monitoring/2046");
        await coordinator.GetByLabel("참여자").SelectOptionAsync(new SelectOptionValue { Label = "교육안받은사람 (민간)" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "모니터 위촉" }).ClickAsync();
        var refusal = coordinator.GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("규칙 R7");
        await Expect(refusal).ToContainTextAsync("교육안받은사람 님은 위촉일인 2049년 12월 31일까지 모니터링단 교육을 수료하지 않았습니다");
        await Expect(coordinator.Locator("#monitors")).Not.ToContainTextAsync("교육안받은사람");
        await AdminBrowser.Screenshot(coordinator, "monitoring-refused-appointment");

        var page = await browser.SignedIn(Roles.Monitor);
        await page.GetByRole(AriaRole.Link, new() { Name = "모니터링", Exact = true }).ClickAsync();
        await page.GotoAsync("/monitoring/2046");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "모니터 위촉" })).ToHaveCountAsync(0);
        await Expect(page.Locator("#evaluation-monitor option")).ToHaveTextAsync(["내 모니터"]);
        await page.GetByLabel("분과").SelectOptionAsync(new SelectOptionValue { Label = "평가 분과" });
        await page.GetByLabel("지표", new() { Exact = true }).SelectOptionAsync("P9");
        await page.GetByLabel("점수 (정량 지표)").FillAsync("150");
        await page.Locator("#evaluation-on").FillAsync("2046-10-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "평가 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("150은(는) 범위를 벗어납니다");
        await Expect(page.GetByLabel("점수 (정량 지표)")).ToHaveValueAsync("150");
        await page.GetByLabel("점수 (정량 지표)").FillAsync("48.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "평가 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("평가를 기록했습니다.");
        var row = page.Locator("#evaluations tr", new() { HasText = "내 모니터" });
        await Expect(row).ToContainTextAsync("P9 주민 참여율: 48.5 (달성)");
        await Expect(row).ToContainTextAsync(monitorUser);
        await AdminBrowser.Screenshot(page, "monitoring-monitor-laptop");

        var token = await page.Locator("form.signout input[name='__RequestVerificationToken']").GetAttributeAsync("value");
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token!);
        form.Set("Evaluation.MonitorId", other);
        form.Set("Evaluation.DivisionId", division);
        form.Set("Evaluation.Code", "P9");
        form.Set("Evaluation.Score", "10");
        var forged = await page.Context.APIRequest.PostAsync("/monitoring/2046?handler=evaluation", new() { Form = form, MaxRedirects = 0 });
        Assert.Equal(403, forged.Status);
        var appoint = page.Context.APIRequest.CreateFormData();
        appoint.Set("__RequestVerificationToken", token!);
        appoint.Set("Appoint.PersonId", own);
        Assert.Equal(403, (await page.Context.APIRequest.PostAsync("/monitoring/2046?handler=appoint", new() { Form = appoint, MaxRedirects = 0 })).Status);
        var evaluations = await api.GetFromJsonAsync<JsonElement>("api/monitoring/2046");
        Assert.Equal(2, evaluations.GetProperty("evaluations").GetArrayLength());
    }

    [ChromiumFact]
    public async Task A_coordinator_opens_a_course_records_a_session_and_a_completion_and_the_training_record_shows_it()
    {
        var api = await browser.ApiClient();
        await Id(api, "api/people", new { name = "문재현", sector = "civil" });
        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GetByRole(AriaRole.Link, new() { Name = "교육", Exact = true }).ClickAsync();
        await page.GetByLabel("과정 종류").SelectOptionAsync(new SelectOptionValue { Label = "주민 리더 교육" });
        await page.GetByLabel("과정 연도").FillAsync("2047");
        await page.GetByRole(AriaRole.Button, new() { Name = "과정 개설" }).ClickAsync();
        await Expect(page.Locator("#open-title-error")).ToContainTextAsync("값을 입력하세요");
        await page.GetByLabel("과정 이름").FillAsync("2047년 주민 리더 교육");
        await page.GetByRole(AriaRole.Button, new() { Name = "과정 개설" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("과정을 개설했습니다.");

        await page.GetByLabel("참여자").SelectOptionAsync(new SelectOptionValue { Label = "문재현 (민간)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "수강 신청 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("수강 신청을 기록했습니다.");
        await page.GetByRole(AriaRole.Button, new() { Name = "수료 기록" }).ClickAsync();
        await Expect(page.Locator("#complete-person-error")).ToContainTextAsync("값을 입력하세요");
        await page.GetByLabel("회차 제목").FillAsync("1회차 협치의 이해");
        await page.GetByLabel("문재현").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "회차 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("회차를 기록했습니다.");
        await page.Locator("#complete-person").SelectOptionAsync(new SelectOptionValue { Label = "문재현 (출석 1/1)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "수료 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("수료를 기록했습니다.");
        await AdminBrowser.Screenshot(page, "education-course-laptop");

        await page.GetByRole(AriaRole.Link, new() { Name = "문재현" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("문재현 교육 이력");
        var record = page.Locator("#training tr", new() { HasText = "2047년 주민 리더 교육" });
        await Expect(record).ToContainTextAsync("1/1회");
        await Expect(record).ToContainTextAsync("주민 리더 교육");
        await page.GotoAsync("/education?year=2047&kind=leaderEducation");
        await Expect(page.Locator("#courses tbody tr")).ToHaveCountAsync(1);
        await page.SetViewportSizeAsync(AdminBrowser.Phone.Width, AdminBrowser.Phone.Height);
        await AdminBrowser.Screenshot(page, "education-phone");
    }

    [ChromiumFact]
    public async Task Every_new_page_has_labelled_inputs_and_the_skip_link_first()
    {
        var api = await browser.ApiClient();
        var tf = await Id(api, "api/task-force", new { name = "접근성 TF" });
        var page = await browser.SignedIn(Roles.Admin);
        foreach (var path in new[] { "/", "/task-force", $"/task-force/{tf}", "/expo", "/education", "/monitoring", "/monitoring/2046", "/reports" })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, path);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
            var unlabelled = await page.EvaluateAsync<int>(
                "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0).length");
            Assert.True(unlabelled == 0, $"{path}: {unlabelled} unlabelled");
            await page.Keyboard.PressAsync("Tab");
            await Expect(page.Locator(":focus")).ToHaveTextAsync("본문으로 건너뛰기");
        }
    }

    [ChromiumFact]
    public async Task An_admin_erases_a_person_who_then_shows_as_erased_and_a_coordinator_sees_no_erasure_form()
    {
        var api = await browser.ApiClient();
        var person = await Id(api, "api/people", new { name = "지워질사람문하람", sector = "civil", organisation = "문하람공방" });
        var division = await Id(api, "api/divisions", new { name = "삭제시험분과", field = "시험" });
        (await api.PostAsJsonAsync($"api/divisions/{division}/chair", new { personId = person })).EnsureSuccessStatusCode();

        var coordinator = await browser.SignedIn(Roles.Coordinator);
        await coordinator.GotoAsync("/people");
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "개인정보 삭제" })).ToHaveCountAsync(0);

        var page = await browser.SignedIn(Roles.Admin);
        await page.GotoAsync("/people");
        await page.GetByLabel("삭제할 참여자").SelectOptionAsync(new SelectOptionValue { Label = "지워질사람문하람 (민간, 문하람공방)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "개인정보 삭제" }).ClickAsync();
        await Expect(page.Locator("#erasure-reason-error")).ToContainTextAsync("값을 입력하세요");
        await Expect(page.GetByLabel("삭제할 참여자")).ToHaveValueAsync(person);

        await page.GetByLabel("삭제 사유").FillAsync("정보주체의 삭제 요구");
        await page.GetByRole(AriaRole.Button, new() { Name = "개인정보 삭제" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("개인정보를 삭제했습니다.");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("지워질사람문하람");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("문하람공방");

        await page.GotoAsync($"/divisions/{division}");
        await Expect(page.Locator("main")).ToContainTextAsync("삭제된 사람");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("지워질사람문하람");
    }

    internal static async Task<string> Id(HttpClient api, string path, object body)
    {
        var response = await api.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>A trained monitor of <paramref name="year"/> evaluates the division on indicator P9; the report is published if given.</summary>
    internal static async Task<string> SeedEvaluation(HttpClient api, int year, string division, decimal score, string? publish, string monitorName = "모니터 시험")
    {
        var defined = await api.PostAsJsonAsync("api/monitoring/indicators", new { code = "P9", name = "주민 참여율", kind = "quantitative", baseline = 30, target = 45, scaleMin = 0, scaleMax = 100, unit = "%" });
        Assert.True(defined.IsSuccessStatusCode || (int)defined.StatusCode == 409, await defined.Content.ReadAsStringAsync());
        var monitor = await Id(api, "api/people", new { name = $"{monitorName} {year}", sector = "civil" });
        var course = await Id(api, "api/courses", new { kind = "monitorTraining", year, title = $"{year}년 모니터링단 교육", on = $"{year}-03-01" });
        (await api.PostAsJsonAsync($"api/courses/{course}/enrollments", new { personId = monitor, on = $"{year}-03-02" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"api/courses/{course}/sessions", new { title = "1회차", attendees = new[] { monitor }, on = $"{year}-03-10" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"api/courses/{course}/completions", new { personId = monitor, on = $"{year}-03-20" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"api/monitoring/{year}/monitors", new { personId = monitor, on = $"{year}-04-01" })).EnsureSuccessStatusCode();
        var evaluation = await api.PostAsJsonAsync($"api/monitoring/{year}/evaluations", new
        {
            monitorId = monitor, divisionId = division, indicators = new[] { new { code = "P9", kind = "quantitative", score } }, on = $"{year}-10-01",
        });
        Assert.True(evaluation.IsSuccessStatusCode, await evaluation.Content.ReadAsStringAsync());
        if (publish is not null)
            (await api.PostAsJsonAsync($"api/monitoring/{year}/report", new { summary = publish, on = $"{year}-12-20" })).EnsureSuccessStatusCode();
        return monitor;
    }

    /// <summary>Until the workshop pages exist the Given adopts tasks through the store, as a workshop decision would.</summary>
    internal async Task<Guid> SeedTask(int year, string title, StrategicTaskStatus? status, int percent = 0)
    {
        var id = Guid.CreateVersion7();
        await using var session = browser.Store.LightweightSession();
        session.LastModifiedBy = "seed";
        session.Events.StartStream(id, new StrategicTaskAdopted(id, title, year, StrategicTaskOwner.JointOf(), Guid.CreateVersion7(), null, null, new DateOnly(year, 1, 10)));
        if (status is { } to) session.Events.Append(id, new StrategicTaskStatusChanged(id, StrategicTaskStatus.Planned, to, "착수", new DateOnly(year, 2, 1)));
        if (percent > 0) session.Events.Append(id, new StrategicTaskProgressReported(id, percent, "진행 보고", null, new DateOnly(year, 3, 1)));
        await session.SaveChangesAsync();
        return id;
    }
}
