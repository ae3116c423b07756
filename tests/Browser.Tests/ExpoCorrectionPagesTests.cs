using System.Net.Http.Json;
using Hyeopchi.Host.Auth;
using Microsoft.Playwright;
using static Hyeopchi.Browser.Tests.ProcessPagesTests;
using static Microsoft.Playwright.Assertions;

namespace Hyeopchi.Browser.Tests;

/// <summary>An exhibit withdrawn by its organisation and the expo's dates changed before it opens, from the expo page (R9, R10).</summary>
[Collection(BrowserCollection.Name)]
public class ExpoCorrectionPagesTests(AdminBrowser browser)
{
    [ChromiumFact]
    public async Task A_coordinator_withdraws_an_exhibit_which_leaves_the_public_catalogue_and_reschedules_the_expo()
    {
        var api = await browser.ApiClient();
        (await api.PostAsJsonAsync("api/expos", new { year = 2041, submissionsOpen = "2041-01-10", submissionsClose = "2041-02-08", opensOn = "2041-03-06", closesOn = "2041-03-08", on = "2040-12-03" }))
            .EnsureSuccessStatusCode();
        var kept = await Id(api, "api/expos/2041/exhibits", new { organisation = "성북구청 자치행정과", organisationType = "administration", title = "동 주민센터 협치 창구", summary = "동마다 협치 창구", on = "2041-01-21" });
        var withdrawn = await Id(api, "api/expos/2041/exhibits", new { organisation = "석관동 주민모임", organisationType = "civil", title = "천장산 숲길 돌봄", summary = "주민이 돌보는 숲길", realisation = "hoped", on = "2041-01-22" });
        foreach (var x in new[] { kept, withdrawn })
            (await api.PostAsJsonAsync($"api/expos/2041/exhibits/{x}/review", new { decision = "accept", on = "2041-02-15" })).EnsureSuccessStatusCode();

        var visitor = await browser.NewPage();
        await visitor.GotoAsync("/expos/2041");
        await Expect(visitor.Locator("body")).ToContainTextAsync("천장산 숲길 돌봄");

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync("/expo/2041");
        await Expect(page.Locator("#expo-realisation")).ToContainTextAsync("이루어지는 정책 1건 · 이루고자 하는 정책 1건");
        await page.Locator("#withdrawal-exhibit").SelectOptionAsync(new SelectOptionValue { Value = withdrawn });
        await page.GetByRole(AriaRole.Button, new() { Name = "출품 철회" }).ClickAsync();
        await Expect(page.Locator("#withdrawal-reason-error")).ToContainTextAsync("값을 입력하세요");
        await page.Locator("#withdrawal-reason").FillAsync("단체 사정으로 참여 어려움");
        await page.Locator("#withdrawal-on").FillAsync("2041-02-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "출품 철회" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("출품을 철회했습니다. 공개 목록에서 빠졌습니다.");
        await Expect(page.Locator("#withdrawn-exhibits")).ToContainTextAsync("천장산 숲길 돌봄");
        await Expect(page.Locator("#withdrawn-exhibits")).ToContainTextAsync("단체 사정으로 참여 어려움");
        await Expect(page.Locator("#exhibits")).Not.ToContainTextAsync("천장산 숲길 돌봄");
        await Expect(page.Locator("#expo-realisation")).ToContainTextAsync("이루어지는 정책 1건 · 이루고자 하는 정책 0건");

        // The form shows the dates as they are; a change states its reason.
        await Expect(page.Locator("#reschedule-opens")).ToHaveValueAsync("2041-03-06");
        await page.Locator("#reschedule-opens").FillAsync("2041-03-13");
        await page.Locator("#reschedule-closes").FillAsync("2041-03-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "일정 변경" }).ClickAsync();
        await Expect(page.Locator("#reschedule-reason-error")).ToContainTextAsync("값을 입력하세요");
        await Expect(page.Locator("#reschedule-opens")).ToHaveValueAsync("2041-03-13");
        await page.Locator("#reschedule-reason").FillAsync("구청 강당 공사로 한 주 미룸");
        await page.Locator("#reschedule-on").FillAsync("2041-02-21");
        await page.GetByRole(AriaRole.Button, new() { Name = "일정 변경" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("박람회 일정을 바꿨습니다.");
        await Expect(page.Locator("#reschedulings")).ToContainTextAsync("구청 강당 공사로 한 주 미룸");
        await Expect(page.Locator(".facts")).ToContainTextAsync("2041년 3월 13일 – 2041년 3월 15일");
        await AdminBrowser.Screenshot(page, "expo-withdrawal-reschedule");

        await visitor.GotoAsync("/expos/2041");
        await Expect(visitor.Locator("body")).Not.ToContainTextAsync("천장산 숲길 돌봄");
        await Expect(visitor.Locator("#by-realisation")).ToContainTextAsync("이루고자 하는 정책 0건");
        await Expect(visitor.Locator("body")).ToContainTextAsync("동 주민센터 협치 창구");
    }
}
