using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Hyeopchi.Host.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hyeopchi.Browser.Tests;

/// <summary>
/// The operator's side of the web admin in a real Chromium: a district made on the operator's page,
/// its first admin, the switch into it from the header, and every district's obligations of a year
/// side by side as a table and a chart; the page passes axe's WCAG 2.1 A/AA rules.
/// </summary>
[Collection(BrowserCollection.Name)]
public class OperatorPagesTests(AdminBrowser browser)
{
    [ChromiumFact]
    public async Task An_operator_makes_a_district_and_its_first_admin_switches_into_it_and_reads_the_rollup()
    {
        var code = $"b-{Guid.NewGuid():N}"[..12];
        var page = await browser.SignedIn(Roles.Admin);
        await page.GetByRole(AriaRole.Link, new() { Name = "자치구 운영" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/operator$"));

        // A malformed code is refused next to its field, and the typed name stays.
        await page.GetByLabel("자치구 코드 (영문 소문자로 시작, 영문 소문자·숫자·'-' 2–40자, 예: seongbuk)").FillAsync("Nowon");
        await page.GetByLabel("자치구 이름 (예: 성북구)").FillAsync("노원구");
        await page.GetByRole(AriaRole.Button, new() { Name = "자치구 만들기", Exact = true }).ClickAsync();
        await Expect(page.Locator("#create-code-error")).ToContainTextAsync("자치구 코드는");
        await Expect(page.GetByLabel("자치구 이름 (예: 성북구)")).ToHaveValueAsync("노원구");

        await page.GetByLabel("자치구 코드 (영문 소문자로 시작, 영문 소문자·숫자·'-' 2–40자, 예: seongbuk)").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "자치구 만들기", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("자치구를 만들었습니다.");
        await Expect(page.Locator($"#districts tr[data-district='{code}']")).ToContainTextAsync("노원구");

        await page.GetByLabel("사용자가 속할 자치구").SelectOptionAsync(code);
        await page.GetByLabel("사용자 이름 (글자, 숫자, '.', '-', '_')").FillAsync($"admin-{code}");
        await page.GetByLabel($"비밀번호 ({UserCommands.MinimumPasswordLength}자 이상)").FillAsync("a-long-enough-password");
        await page.GetByLabel("관리자", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "사용자 만들기", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("자치구의 사용자를 만들었습니다.");

        await page.GotoAsync("/operator?year=2030");
        var rollup = page.Locator("#rollup-table tbody tr");
        await Expect(page.Locator($"#rollup-table tr[data-district='{code}']")).ToContainTextAsync("노원구");
        var districts = await rollup.CountAsync();
        Assert.True(districts >= 2, $"{districts} districts in the rollup");
        await Expect(page.Locator("svg.rollup-chart rect")).ToHaveCountAsync(3 * districts);
        await Expect(page.Locator("svg.rollup-chart")).ToHaveAttributeAsync("aria-label", "2030년 자치구별 의무 충족·미충족·확인 필요 건수");
        await AdminBrowser.Screenshot(page, "operator-districts-and-rollup");
        await NoAccessibilityViolation(page);
        await page.SetViewportSizeAsync(AdminBrowser.Phone.Width, AdminBrowser.Phone.Height);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The operator's page scrolls sideways at a phone's width.");
        await AdminBrowser.Screenshot(page, "operator-districts-and-rollup-phone");
        await page.SetViewportSizeAsync(AdminBrowser.Laptop.Width, AdminBrowser.Laptop.Height);

        // The header's switcher: the pages act in the chosen district from then on.
        await page.GetByLabel("작업할 자치구").SelectOptionAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "자치구 바꾸기" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/$"));
        await Expect(page.GetByLabel("작업할 자치구")).ToHaveValueAsync(code);
        await page.GotoAsync("/divisions");
        await Expect(page.GetByLabel("작업할 자치구")).ToHaveValueAsync(code);
        await Expect(page.GetByText("등록된 분과가 없습니다.")).ToBeVisibleAsync();
        await NoAccessibilityViolation(page);

        // Not the district one acts in; from their own one, disabled, then enabled again, from the list.
        await page.GotoAsync("/operator");
        await page.GetByRole(AriaRole.Button, new() { Name = "노원구 사용 중지" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("지금 작업하는 자치구나 자기 자치구가 아닌 곳에서 하세요.");
        await page.GetByLabel("작업할 자치구").SelectOptionAsync("default");
        await page.GetByRole(AriaRole.Button, new() { Name = "자치구 바꾸기" }).ClickAsync();
        await page.GotoAsync("/operator");
        await page.GetByRole(AriaRole.Button, new() { Name = "노원구 사용 중지" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("자치구를 사용 중지했습니다.");
        await Expect(page.Locator($"#districts tr[data-district='{code}']")).ToContainTextAsync("사용 중지");
        await page.GetByRole(AriaRole.Button, new() { Name = "노원구 다시 사용" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("자치구를 다시 쓸 수 있게 했습니다.");
    }

    private static async Task NoAccessibilityViolation(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{page.Url}: {v.Id} ({v.Impact}) {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    {n.Target}  {n.Html}")))));
    }
}
