using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Hyeopchi.Host.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hyeopchi.Browser.Tests;

/// <summary>
/// The corrections and endings of R10 in the web admin, in a real Chromium: a workshop corrected then
/// withdrawn, a regular meeting corrected then withdrawn, a member organisation leaving a division and
/// its chair stepping down (the next gate reads them), and a joint TF designated then dissolved.
/// </summary>
[Collection(BrowserCollection.Name)]
public class CorrectionFormsTests(AdminBrowser browser)
{
    [ChromiumFact]
    public async Task A_coordinator_corrects_a_workshops_date_then_withdraws_it_and_the_list_and_its_history_show_both()
    {
        await LaunchNetwork();
        var division = await Create("api/divisions", new { name = "정정 워크숍 분과", field = "정정", on = "2025-03-20" });
        var person = await Create("api/people", new { name = "정정 워크숍 회원", sector = "civil", organisation = "정정마을넷" });
        var workshop = await Create("api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { person }, title = "날짜를 잘못 적은 워크숍", on = "2026-05-10" });

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync($"/workshops/{workshop}");

        // Without a reason the correction is refused next to its field, and the typed date stays.
        await page.GetByLabel("바로잡은 워크숍 날짜 (비우면 그대로)").FillAsync("2026-05-17");
        await page.GetByRole(AriaRole.Button, new() { Name = "워크숍 사실 바로잡기" }).ClickAsync();
        await Expect(page.Locator("#workshop-correction-reason-error")).ToContainTextAsync("값을 입력하세요");
        await Expect(page.GetByLabel("바로잡은 워크숍 날짜 (비우면 그대로)")).ToHaveValueAsync("2026-05-17");

        await page.GetByLabel("워크숍을 정정하는 사유 (필수)").FillAsync("참석 명부의 날짜를 잘못 옮겨 적음");
        await page.GetByLabel("워크숍 정정일 (비우면 오늘)").FillAsync("2026-05-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "워크숍 사실 바로잡기" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("워크숍 정정을 기록했습니다. 원래 내용은 기록에 남습니다.");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("2026년 5월 17일");
        var history = page.Locator("#workshop-history tbody tr");
        await Expect(history).ToHaveCountAsync(1);
        await Expect(history.Nth(0)).ToContainTextAsync("2026년 5월 20일");
        await Expect(history.Nth(0)).ToContainTextAsync("정정");
        await Expect(history.Nth(0)).ToContainTextAsync("날짜");
        await Expect(history.Nth(0)).ToContainTextAsync("참석 명부의 날짜를 잘못 옮겨 적음");
        await Expect(history.Nth(0)).ToContainTextAsync("coordinator-user");

        await page.GetByLabel("철회 사유 (필수)").FillAsync("같은 워크숍을 두 번 입력함");
        await page.GetByLabel("철회일 (비우면 오늘)").FillAsync("2026-06-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "워크숍 철회" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("워크숍을 철회했습니다.");
        await Expect(page.Locator("#workshop-withdrawn")).ToContainTextAsync("2026년 6월 2일 철회, 사유: 같은 워크숍을 두 번 입력함");
        await Expect(history).ToHaveCountAsync(2);
        await Expect(history.Nth(1)).ToContainTextAsync("철회");
        await Expect(history.Nth(1)).ToContainTextAsync("같은 워크숍을 두 번 입력함");
        // A withdrawn workshop takes no more findings, proposals, decisions or corrections: its forms are gone.
        await Expect(page.Locator("form[action*='handler=']")).ToHaveCountAsync(0);
        await AdminBrowser.Screenshot(page, "workshop-withdrawn");
        await NoAccessibilityViolation(page);

        await page.GotoAsync("/workshops?year=2026");
        var row = page.Locator("tr", new() { Has = page.Locator($"a[href='/workshops/{workshop}']") });
        await Expect(row).ToContainTextAsync("철회됨");
        await Expect(row).ToContainTextAsync("2026년 5월 17일");

        var auditor = await browser.SignedIn(Roles.Auditor);
        await auditor.GotoAsync($"/workshops/{workshop}");
        await Expect(auditor.Locator("#workshop-history tbody tr")).ToHaveCountAsync(2);
    }

    [ChromiumFact]
    public async Task A_coordinator_corrects_a_regular_meetings_minutes_then_withdraws_it()
    {
        await LaunchNetwork();
        var division = await Create("api/divisions", new { name = "정정 회의 분과", field = "회의", on = "2025-03-20" });
        var civil = await Create("api/people", new { name = "정정 회의 회원", sector = "civil" });
        var meeting = await Create("api/meetings", new { divisionId = division, kind = "regular", participants = new[] { civil }, minutes = "정정 전 회의록", on = "2026-04-10" });

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync("/meetings?year=2026");
        await page.GetByLabel("정정할 회의").SelectOptionAsync(meeting);
        await page.GetByLabel("바로잡은 회의록 전문 (비우면 그대로)").FillAsync("정정한 회의록: 마을 텃밭 운영 논의");
        await page.GetByLabel("회의를 정정하는 사유 (필수)").FillAsync("다른 회의의 회의록을 붙여 넣음");
        await page.GetByRole(AriaRole.Button, new() { Name = "회의 사실 바로잡기" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("회의 정정을 기록했습니다. 원래 내용은 기록에 남습니다.");
        await NoAccessibilityViolation(page);
        var row = page.Locator("#meetings tr", new() { HasText = "정정한 회의록: 마을 텃밭 운영 논의" });
        await Expect(row).ToContainTextAsync("정정 1회: 다른 회의의 회의록을 붙여 넣음");

        // Without a reason the withdrawal is refused next to its field.
        await page.GetByLabel("철회할 회의").SelectOptionAsync(meeting);
        await page.GetByRole(AriaRole.Button, new() { Name = "회의 철회" }).ClickAsync();
        await Expect(page.Locator("#withdraw-reason-error")).ToContainTextAsync("값을 입력하세요");

        await page.GetByLabel("회의 철회 사유 (필수)").FillAsync("열리지 않은 회의를 기록함");
        await page.GetByLabel("회의 철회일 (비우면 오늘)").FillAsync("2026-04-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "회의 철회" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("회의를 철회했습니다.");
        await Expect(row).ToContainTextAsync("철회됨");
        await Expect(row).ToContainTextAsync("2026년 4월 20일, 사유: 열리지 않은 회의를 기록함");
        // A withdrawn meeting is no longer offered for correction or withdrawal.
        await Expect(page.Locator($"#correct-meeting option[value='{meeting}']")).ToHaveCountAsync(0);
        await Expect(page.Locator($"#withdraw-meeting option[value='{meeting}']")).ToHaveCountAsync(0);
        var api = await browser.ApiClient();
        var stored = await api.GetFromJsonAsync<JsonElement>($"api/meetings/{meeting}");
        Assert.Equal("2026-04-20", stored.GetProperty("withdrawnOn").GetString());
    }

    [ChromiumFact]
    public async Task A_member_organisations_departure_and_the_chair_stepping_down_show_in_the_divisions_next_gate()
    {
        var division = await Create("api/divisions", new { name = "탈퇴 분과", field = "탈퇴", on = "2049-01-05" });
        var chair = await Create("api/people", new { name = "탈퇴 분과장", sector = "civil", organisation = "탈퇴마을넷" });
        var api = await browser.ApiClient();
        (await api.PostAsJsonAsync($"api/divisions/{division}/chair", new { personId = chair, on = "2049-01-10" })).EnsureSuccessStatusCode();
        foreach (var organisation in new[] { "첫째 마을모임", "둘째 마을모임", "셋째 마을모임" })
            (await api.PostAsJsonAsync($"api/divisions/{division}/members", new { organisation, sector = "civil", on = "2049-02-01" })).EnsureSuccessStatusCode();

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync($"/divisions/{division}");
        await Expect(page.Locator(".gate .met")).ToContainTextAsync(["분과장이 선임됨", "민간 회원 단체 3곳 이상"]);
        await Expect(page.Locator(".gate .unmet", new() { HasText = "회원 단체" })).ToHaveCountAsync(0);

        await page.GetByLabel("탈퇴하는 회원").SelectOptionAsync("둘째 마을모임");
        await page.GetByLabel("탈퇴 사유 (필수)").FillAsync("단체 해산");
        await page.GetByLabel("탈퇴일 (비우면 오늘)").FillAsync("2049-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "회원 탈퇴 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("회원 단체의 탈퇴를 기록했습니다.");
        await Expect(page.Locator(".gate .unmet", new() { HasText = "민간 회원 단체 3곳 이상" })).ToContainTextAsync("now 2");
        await Expect(page.Locator("#members-heading + ul")).ToContainTextAsync("둘째 마을모임");
        await Expect(page.Locator("#members-heading + ul")).ToContainTextAsync("2049년 3월 1일 탈퇴, 사유: 단체 해산");
        await Expect(page.Locator("#departure-organisation option[value='둘째 마을모임']")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "분과장 사임 기록" }).ClickAsync();
        await Expect(page.Locator("#stepping-down-reason-error")).ToContainTextAsync("값을 입력하세요");
        await page.GetByLabel("사임 사유 (필수)").FillAsync("이사로 활동을 그만둠");
        await page.GetByLabel("사임일 (비우면 오늘)").FillAsync("2049-04-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "분과장 사임 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("분과장 사임을 기록했습니다.");
        await Expect(page.Locator(".gate .unmet", new() { HasText = "분과장이 선임됨" })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "분과장 사임 기록" })).ToHaveCountAsync(0);
        await AdminBrowser.Screenshot(page, "division-departure");
        await NoAccessibilityViolation(page);

        // A person who has not completed resident-leader education does not join as a trained leader.
        await Create("api/people", new { name = "교육 전 주민", sector = "civil" });
        await page.ReloadAsync();
        await page.GetByLabel("수료한 주민 리더").SelectOptionAsync(new SelectOptionValue { Label = "교육 전 주민 (민간)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "수료 리더 참여 기록" }).ClickAsync();
        var refusal = page.GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("규칙 education.leader");
        await Expect(refusal).ToContainTextAsync("교육 전 주민 님은 주민 리더 교육을 수료하지 않았습니다.");
        await Expect(page.Locator("#members-heading + ul")).Not.ToContainTextAsync("교육 전 주민");
    }

    [ChromiumFact]
    public async Task A_coordinator_designates_a_task_force_then_dissolves_it_and_an_auditor_sees_no_such_forms()
    {
        var tf = await Create("api/task-force", new { name = "지정 해산 TF", on = "2048-02-01" });

        var auditor = await browser.SignedIn(Roles.Auditor);
        await auditor.GotoAsync($"/task-force/{tf}");
        await Expect(auditor.GetByRole(AriaRole.Button, new() { Name = "합동 TF로 지정" })).ToHaveCountAsync(0);
        await Expect(auditor.GetByRole(AriaRole.Button, new() { Name = "TF 해산 기록" })).ToHaveCountAsync(0);

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync($"/task-force/{tf}");
        await Expect(page.Locator("#tf-designation")).ToHaveTextAsync("지정된 적 없음");
        await page.GetByLabel("지정 사유 (필수)").FillAsync("정기총회에서 합동 TF로 정함");
        await page.GetByLabel("지정일 (비우면 오늘)").FillAsync("2048-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "합동 TF로 지정" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("네트워크의 합동 TF로 지정했습니다.");
        await Expect(page.Locator("#tf-designation")).ToHaveTextAsync("2048년 3월 1일 지정");

        await page.GetByLabel("해산 사유 (필수)").FillAsync("조례 논의를 새 TF가 이어받음");
        await page.GetByLabel("해산일 (비우면 오늘)").FillAsync("2048-09-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "TF 해산 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("TF 해산을 기록했습니다.");
        await Expect(page.Locator("#tf-dissolution")).ToHaveTextAsync("2048년 9월 30일 해산, 사유: 조례 논의를 새 TF가 이어받음");
        await Expect(page.Locator("#tf-dissolved")).ToBeVisibleAsync();
        await Expect(page.Locator("form[action*='handler=']")).ToHaveCountAsync(0);
        await AdminBrowser.Screenshot(page, "task-force-dissolved");
        await NoAccessibilityViolation(page);
    }

    [ChromiumFact]
    public async Task An_admin_changes_a_users_roles_and_resets_their_password_and_the_user_signs_in_with_the_new_one()
    {
        var api = await browser.ApiClient();
        (await api.PostAsJsonAsync("api/users", new { userName = "lee.roles", password = "an-old-long-password", roles = new[] { Roles.Coordinator } })).EnsureSuccessStatusCode();

        var page = await browser.SignedIn(Roles.Admin);
        await page.GotoAsync("/users");
        await page.GetByLabel("역할을 바꿀 사용자").SelectOptionAsync("lee.roles");
        await page.GetByLabel("새로 맡길 역할 전체 (여러 개 고르기)").SelectOptionAsync(new SelectOptionValue { Label = "감사" });
        await page.GetByRole(AriaRole.Button, new() { Name = "역할 바꾸기" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("역할을 바꾸었습니다.");
        var row = page.Locator("tr", new() { HasText = "lee.roles" });
        await Expect(row).ToContainTextAsync("감사");
        await Expect(row).Not.ToContainTextAsync("코디네이터");

        await page.GetByLabel("비밀번호를 재설정할 사용자").SelectOptionAsync("lee.roles");
        await page.GetByLabel("새로 쓸 비밀번호 (최소 10자)").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "비밀번호 재설정" }).ClickAsync();
        await Expect(page.Locator("#reset-password-error")).ToContainTextAsync("10자 이상");
        await page.GetByLabel("새로 쓸 비밀번호 (최소 10자)").FillAsync("a-new-long-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "비밀번호 재설정" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("비밀번호를 재설정했습니다.");
        await NoAccessibilityViolation(page);

        var user = await browser.NewPage();
        await user.GotoAsync("/signin");
        await user.GetByLabel("사용자 이름").FillAsync("lee.roles");
        await user.GetByLabel("비밀번호").FillAsync("a-new-long-password");
        await user.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        await Expect(user.Locator(".who")).ToContainTextAsync("lee.roles (감사)");
    }

    /// <summary>The states these forms lead to (a withdrawn workshop, a departed member, a dissolved TF) pass axe's WCAG 2.1 A/AA rules too.</summary>
    private static async Task NoAccessibilityViolation(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{page.Url}: {v.Id} ({v.Impact}) {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    {n.Target}  {n.Html}")))));
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
