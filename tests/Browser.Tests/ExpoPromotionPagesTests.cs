using System.Net.Http.Json;
using Hyeopchi.Host.Auth;
using Microsoft.Playwright;
using static Hyeopchi.Browser.Tests.ProcessPagesTests;
using static Microsoft.Playwright.Assertions;

namespace Hyeopchi.Browser.Tests;

/// <summary>The expo page's promotion period, side events and realised/hoped marks (L41), and the public catalogue's count of them, in a real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class ExpoPromotionPagesTests(AdminBrowser browser)
{
    [ChromiumFact]
    public async Task A_coordinator_sets_the_promotion_period_records_and_withdraws_a_side_event_and_corrects_an_exhibits_mark()
    {
        var api = await browser.ApiClient();
        (await api.PostAsJsonAsync("api/expos", new { year = 2047, submissionsOpen = "2047-01-10", submissionsClose = "2047-02-10", opensOn = "2047-03-06", closesOn = "2047-03-08", on = "2046-12-02" }))
            .EnsureSuccessStatusCode();
        var realised = await Id(api, "api/expos/2047/exhibits", new { organisation = "성북구청 자치행정과", organisationType = "administration", title = "주민자치회 확대", summary = "동마다 주민자치회", on = "2047-01-21" });
        var hoped = await Id(api, "api/expos/2047/exhibits", new { organisation = "돈암동 주민모임", organisationType = "civil", title = "골목 공유부엌", summary = "이웃이 함께 요리", realisation = "hoped", on = "2047-01-22" });
        foreach (var x in new[] { realised, hoped })
            (await api.PostAsJsonAsync($"api/expos/2047/exhibits/{x}/review", new { decision = "accept", on = "2047-02-15" })).EnsureSuccessStatusCode();

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync("/expo/2047");
        await Expect(page.Locator("#expo-realisation")).ToContainTextAsync("이루어지는 정책 1건 · 이루고자 하는 정책 1건");
        await Expect(page.Locator("#exhibits tbody[data-realisation='hoped']")).ToContainTextAsync("골목 공유부엌");

        await page.Locator("#promotion-starts").FillAsync("2047-02-10");
        await page.Locator("#promotion-ends").FillAsync("2047-03-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "홍보 기간 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("홍보 기간을 기록했습니다.");
        await page.Locator("#promotion-starts").FillAsync("2047-02-01");
        await page.Locator("#promotion-ends").FillAsync("2047-03-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "홍보 기간 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("규칙 R10"); // a change states its reason
        await page.Locator("#promotion-reason").FillAsync("설 연휴 전에 홍보물을 돌리기로 함");
        await page.GetByRole(AriaRole.Button, new() { Name = "홍보 기간 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("홍보 기간을 기록했습니다.");
        await Expect(page.Locator("#expo-promotion")).ToContainTextAsync("2047");

        await page.Locator("#side-title").FillAsync("협치 토크 콘서트");
        await page.Locator("#side-day").FillAsync("2047-01-20");
        await page.Locator("#side-place").FillAsync("성북구청 다목적홀");
        await page.Locator("#side-organiser").FillAsync("성북구협치회의");
        await page.GetByRole(AriaRole.Button, new() { Name = "부대 행사 기록" }).ClickAsync();
        var refusal = page.GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("규칙 R9");
        await Expect(refusal.Locator(".unmet li")).ToContainTextAsync("홍보 기간 2047-02-01–2047-03-05");
        await Expect(page.Locator("#side-title")).ToHaveValueAsync("협치 토크 콘서트");
        await page.Locator("#side-day").FillAsync("2047-03-07");
        await page.GetByRole(AriaRole.Button, new() { Name = "부대 행사 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("부대 행사를 기록했습니다.");

        await page.Locator("#side-title").FillAsync("홍보 버스킹");
        await page.Locator("#side-day").FillAsync("2047-02-14");
        await page.Locator("#side-place").FillAsync("성신여대입구역 광장");
        await page.Locator("#side-organiser").FillAsync("성북문화재단");
        await page.GetByRole(AriaRole.Button, new() { Name = "부대 행사 기록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("부대 행사를 기록했습니다.");
        await Expect(page.Locator("#side-events tbody tr").First).ToContainTextAsync("홍보 버스킹");

        // The choices run in date order after the blank one: the busking (14 February) comes first.
        await page.Locator("#side-withdraw-id").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Expect(page.Locator("#side-withdraw-id option:checked")).ToContainTextAsync("홍보 버스킹");
        await page.Locator("#side-withdraw-reason").FillAsync("우천 취소");
        await page.GetByRole(AriaRole.Button, new() { Name = "부대 행사 철회" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("부대 행사를 철회했습니다.");
        await Expect(page.Locator("#withdrawn-side-events")).ToContainTextAsync("우천 취소");
        await Expect(page.Locator("#side-events")).Not.ToContainTextAsync("홍보 버스킹");

        await page.Locator("#realisation-exhibit").SelectOptionAsync(new SelectOptionValue { Value = realised });
        await page.Locator("#realisation-to").SelectOptionAsync(new SelectOptionValue { Label = "이루고자 하는 정책" });
        await page.GetByRole(AriaRole.Button, new() { Name = "정책 구분 정정" }).ClickAsync();
        await Expect(page.Locator("#realisation-reason-error")).ToContainTextAsync("값을 입력하세요");
        await page.Locator("#realisation-reason").FillAsync("조례 개정 전이라 아직 시행 전");
        await page.GetByRole(AriaRole.Button, new() { Name = "정책 구분 정정" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("출품의 정책 구분을 정정했습니다.");
        await Expect(page.Locator("#expo-realisation")).ToContainTextAsync("이루어지는 정책 0건 · 이루고자 하는 정책 2건");
        await AdminBrowser.Screenshot(page, "expo-promotion-side-events");

        var visitor = await browser.NewPage();
        await visitor.GotoAsync("/expos/2047");
        await Expect(visitor.Locator("#by-realisation")).ToContainTextAsync("이루고자 하는 정책 2건");
        await Expect(visitor.Locator("#side-events")).ToContainTextAsync("협치 토크 콘서트");
        await Expect(visitor.Locator("body")).Not.ToContainTextAsync("홍보 버스킹");
    }
}
