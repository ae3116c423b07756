using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Host.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hyeopchi.Browser.Tests;

/// <summary>The web admin as coordinators, auditors and the public meet it, in a real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class AdminPagesTests(AdminBrowser browser)
{
    [ChromiumFact]
    public async Task A_coordinator_signs_in_registers_a_division_and_opens_it()
    {
        var page = await browser.SignedIn(Roles.Coordinator);
        await Expect(page.Locator("h1")).ToHaveTextAsync("대시보드");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");

        await page.GetByRole(AriaRole.Link, new() { Name = "분과", Exact = true }).ClickAsync();
        await page.GetByLabel("분과 이름").FillAsync("마을공동체 분과");
        await page.GetByLabel("분야").FillAsync("마을공동체");
        await page.GetByLabel("등록일 (비우면 오늘)").FillAsync("2027-03-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "분과 등록" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/divisions/[0-9a-f-]{36}"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("마을공동체 분과");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("분과를 등록했습니다.");
        await Expect(page.Locator("#current-stage")).ToHaveTextAsync("1단계 내부 조직화");
        var registered = page.Locator("#history tbody tr").First;
        await Expect(registered).ToContainTextAsync("2027년 3월 20일");
        await Expect(registered).ToContainTextAsync("등록");
        await Expect(registered).ToContainTextAsync("coordinator-user");
        await AdminBrowser.Screenshot(page, "division-laptop");

        await page.SetViewportSizeAsync(AdminBrowser.Phone.Width, AdminBrowser.Phone.Height);
        await AdminBrowser.Screenshot(page, "division-phone");
        await page.GotoAsync("/");
        await Expect(page.Locator(".figure").First).ToContainTextAsync("1단계 내부 조직화");
        await AdminBrowser.Screenshot(page, "dashboard-phone");
        await page.SetViewportSizeAsync(AdminBrowser.Laptop.Width, AdminBrowser.Laptop.Height);
        await AdminBrowser.Screenshot(page, "dashboard-laptop");
        await page.GotoAsync("/divisions");
        await Expect(page.Locator("table")).ToContainTextAsync("마을공동체 분과");
        await AdminBrowser.Screenshot(page, "divisions-laptop");
    }

    [ChromiumFact]
    public async Task An_invalid_registration_shows_each_field_message_and_keeps_what_was_typed()
    {
        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync("/divisions");
        await page.GetByLabel("분야").FillAsync("환경");
        await page.GetByRole(AriaRole.Button, new() { Name = "분과 등록" }).ClickAsync();

        await Expect(page.Locator("#name-error")).ToContainTextAsync("값을 입력하세요");
        await Expect(page.GetByLabel("분과 이름")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("분야")).ToHaveValueAsync("환경");
        await Expect(page.Locator("#field-error")).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task A_refused_advance_shows_rule_R2_and_each_unmet_condition_and_keeps_the_typed_reason()
    {
        var id = await RegisterDivision("돌봄 분과");
        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync($"/divisions/{id}");
        await Expect(page.Locator(".gate .unmet")).ToHaveCountAsync(3);

        await page.GetByLabel("사유 (선택)").FillAsync("분과 회의에서 2단계로 가기로 함");
        await page.GetByRole(AriaRole.Button, new() { Name = "단계 올리기" }).ClickAsync();

        var refusal = page.GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("규칙 R2");
        await Expect(refusal.Locator(".unmet li")).ToHaveCountAsync(3);
        await Expect(refusal).ToContainTextAsync("분과장이 선임됨");
        await Expect(refusal).ToContainTextAsync("회원 단체 3곳 이상");
        await Expect(refusal).ToContainTextAsync("민/민 워크숍");
        await Expect(page.GetByLabel("사유 (선택)")).ToHaveValueAsync("분과 회의에서 2단계로 가기로 함");
        await Expect(page.Locator("#current-stage")).ToHaveTextAsync("1단계 내부 조직화");
        await AdminBrowser.Screenshot(page, "division-refused-advance");
    }

    [ChromiumFact]
    public async Task A_coordinator_appoints_a_chair_and_adds_a_member_and_the_gate_shows_them_met()
    {
        var id = await RegisterDivision("문화 분과");
        var api = await browser.ApiClient();
        (await api.PostAsJsonAsync("api/people", new { name = "한지수", sector = "civil", organisation = "성북문화재단" })).EnsureSuccessStatusCode();
        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync($"/divisions/{id}");

        await page.GetByLabel("참여자").SelectOptionAsync(new SelectOptionValue { Label = "한지수 (민간, 성북문화재단)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "분과장 선임" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("분과장을 선임했습니다.");
        await Expect(page.Locator(".gate .met")).ToContainTextAsync("분과장이 선임됨");

        await page.GetByLabel("단체 이름").FillAsync("성북마을방송");
        await page.GetByRole(AriaRole.Button, new() { Name = "회원 단체 추가" }).ClickAsync();
        await Expect(page.Locator("#member-sector-error")).ToContainTextAsync("값을 입력하세요");
        await Expect(page.GetByLabel("단체 이름")).ToHaveValueAsync("성북마을방송");
        await page.GetByLabel("부문").SelectOptionAsync(new SelectOptionValue { Label = "민간" });
        await page.GetByRole(AriaRole.Button, new() { Name = "회원 단체 추가" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("회원 단체를 추가했습니다.");
        await Expect(page.Locator("#members-heading + ul")).ToContainTextAsync("성북마을방송");
    }

    [ChromiumFact]
    public async Task A_form_dated_after_today_is_shown_again_with_the_date_refused_in_Korean()
    {
        var tomorrow = Hyeopchi.Testing.HyeopchiApp.TodayDate.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync("/divisions");
        await page.GetByLabel("분과 이름").FillAsync("내일 등록 분과");
        await page.GetByLabel("분야").FillAsync("미래");
        await page.GetByLabel("등록일 (비우면 오늘)").FillAsync(tomorrow);
        await page.GetByRole(AriaRole.Button, new() { Name = "분과 등록" }).ClickAsync();

        await Expect(page.Locator("#on-error")).ToContainTextAsync("오늘");
        await Expect(page.Locator("#on-error")).ToContainTextAsync(Hyeopchi.Testing.HyeopchiApp.Today);
        await Expect(page.GetByLabel("분과 이름")).ToHaveValueAsync("내일 등록 분과");
        var divisions = await (await browser.ApiClient()).GetFromJsonAsync<JsonElement>("api/divisions");
        Assert.DoesNotContain(divisions.EnumerateArray(), d => d.GetProperty("name").GetString() == "내일 등록 분과");
    }

    [ChromiumFact]
    public async Task A_division_seeded_at_stage_2_is_reverted_with_a_reason_that_the_history_keeps()
    {
        var id = await RegisterDivision("주거 분과");
        await SeedStage2(id);
        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync($"/divisions/{id}");
        await Expect(page.Locator("#current-stage")).ToHaveTextAsync("2단계 민/관 협력 강화");

        await page.GetByRole(AriaRole.Button, new() { Name = "단계 되돌리기" }).ClickAsync();
        await Expect(page.Locator("#revert-reason-error")).ToContainTextAsync("값을 입력하세요");

        await page.GetByLabel("사유 (필수)", new() { Exact = true }).FillAsync("분과장 사임으로 내부 조직을 다시 꾸림");
        await page.GetByLabel("날짜 (비우면 오늘)").Nth(1).FillAsync("2026-06-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "단계 되돌리기" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("단계를 되돌렸습니다.");
        await Expect(page.Locator("#current-stage")).ToHaveTextAsync("1단계 내부 조직화");
        var reverted = page.Locator("#history tbody tr").Last;
        await Expect(reverted).ToContainTextAsync("되돌림");
        await Expect(reverted).ToContainTextAsync("2026년 6월 2일");
        await Expect(reverted).ToContainTextAsync("분과장 사임으로 내부 조직을 다시 꾸림");
        await Expect(reverted).ToContainTextAsync("coordinator-user");
    }

    [ChromiumFact]
    public async Task An_auditor_sees_no_actions_and_a_forged_advance_post_is_answered_403()
    {
        var id = await RegisterDivision("교육 분과");
        var page = await browser.SignedIn(Roles.Auditor);
        await page.GotoAsync($"/divisions/{id}");
        await Expect(page.Locator("h1")).ToHaveTextAsync("교육 분과");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "단계 올리기" })).ToHaveCountAsync(0);
        await Expect(page.Locator("form[action*='handler=']")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "사용자" })).ToHaveCountAsync(0);
        await AdminBrowser.Screenshot(page, "division-auditor");

        // The sign-out form carries a valid anti-forgery token: the post is refused for the role, not the token.
        var token = await page.Locator("form.signout input[name='__RequestVerificationToken']").GetAttributeAsync("value");
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token!);
        form.Set("Advance.ToStage", "2");
        form.Set("Advance.Reason", "forged");
        var forged = await page.Context.APIRequest.PostAsync($"/divisions/{id}?handler=advance", new() { Form = form, MaxRedirects = 0 });
        Assert.Equal(403, forged.Status);
        Assert.Contains("권한이 없습니다", await forged.TextAsync());

        var users = await page.GotoAsync("/users");
        Assert.Equal(403, users!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("권한이 없습니다");
    }

    [ChromiumFact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        var id = await RegisterDivision("청년 분과");
        var page = await browser.SignedIn(Roles.Coordinator);
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("Advance.ToStage", "2");
        var response = await page.Context.APIRequest.PostAsync($"/divisions/{id}?handler=advance", new() { Form = form, MaxRedirects = 0 });
        Assert.Equal(400, response.Status);
        Assert.DoesNotContain("Exception", await response.TextAsync());
    }

    [ChromiumFact]
    public async Task An_admin_creates_a_user_with_roles_who_then_signs_in()
    {
        var page = await browser.SignedIn(Roles.Admin);
        await page.GetByRole(AriaRole.Link, new() { Name = "사용자" }).ClickAsync();
        await page.GetByLabel("사용자 이름 (글자, 숫자, '.', '-', '_')").FillAsync("kim.monitor");
        await page.GetByLabel("비밀번호 (10자 이상)").FillAsync("short");
        await page.GetByLabel("모니터링단").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "사용자 만들기" }).ClickAsync();
        await Expect(page.Locator("#password-error")).ToContainTextAsync("10자 이상");
        await Expect(page.GetByLabel("사용자 이름 (글자, 숫자, '.', '-', '_')")).ToHaveValueAsync("kim.monitor");
        await Expect(page.GetByLabel("모니터링단")).ToBeCheckedAsync();

        await page.GetByLabel("비밀번호 (10자 이상)").FillAsync("a-long-monitor-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "사용자 만들기" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("사용자를 만들었습니다.");
        await Expect(page.Locator("table")).ToContainTextAsync("kim.monitor");
        await AdminBrowser.Screenshot(page, "users-laptop");

        await page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin$"));
        await page.GetByLabel("사용자 이름").FillAsync("kim.monitor");
        await page.GetByLabel("비밀번호").FillAsync("a-long-monitor-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        await Expect(page.Locator(".who")).ToContainTextAsync("kim.monitor (모니터링단)");
    }

    [ChromiumFact]
    public async Task A_coordinator_registers_a_person()
    {
        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync("/people");
        await page.GetByLabel("이름").FillAsync("박서연");
        await page.GetByLabel("부문").SelectOptionAsync(new SelectOptionValue { Label = "행정" });
        await page.GetByLabel("소속 (선택)").FillAsync("성북구청 협치지원과");
        await page.GetByLabel("직급 (행정 참여자, 선택)").SelectOptionAsync(new SelectOptionValue { Label = "과장급 이상" });
        await page.GetByRole(AriaRole.Button, new() { Name = "참여자 등록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("참여자를 등록했습니다.");
        var row = page.Locator("tr", new() { HasText = "박서연" });
        await Expect(row).ToContainTextAsync("행정");
        await Expect(row).ToContainTextAsync("과장급 이상");
        await AdminBrowser.Screenshot(page, "people-laptop");
    }

    [ChromiumFact]
    public async Task Without_sign_in_the_public_page_shows_divisions_and_stages_and_the_admin_asks_to_sign_in()
    {
        var id = await RegisterDivision("환경 분과");
        var api = await browser.ApiClient();
        var person = await (await api.PostAsJsonAsync("api/people", new { name = "오민재", sector = "civil" })).Content.ReadFromJsonAsync<JsonElement>();
        (await api.PostAsJsonAsync($"api/divisions/{id}/chair", new { personId = person.GetProperty("id").GetString() })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"api/divisions/{id}/members", new { organisation = "성북환경운동연합", sector = "civil" })).EnsureSuccessStatusCode();

        var page = await browser.NewPage();
        await page.GotoAsync("/public");
        var card = page.Locator("article", new() { HasText = "환경 분과" });
        await Expect(card).ToContainTextAsync("1단계 내부 조직화");
        await Expect(card).ToContainTextAsync("분과장: 오민재");
        await Expect(card).ToContainTextAsync("성북환경운동연합");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("admin");
        await Expect(page.Locator("form")).ToHaveCountAsync(0);
        await AdminBrowser.Screenshot(page, "public-laptop");
        await page.SetViewportSizeAsync(AdminBrowser.Phone.Width, AdminBrowser.Phone.Height);
        await AdminBrowser.Screenshot(page, "public-phone");

        await page.GotoAsync($"/divisions/{id}");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?returnurl=", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await AdminBrowser.Screenshot(page, "signin-phone");
    }

    [ChromiumFact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_every_input_has_a_label()
    {
        var page = await browser.SignedIn(Roles.Coordinator);
        var id = await RegisterDivision("복지 분과");
        await page.GotoAsync($"/divisions/{id}");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("본문으로 건너뛰기");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#main$"));

        var unlabelled = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0).length");
        Assert.Equal(0, unlabelled);
        Assert.True(await page.Locator("input:not([type=hidden]), select, textarea").CountAsync() >= 6);
    }

    [ChromiumFact]
    public async Task An_unknown_page_is_a_Korean_404_and_the_API_still_answers_401_problem_details()
    {
        var page = await browser.SignedIn(Roles.Coordinator);
        var missing = await page.GotoAsync($"/divisions/{Guid.NewGuid()}");
        Assert.Equal(404, missing!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("페이지를 찾을 수 없습니다");

        using var anonymous = browser.Client();
        var api = await anonymous.GetAsync("api/divisions");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

        // A page's cookie is not a bearer token: the API does not accept it.
        var withCookie = await page.Context.APIRequest.GetAsync("/api/divisions");
        Assert.Equal(401, withCookie.Status);
    }

    private async Task<string> RegisterDivision(string name)
    {
        var api = await browser.ApiClient();
        var response = await api.PostAsJsonAsync("api/divisions", new { name, field = name.Replace(" 분과", ""), on = "2026-03-20" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Until workshops exist no gate opens: the Given appends the advance through the store.</summary>
    private async Task SeedStage2(string id)
    {
        await using var session = browser.Store.LightweightSession();
        session.LastModifiedBy = "seed";
        session.Events.Append(Guid.Parse(id), new DivisionStageAdvanced(Guid.Parse(id), Stage.InternalOrganisation, Stage.CivilGovernmentCooperation,
            "시험용: 워크숍 기능 이전의 2단계", ["seeded"], new DateOnly(2026, 5, 10)));
        await session.SaveChangesAsync();
    }
}
