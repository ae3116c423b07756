using System.Net.Http.Json;
using System.Text.Json;
using Hyeopchi.Host.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hyeopchi.Browser.Tests;

/// <summary>The rest of the plan from a browser: indicators and evaluation evidence, milestones, owners and progress corrections.</summary>
[Collection(BrowserCollection.Name)]
public class PlanFormsTests(AdminBrowser browser)
{
    [ChromiumFact]
    public async Task A_coordinator_defines_an_indicator_records_an_evaluation_with_it_and_attaches_survey_evidence()
    {
        var api = await browser.ApiClient();
        var division = await Create("api/divisions", new { name = "지표 분과", field = "지표", on = "2026-03-20" });
        var monitor = await Create("api/people", new { name = "설문 모니터", sector = "civil" });
        var course = await Create("api/courses", new { kind = "monitorTraining", year = 2048, title = "2048년 모니터링단 교육", on = "2048-03-01" });
        (await api.PostAsJsonAsync($"api/courses/{course}/enrollments", new { personId = monitor, on = "2048-03-02" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"api/courses/{course}/sessions", new { title = "1회차", attendees = new[] { monitor }, on = "2048-03-10" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"api/courses/{course}/completions", new { personId = monitor, on = "2048-03-20" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("api/monitoring/2048/monitors", new { personId = monitor, on = "2048-04-01" })).EnsureSuccessStatusCode();
        _ = division;

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync("/monitoring/2048");

        // A quantitative indicator without its scale: the field says so and what was typed stays.
        await page.GetByLabel("지표 코드 (영문·숫자)").FillAsync("Q48");
        await page.GetByLabel("지표 이름").FillAsync("주민 만족도");
        await page.GetByLabel("지표 종류").SelectOptionAsync(new SelectOptionValue { Label = "정량" });
        await page.GetByLabel("목표값 (선택)").FillAsync("4");
        var invalid = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "지표 정의" }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal(400, invalid.Status);
        await Expect(page.Locator("#indicator-scale-min-error")).ToContainTextAsync("척도가 필요합니다");
        await Expect(page.GetByLabel("척도 최솟값 (정량 지표)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("지표 이름")).ToHaveValueAsync("주민 만족도");
        await Expect(page.GetByLabel("목표값 (선택)")).ToHaveValueAsync("4");

        await page.GetByLabel("척도 최솟값 (정량 지표)").FillAsync("1");
        await page.GetByLabel("척도 최댓값 (정량 지표)").FillAsync("5");
        await page.GetByLabel("기준값 (선택)").FillAsync("3");
        await page.GetByLabel("단위 (선택)").FillAsync("점");
        await page.GetByRole(AriaRole.Button, new() { Name = "지표 정의" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("평가 지표를 정의했습니다.");
        await Expect(page.Locator("#indicators-heading + .table-wrap tr", new() { HasText = "Q48" })).ToContainTextAsync("주민 만족도");

        // The same code twice is a field error.
        await page.GetByLabel("지표 코드 (영문·숫자)").FillAsync("Q48");
        await page.GetByLabel("지표 이름").FillAsync("중복");
        await page.GetByLabel("지표 종류").SelectOptionAsync(new SelectOptionValue { Label = "정성" });
        await page.GetByRole(AriaRole.Button, new() { Name = "지표 정의" }).ClickAsync();
        await Expect(page.Locator("#indicator-code-error")).ToContainTextAsync("이미 정의된 지표 코드");

        await page.GetByLabel("모니터", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "설문 모니터" });
        await page.GetByLabel("분과", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "지표 분과" });
        await page.GetByLabel("지표", new() { Exact = true }).SelectOptionAsync("Q48");
        await page.GetByLabel("점수 (정량 지표)").FillAsync("4.2");
        await page.Locator("#evaluation-on").FillAsync("2048-10-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "평가 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("평가를 기록했습니다.");
        var row = page.Locator("#evaluations tbody tr", new() { HasText = "설문 모니터" });
        await Expect(row).ToContainTextAsync("Q48 주민 만족도: 4.2 (달성)");

        await page.GetByLabel("근거를 붙일 평가").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("방법").SelectOptionAsync(new SelectOptionValue { Label = "설문" });
        await page.GetByLabel("면접 횟수 또는 배포한 설문지 수").FillAsync("120");
        await page.GetByLabel("응답자 수").FillAsync("87");
        await page.GetByLabel("주요 발견 (한 줄에 하나, 선택)").FillAsync("마을 모임 공간이 부족하다\n분과 소식을 잘 모른다");
        await page.Locator("#evidence-on").FillAsync("2048-10-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "근거 첨부" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("면접·설문 근거를 첨부했습니다.");
        await Expect(row).ToContainTextAsync("설문 120건, 응답 87명: 마을 모임 공간이 부족하다, 분과 소식을 잘 모른다");

        var evidence = (await api.GetFromJsonAsync<JsonElement>("api/monitoring/2048")).GetProperty("evaluations")[0].GetProperty("evidence")[0];
        Assert.Equal("survey", evidence.GetProperty("method").GetString());
        Assert.Equal(87, evidence.GetProperty("respondents").GetInt32());
        Assert.Equal(0, await Unlabelled(page));
        await AdminBrowser.Screenshot(page, "monitoring-indicator-evidence");
    }

    [ChromiumFact]
    public async Task A_coordinator_adds_milestones_marks_one_reached_changes_the_owner_and_corrects_a_progress_report()
    {
        var (_, task) = await DivisionWithTask("계획 분과", "마을 계획 수립");
        var other = await Create("api/divisions", new { name = "이관 분과", field = "이관", on = "2025-03-20" });
        var api = await browser.ApiClient();
        (await api.PostAsJsonAsync($"api/strategic-tasks/{task}/progress", new { percent = 80, note = "주민 설문 완료", on = "2026-06-01" })).EnsureSuccessStatusCode();

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync($"/strategic-tasks/{task}");
        await AddMilestone(page, "주민 설문", "2027-04-30", "60");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("이정표를 추가했습니다.");
        await Expect(page.Locator("#milestones")).ToContainTextAsync("○ 주민 설문 (2027년 4월 30일까지 · 비중 60)");

        // Weights over 100 in all are refused with the rule; what was typed stays.
        await AddMilestone(page, "계획안 발표", "2027-09-30", "50");
        var refusal = page.GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("규칙 R8");
        await Expect(refusal).ToContainTextAsync("이정표 비중의 합이 110이(가) 됩니다");
        await Expect(page.GetByLabel("이정표 이름")).ToHaveValueAsync("계획안 발표");
        await Expect(page.GetByLabel("비중 (1–100)")).ToHaveValueAsync("50");
        await Expect(page.GetByLabel("기한")).ToHaveValueAsync("2027-09-30");
        await AdminBrowser.Screenshot(page, "task-refused-milestone");
        await page.GetByLabel("비중 (1–100)").FillAsync("40");
        await page.GetByRole(AriaRole.Button, new() { Name = "이정표 추가" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("이정표를 추가했습니다.");

        await page.GetByLabel("달성한 이정표").SelectOptionAsync(new SelectOptionValue { Label = "주민 설문 (2027년 4월 30일까지)" });
        await page.GetByLabel("메모 (선택)", new() { Exact = true }).FillAsync("응답 300명");
        await page.Locator("#reach-on").FillAsync("2026-06-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "달성 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("이정표 달성을 기록했습니다.");
        await Expect(page.Locator("#milestones")).ToContainTextAsync("● 주민 설문 (2027년 4월 30일까지 · 비중 60 · 2026년 6월 10일 달성)");
        await Expect(page.Locator("#reach-milestone option")).ToHaveTextAsync(["고르세요", "계획안 발표 (2027년 9월 30일까지)"]);

        await page.GetByLabel("새 담당").SelectOptionAsync(new SelectOptionValue { Label = "분과: 이관 분과" });
        await page.GetByRole(AriaRole.Button, new() { Name = "담당 변경" }).ClickAsync();
        await Expect(page.Locator("#owner-reason-error")).ToContainTextAsync("값을 입력하세요");
        await Expect(page.GetByLabel("새 담당")).ToHaveValueAsync(other);
        await page.GetByLabel("변경 사유 (필수)").FillAsync("분과 재편");
        await page.GetByRole(AriaRole.Button, new() { Name = "담당 변경" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("담당을 바꾸었습니다.");
        await Expect(page.Locator("#task-facts")).ToContainTextAsync("이관 분과");

        // A correction naming a version that is not a progress report is refused (R10); then the right one is recorded.
        await Correct(page, "1", "50", "설문 응답을 다시 셈");
        refusal = page.GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("규칙 R10");
        await Expect(refusal).ToContainTextAsync("과제의 버전 1은(는) 진행 보고가 아닙니다");
        await Expect(page.GetByLabel("정정 사유 (필수)")).ToHaveValueAsync("설문 응답을 다시 셈");
        await Expect(page.GetByLabel("바로잡은 진행률 (퍼센트)")).ToHaveValueAsync("50");
        await page.GetByLabel("정정할 진행 보고의 버전 (기록 이력의 번호)").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "정정 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("진행 보고 정정을 기록했습니다.");

        var timeline = page.Locator("#timeline tbody tr");
        await Expect(timeline.Nth(1)).ToContainTextAsync("진행률 80%. 주민 설문 완료");
        await Expect(timeline.Last).ToContainTextAsync("버전 2의 진행 보고를 50%로 정정. 사유: 설문 응답을 다시 셈");
        await Expect(timeline.Last).ToContainTextAsync("coordinator-user");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("담당 계획 분과 → 이관 분과. 사유: 분과 재편");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("이정표 달성: 응답 300명");
        Assert.Equal(0, await Unlabelled(page));
        await AdminBrowser.Screenshot(page, "task-plan-forms");

        // The auditor sees the record and none of the forms, and a forged post is refused.
        var auditor = await browser.SignedIn(Roles.Auditor);
        await auditor.GotoAsync($"/strategic-tasks/{task}");
        await Expect(auditor.Locator("#timeline tbody tr").Last).ToContainTextAsync("50%로 정정");
        await Expect(auditor.Locator("form[action*='handler=']")).ToHaveCountAsync(0);
        var token = await auditor.Locator("form.signout input[name='__RequestVerificationToken']").GetAttributeAsync("value");
        foreach (var (handler, field, value) in new[]
                 {
                     ("milestone", "Milestone.Title", "위조"), ("reach", "Reach.MilestoneId", Guid.Empty.ToString()),
                     ("owner", "NewOwner.Owner", "joint"), ("correction", "Correction.CorrectsVersion", "2"),
                 })
        {
            var form = auditor.Context.APIRequest.CreateFormData();
            form.Set("__RequestVerificationToken", token!);
            form.Set(field, value);
            var forged = await auditor.Context.APIRequest.PostAsync($"/strategic-tasks/{task}?handler={handler}", new() { Form = form, MaxRedirects = 0 });
            Assert.Equal(403, forged.Status);
        }

        await auditor.GotoAsync("/monitoring/2048");
        await Expect(auditor.Locator("form[action*='handler=']")).ToHaveCountAsync(0);
        var indicator = auditor.Context.APIRequest.CreateFormData();
        indicator.Set("__RequestVerificationToken", token!);
        indicator.Set("Indicator.Code", "FORGED");
        Assert.Equal(403, (await auditor.Context.APIRequest.PostAsync("/monitoring/2048?handler=indicator", new() { Form = indicator, MaxRedirects = 0 })).Status);
        var evidence = auditor.Context.APIRequest.CreateFormData();
        evidence.Set("__RequestVerificationToken", token!);
        evidence.Set("Evidence.Method", "survey");
        Assert.Equal(403, (await auditor.Context.APIRequest.PostAsync("/monitoring/2048?handler=evidence", new() { Form = evidence, MaxRedirects = 0 })).Status);
        Assert.Equal(0, (await (await browser.ApiClient()).GetFromJsonAsync<JsonElement>($"api/strategic-tasks/{task}")).GetProperty("milestones")
            .EnumerateArray().Count(m => m.GetProperty("title").GetString() == "위조"));
    }

    [ChromiumFact]
    public async Task A_coordinator_corrects_a_workshop_finding_and_changes_a_persons_rank_and_an_auditor_sees_neither_form()
    {
        var (division, task) = await DivisionWithTask("정정 분과", "정정 과제");
        var api = await browser.ApiClient();
        var workshop = (await api.GetFromJsonAsync<JsonElement>($"api/strategic-tasks/{task}")).GetProperty("originWorkshopId").GetString();
        await Create($"api/workshops/{workshop}/findings", new { kind = "obstacle", text = "회의 공간이 없다" });
        var official = await Create("api/people", new { name = "하윤재", sector = "administration", organisation = "성북구청 자치행정과", rank = "workingLevel" });
        _ = division;

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync($"/workshops/{workshop}");
        await page.GetByLabel("정정할 발견 사항").SelectOptionAsync(new SelectOptionValue { Label = "걸림돌: 회의 공간이 없다" });
        await page.GetByLabel("바로잡은 글").FillAsync("저녁 회의 공간이 없다");
        await page.GetByRole(AriaRole.Button, new() { Name = "정정 기록" }).ClickAsync();
        await Expect(page.Locator("#correction-reason-error")).ToContainTextAsync("값을 입력하세요");
        await Expect(page.GetByLabel("바로잡은 글")).ToHaveValueAsync("저녁 회의 공간이 없다");
        await page.GetByLabel("정정 사유 (필수)").FillAsync("회의록 확인");
        await page.GetByRole(AriaRole.Button, new() { Name = "정정 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("발견 사항 정정을 기록했습니다.");
        await Expect(page.Locator("#findings")).ToContainTextAsync("저녁 회의 공간이 없다");
        await Expect(page.Locator("#findings")).ToContainTextAsync("정정 1회: 회의록 확인");
        Assert.Equal(0, await Unlabelled(page));
        await AdminBrowser.Screenshot(page, "workshop-finding-correction");

        await page.GotoAsync("/people");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "하윤재 교육 이력" })).ToHaveAttributeAsync("href", $"/education/people/{official}");
        await page.GetByLabel("직급이 바뀐 참여자").SelectOptionAsync(new SelectOptionValue { Label = "하윤재 (행정, 성북구청 자치행정과, 실무진)" });
        await page.GetByLabel("새 직급").SelectOptionAsync(new SelectOptionValue { Label = "실무진" });
        await page.GetByLabel("변경 사유 (선택)").FillAsync("인사 발령");
        var refused = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "직급 변경" }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal(409, refused.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("이미 그 직급입니다");
        await Expect(page.GetByLabel("변경 사유 (선택)")).ToHaveValueAsync("인사 발령");
        await Expect(page.GetByLabel("직급이 바뀐 참여자")).ToHaveValueAsync(official);
        await page.GetByLabel("새 직급").SelectOptionAsync(new SelectOptionValue { Label = "과장급 이상" });
        await page.GetByRole(AriaRole.Button, new() { Name = "직급 변경" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("직급 변경을 기록했습니다.");
        await Expect(page.Locator("tr", new() { HasText = "하윤재" })).ToContainTextAsync("과장급 이상");
        Assert.Equal(0, await Unlabelled(page));
        await AdminBrowser.Screenshot(page, "people-rank");
        await page.GetByRole(AriaRole.Link, new() { Name = "하윤재 교육 이력" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("하윤재");

        var auditor = await browser.SignedIn(Roles.Auditor);
        var token = await auditor.Locator("form.signout input[name='__RequestVerificationToken']").GetAttributeAsync("value");
        foreach (var (path, field, value) in new[] { ($"/workshops/{workshop}", "Correction.Text", "위조"), ("/people", "NewRank.Rank", "workingLevel") })
        {
            await auditor.GotoAsync(path);
            await Expect(auditor.Locator("form[action*='handler=']")).ToHaveCountAsync(0);
            var form = auditor.Context.APIRequest.CreateFormData();
            form.Set("__RequestVerificationToken", token!);
            form.Set(field, value);
            var handler = path == "/people" ? "rank" : "correction";
            Assert.Equal(403, (await auditor.Context.APIRequest.PostAsync($"{path}?handler={handler}", new() { Form = form, MaxRedirects = 0 })).Status);
        }
    }

    private static async Task AddMilestone(IPage page, string title, string dueOn, string weight)
    {
        await page.GetByLabel("이정표 이름").FillAsync(title);
        await page.GetByLabel("기한").FillAsync(dueOn);
        await page.GetByLabel("비중 (1–100)").FillAsync(weight);
        await page.Locator("#milestone-on").FillAsync("2026-06-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "이정표 추가" }).ClickAsync();
    }

    private static async Task Correct(IPage page, string version, string percent, string reason)
    {
        await page.GetByLabel("정정할 진행 보고의 버전 (기록 이력의 번호)").FillAsync(version);
        await page.GetByLabel("바로잡은 진행률 (퍼센트)").FillAsync(percent);
        await page.GetByLabel("정정 사유 (필수)").FillAsync(reason);
        await page.Locator("#correction-on").FillAsync("2026-06-20");
        var response = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "정정 기록" }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal(409, response.Status);
    }

    [ChromiumFact]
    public async Task A_coordinator_adopts_the_bylaws_amends_them_with_a_reason_and_states_a_division_vision()
    {
        var api = await browser.ApiClient();
        var launched = await api.PostAsJsonAsync("api/network/launch", new { name = "협치성북 민간추진단", district = "성북구", on = "2025-03-01" });
        Assert.True(launched.IsSuccessStatusCode || (int)launched.StatusCode == 409, $"launch answered {(int)launched.StatusCode}");
        var division = await Create("api/divisions", new { name = "비전 분과", field = "비전", on = "2049-01-05" });

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GetByRole(AriaRole.Link, new() { Name = "추진단", Exact = true }).ClickAsync();
        await Expect(page.Locator("#bylaws-in-force")).ToHaveTextAsync("아직 제정하지 않음");
        await page.GetByLabel("규약 전문").FillAsync("제1조 (목적) 이 규약은 민간추진단의 운영에 관하여 정한다.\n제2조 (구성) 추진단은 분과로 구성한다.");
        await page.GetByLabel("날짜 (비우면 오늘)").FillAsync("2049-01-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "규약 제정 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("규약을 기록했습니다.");

        // An amendment without its reason is refused and keeps the text; with one it is the second version, its changes shown.
        await page.GetByLabel("규약 전문").FillAsync("제1조 (목적) 이 규약은 민간추진단의 운영에 관하여 정한다.\n제2조 (구성) 추진단은 3개 이상의 분과로 구성한다.");
        await page.GetByLabel("날짜 (비우면 오늘)").FillAsync("2049-06-01");
        var refused = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "개정 기록" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(409, refused.Status);
        await Expect(page.GetByLabel("규약 전문")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("3개 이상의 분과"));
        await page.GetByLabel("개정 사유").FillAsync("정기총회 의결");
        await page.GetByRole(AriaRole.Button, new() { Name = "개정 기록" }).ClickAsync();
        await Expect(page.Locator("#bylaws-in-force")).ToContainTextAsync("제2판 시행 중");
        await page.Locator("#bylaws-2 summary", new() { HasText = "바뀐 곳 보기" }).ClickAsync();
        await Expect(page.Locator("#bylaws-2 .diff-added")).ToContainTextAsync("3개 이상의 분과");
        await Expect(page.Locator("#bylaws-2 .diff-removed")).ToContainTextAsync("추진단은 분과로 구성한다");
        await Expect(page.Locator("#bylaws-1")).ToContainTextAsync("제정");
        await AdminBrowser.Screenshot(page, "network-bylaws");

        await page.GotoAsync($"/divisions/{division}");
        await Expect(page.Locator("#division-vision")).ToContainTextAsync("아직 세우지 않음");
        await page.GetByLabel("비전", new() { Exact = true }).FillAsync("주민이 스스로 결정하는 마을");
        await page.Locator("#vision-on").FillAsync("2049-01-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "비전 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("비전을 기록했습니다.");
        await Expect(page.Locator("#division-vision")).ToContainTextAsync("주민이 스스로 결정하는 마을");
        await Expect(page.GetByLabel("고쳐 세우는 이유")).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task At_the_integrated_civil_government_workshop_a_proposal_answers_a_division_workshops_finding()
    {
        var division = await Create("api/divisions", new { name = "통합 단계 분과", field = "통합", on = "2049-01-05" });
        var member = await Create("api/people", new { name = "통합 단계 회원", sector = "civil" });
        var chief = await Create("api/people", new { name = "통합 단계 과장", sector = "administration", rank = "sectionChiefOrAbove", organisation = "성북구청 마을민주주의과" });
        var own = await Create("api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { member }, on = "2049-03-10" });
        await Create($"api/workshops/{own}/findings", new { kind = "obstacle", text = "동마다 돌봄 정보가 흩어져 있음" });
        var integrated = await Create("api/workshops", new { kind = "civilGovernment", scope = "network", participants = new[] { member, chief }, on = "2049-10-20" });

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync($"/workshops/{integrated}");
        await page.GetByLabel("답하는 발견 사항 (선택)").SelectOptionAsync(new SelectOptionValue { Label = "통합 단계 분과 — 걸림돌: 동마다 돌봄 정보가 흩어져 있음" });
        await page.GetByLabel("제안 내용").FillAsync("구 단위 돌봄 정보 플랫폼");
        await page.GetByRole(AriaRole.Button, new() { Name = "제안 기록" }).ClickAsync();

        await Expect(page.Locator("#proposals")).ToContainTextAsync("← 통합 단계 분과 워크숍의 걸림돌: 동마다 돌봄 정보가 흩어져 있음");
        await AdminBrowser.Screenshot(page, "integration-proposal");
    }

    private static Task<int> Unlabelled(IPage page) => page.EvaluateAsync<int>(
        "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0).length");

    private async Task<(string Division, string Task)> DivisionWithTask(string divisionName, string title)
    {
        var api = await browser.ApiClient();
        var launched = await api.PostAsJsonAsync("api/network/launch", new { name = "협치성북 민간추진단", district = "성북구", on = "2025-03-01" });
        Assert.True(launched.IsSuccessStatusCode || (int)launched.StatusCode == 409, $"launch answered {(int)launched.StatusCode}");
        var division = await Create("api/divisions", new { name = divisionName, field = divisionName.Replace(" 분과", ""), on = "2025-03-20" });
        var person = await Create("api/people", new { name = $"{divisionName} 회원", sector = "civil" });
        var workshop = await Create("api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { person }, on = "2026-05-10" });
        var task = await Create($"api/workshops/{workshop}/strategic-tasks", new { title, year = 2027, divisionId = division });
        return (division, task);
    }

    private async Task<string> Create(string path, object body)
    {
        var api = await browser.ApiClient();
        var response = await api.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
