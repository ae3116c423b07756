using System.Net.Http.Json;
using System.Text.Json;
using Hyeopchi.Host.Auth;
using Microsoft.Playwright;
using static Hyeopchi.Browser.Tests.ProcessPagesTests;
using static Microsoft.Playwright.Assertions;

namespace Hyeopchi.Browser.Tests;

/// <summary>The monitoring year page's R10 forms — correcting and withdrawing an evaluation, withdrawing evidence, ending an appointment — in a real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class MonitoringCorrectionPagesTests(AdminBrowser browser)
{
    [ChromiumFact]
    public async Task A_coordinator_corrects_and_withdraws_an_evaluation_withdraws_its_evidence_and_ends_an_appointment()
    {
        var api = await browser.ApiClient();
        var division = await Id(api, "api/divisions", new { name = "정정 시험 분과", field = "평가", on = "2026-03-20" });
        await SeedEvaluation(api, 2039, division, 40m, publish: null, monitorName: "정정 모니터");
        var evaluation = (await api.GetFromJsonAsync<JsonElement>("api/monitoring/2039")).GetProperty("evaluations")[0].GetProperty("id").GetString();
        (await api.PostAsJsonAsync($"api/monitoring/2039/evaluations/{evaluation}/evidence",
            new { method = "survey", count = 1, respondents = 30, keyFindings = new[] { "응답이 적음" }, on = "2039-10-05" })).EnsureSuccessStatusCode();

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync("/monitoring/2039");

        await page.GetByLabel("정정할 평가").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("정정할 지표 (다른 지표는 그대로)").SelectOptionAsync("P9");
        await page.GetByLabel("정정한 점수 (정량)").FillAsync("42");
        await page.GetByRole(AriaRole.Button, new() { Name = "평가 정정" }).ClickAsync();
        await Expect(page.Locator("#evaluation-correction-reason")).ToHaveAttributeAsync("aria-invalid", "true"); // R10: a correction states its reason
        await Expect(page.GetByLabel("정정한 점수 (정량)")).ToHaveValueAsync("42");
        await page.Locator("#evaluation-correction-reason").FillAsync("집계 오류");
        await page.Locator("#evaluation-correction-on").FillAsync("2039-10-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "평가 정정" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("평가 정정을 기록했습니다.");
        await Expect(page.Locator("#evaluations")).ToContainTextAsync("P9 주민 참여율: 42.0");

        await page.GetByLabel("철회할 근거").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#evidence-withdrawal-reason").FillAsync("다른 평가의 설문");
        await page.Locator("#evidence-withdrawal-on").FillAsync("2039-10-21");
        await page.GetByRole(AriaRole.Button, new() { Name = "근거 철회" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("근거를 철회했습니다.");
        await Expect(page.Locator("#evaluations")).ToContainTextAsync("철회: 다른 평가의 설문");

        await page.GetByLabel("철회할 평가").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#evaluation-withdrawal-reason").FillAsync("다른 분과 평가를 잘못 입력");
        await page.Locator("#evaluation-withdrawal-on").FillAsync("2039-10-22");
        await page.GetByRole(AriaRole.Button, new() { Name = "평가 철회" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("평가를 철회했습니다.");
        await Expect(page.Locator("#evaluations")).ToHaveCountAsync(0);
        await Expect(page.Locator("#withdrawn-evaluations")).ToContainTextAsync("철회: 다른 분과 평가를 잘못 입력");

        await page.Locator("#appointment-end-monitor").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#appointment-end-on").FillAsync("2039-11-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "위촉 종료" }).ClickAsync();
        await Expect(page.Locator("#appointment-end-reason")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.Locator("#appointment-end-reason").FillAsync("이사");
        await page.GetByRole(AriaRole.Button, new() { Name = "위촉 종료" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("모니터 위촉을 종료했습니다.");
        await Expect(page.Locator("#monitors")).ToContainTextAsync("위촉 종료: 이사");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "위촉 종료" })).ToHaveCountAsync(0);
        await AdminBrowser.Screenshot(page, "monitoring-withdrawn-and-ended");
    }
}
