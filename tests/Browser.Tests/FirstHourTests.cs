using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hyeopchi.Host.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hyeopchi.Browser.Tests;

/// <summary>
/// A new coordinator's first hour with the sample loaded: the dashboard while it loads, the monitoring
/// report on a laptop, on a phone and on A4 paper, the compliance page on paper, the public expo
/// catalogue, and the auditor asking how a task stood on a day.
/// </summary>
[Collection(SampleCollection.Name)]
public partial class FirstHourTests(SampleBrowser browser)
{
    [ChromiumFact]
    public async Task While_the_sample_loads_the_dashboard_shows_the_scenario_and_the_steps_done_of_the_total_then_no_longer()
    {
        var total = SampleBrowser.SampleSteps;
        Assert.NotNull(browser.DashboardWhileLoading);
        Assert.Contains("예시 자료를 불러오는 중입니다", browser.DashboardWhileLoading);
        var done = Regex.Match(browser.DashboardWhileLoading!, $@"(\d+) / {total} 단계");
        Assert.True(done.Success, browser.DashboardWhileLoading);
        Assert.InRange(int.Parse(done.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0, total - 1);

        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync("/");
        await Expect(page.Locator("#sample-loading")).ToHaveCountAsync(0);
        await Expect(page.Locator(".lead").First).ToContainTextAsync("발족");
        await AdminBrowser.Screenshot(page, "dashboard-after-the-sample-loaded");
    }

    [ChromiumFact]
    public async Task The_monitoring_report_is_an_admin_page_with_one_decimal_throughout()
    {
        var page = await browser.SignedIn(Roles.Coordinator);
        var url = await ReportUrl(page);
        var response = await page.GotoAsync(url);
        Assert.DoesNotContain("'unsafe-inline'", (await response!.AllHeadersAsync())["content-security-policy"]);

        // The admin's stylesheet is applied, not merely linked: the menu bar has the brand's colour.
        await Expect(page.Locator("header.top")).ToHaveCSSAsync("background-color", "rgb(11, 79, 138)");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "주 메뉴" })).ToBeVisibleAsync();
        await Expect(page.Locator("section.indicator").First).ToBeVisibleAsync();
        var figures = await page.Locator("td.num").AllInnerTextsAsync();
        Assert.NotEmpty(figures);
        var scores = await page.Locator("section.indicator td.num").AllInnerTextsAsync();
        Assert.All(scores, f => Assert.Matches(@"^([+-]?\d+\.\d|—)$", f));
        Assert.Contains(scores, f => f.StartsWith('+') || f.StartsWith('-'));
        await AdminBrowser.Screenshot(page, "monitoring-report-laptop");
    }

    [ChromiumFact]
    public async Task At_a_phones_width_the_report_and_the_expo_catalogue_fit_and_the_chart_labels_stay_readable()
    {
        var phone = new ViewportSize { Width = 375, Height = 812 };
        var page = await browser.SignedIn(Roles.Coordinator, phone);
        await page.GotoAsync(await ReportUrl(page));

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The report scrolls sideways at 375 px.");
        var smallest = await page.EvaluateAsync<double>(
            "() => Math.min(...[...document.querySelectorAll('svg.chart text')].map(t => t.getBoundingClientRect().height))");
        Assert.True(smallest >= 10, $"A chart label is {smallest:0.#} px high at 375 px.");
        var chart = await page.Locator("svg.chart").First.BoundingBoxAsync();
        Assert.InRange(chart!.Width, 300, 375);
        await AdminBrowser.Screenshot(page, "monitoring-report-phone");

        var expo = (await browser.PublicPages())[2];
        var visitor = await browser.NewPage(phone);
        await visitor.GotoAsync(expo);
        await Expect(visitor.Locator("header.top")).ToHaveCSSAsync("background-color", "rgb(11, 79, 138)");
        await Expect(visitor.Locator(".exhibits .card").First).ToBeVisibleAsync();
        Assert.True(await visitor.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The catalogue scrolls sideways at 375 px.");
        await AdminBrowser.Screenshot(visitor, "expo-catalogue-phone");
    }

    [ChromiumFact]
    public async Task The_report_and_the_compliance_page_print_to_A4_with_headings_a_page_per_indicator_and_no_menu()
    {
        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync(await ReportUrl(page));
        var indicators = await page.Locator("section.indicator").CountAsync();
        Assert.True(indicators >= 2, "The sample's report has several indicators.");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator("header.top")).ToBeHiddenAsync();
        await Expect(page.Locator("footer")).ToBeHiddenAsync();
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Expect(page.Locator("section.indicator h2").First).ToBeVisibleAsync();
        await Expect(page.Locator("section.indicator").First).ToHaveCSSAsync("break-before", "auto");
        await Expect(page.Locator("section.indicator").Nth(1)).ToHaveCSSAsync("break-before", "page");
        var report = Path.Combine(AdminBrowser.Prints, "monitoring-report-a4.pdf");
        await page.PdfAsync(new() { Path = report, Format = "A4", PrintBackground = true });
        Assert.True(Pages(report) >= indicators, $"{indicators} indicators printed on {Pages(report)} pages.");

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GotoAsync("/compliance");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("header.top")).ToBeHiddenAsync();
        await Expect(page.Locator(".crumbs")).ToBeHiddenAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("의무 이행 현황");
        await Expect(page.Locator("main h2").First).ToBeVisibleAsync();
        await page.PdfAsync(new() { Path = Path.Combine(AdminBrowser.Prints, "compliance-a4.pdf"), Format = "A4", PrintBackground = true });
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await AdminBrowser.Screenshot(page, "compliance-with-the-sample");
    }

    [ChromiumFact]
    public async Task The_auditor_tells_recorded_instants_from_business_dates_and_sees_a_task_as_it_stood_on_a_day()
    {
        var api = await browser.ApiClient();
        var (id, before, after) = await ATaskWhoseProgressChanged(api);
        var expected = await api.GetFromJsonAsync<JsonElement>($"api/audit/strategic-tasks/{id}/as-of?on={before:yyyy-MM-dd}");
        var now = await api.GetFromJsonAsync<JsonElement>($"api/strategic-tasks/{id}");
        Assert.NotEqual(expected.GetProperty("percent").GetInt32(), now.GetProperty("percent").GetInt32());

        var page = await browser.SignedIn(Roles.Auditor);
        await page.GotoAsync($"/strategic-tasks/{id}");
        await Expect(page.Locator("#timeline thead")).ToContainTextAsync("기록 시각 (입력된 때)");
        await Expect(page.Locator("#timeline thead")).ToContainTextAsync("업무 날짜 (일어난 날)");
        await Expect(page.Locator("#time-kinds")).ToContainTextAsync("실제로 있었던 날");

        await page.GetByLabel("업무 날짜 기준 (이날 현재)").FillAsync($"{before:yyyy-MM-dd}");
        await page.GetByRole(AriaRole.Button, new() { Name = "이날 현재 보기" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"on={before:yyyy-MM-dd}"));
        await Expect(page.Locator("#as-of-title")).ToContainTextAsync("현재 (업무 날짜 기준)");
        await Expect(page.Locator("#as-of-percent")).ToHaveTextAsync($"{expected.GetProperty("percent").GetInt32()}%");
        await AdminBrowser.Screenshot(page, "audit-as-it-stood-on");

        await page.GetByLabel("업무 날짜 기준 (이날 현재)").FillAsync($"{after:yyyy-MM-dd}");
        await page.GetByRole(AriaRole.Button, new() { Name = "이날 현재 보기" }).ClickAsync();
        var later = await api.GetFromJsonAsync<JsonElement>($"api/audit/strategic-tasks/{id}/as-of?on={after:yyyy-MM-dd}");
        await Expect(page.Locator("#as-of-percent")).ToHaveTextAsync($"{later.GetProperty("percent").GetInt32()}%");

        await page.GetByLabel("버전 기준").SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "이 버전 보기" }).ClickAsync();
        await Expect(page.Locator("#as-of-title")).ToContainTextAsync("버전 1 당시");
    }

    /// <summary>The sample's report page, as the reports page links it.</summary>
    private static async Task<string> ReportUrl(IPage page)
    {
        await page.GotoAsync("/reports");
        return (await page.Locator("#report-page").GetAttributeAsync("href"))!;
    }

    /// <summary>A sample task with progress reported after it was adopted: a day before the first report, and the day of the last.</summary>
    private static async Task<(string Id, DateOnly Before, DateOnly After)> ATaskWhoseProgressChanged(HttpClient api)
    {
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            foreach (var task in await api.GetFromJsonAsync<JsonElement[]>($"api/strategic-tasks?year={year}") ?? [])
            {
                if (task.GetProperty("percent").GetInt32() == 0) continue;
                var id = task.GetProperty("id").GetString()!;
                var reports = (await api.GetFromJsonAsync<JsonElement[]>($"api/audit/strategic-tasks/{id}/history"))!
                    .Where(e => e.GetProperty("type").GetString() == "progressReported")
                    .Select(e => DateOnly.Parse(e.GetProperty("on").GetString()!, System.Globalization.CultureInfo.InvariantCulture))
                    .ToList();
                if (reports.Count > 0) return (id, reports.Min().AddDays(-1), reports.Max());
            }
        }

        throw new InvalidOperationException("The sample has no task with progress reported.");
    }

    /// <summary>How many pages a PDF has (its page objects).</summary>
    private static int Pages(string pdf) => PageObject().Matches(File.ReadAllText(pdf, System.Text.Encoding.Latin1)).Count;

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();
}
