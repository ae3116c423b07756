using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Samples;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hyeopchi.Browser.Tests;

[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleBrowser>
{
    public const string Name = "sample";
}

/// <summary>
/// A host started as the README starts it for a newcomer, with <c>--sample seongbuk</c>: the pages
/// then hold what a coordinator's first hour shows. The dashboard is looked at once as the host
/// starts, while the sample is still loading (its hundreds of steps take far longer than one page),
/// and the tests run on the loaded sample.
/// </summary>
public sealed class SampleBrowser : AdminBrowser
{
    public static readonly string SampleFolder = Path.Combine(FolderWith("Hyeopchi.sln"), "samples", "seongbuk");

    /// <summary>How many steps the sample has in all: what the dashboard counts towards.</summary>
    public static int SampleSteps => Scenario.ReadFolder(SampleFolder).Sum(s => s.Steps.Count);

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["sample"] = SampleFolder };

    /// <summary>The dashboard's loading notice as it read while the sample loaded; null if the dashboard showed none.</summary>
    public string? DashboardWhileLoading { get; private set; }

    private IReadOnlyList<string>? _pages;

    /// <summary>
    /// Every page of the admin with the sample in it: each menu entry, and one of each kind of
    /// record page (a division, a workshop, a task…), found by following the lists' links as an admin.
    /// </summary>
    public async Task<IReadOnlyList<string>> EveryPage()
    {
        if (_pages is not null) return _pages;
        var page = await SignedIn(Roles.Admin);
        // Every menu entry, so a page added to the menu is checked without a line here; the public ones come below.
        var pages = Hyeopchi.Host.Admin.AdminMenu.Entries.Select(e => e.Path).Where(p => p != "/public").ToList();
        async Task Follow(string list, string pattern, string within = "main")
        {
            await page.GotoAsync(list);
            var href = await page.EvaluateAsync<string?>(
                "([within, pattern]) => [...document.querySelectorAll(within + ' a[href]')].map(a => a.getAttribute('href')).find(h => new RegExp(pattern).test(h)) ?? null",
                new[] { within, pattern });
            pages.Add(href ?? throw new InvalidOperationException($"{list} links to no page matching {pattern}."));
        }

        await Follow("/divisions", "^/divisions/[0-9a-f-]{36}$");
        await Follow("/workshops", "^/workshops/[0-9a-f-]{36}$");
        await Follow("/strategic-tasks", "^/strategic-tasks/[0-9a-f-]{36}$");
        await Follow("/task-force", "^/task-force/[0-9a-f-]{36}$");
        await Follow("/expo", "^/expo/[0-9]{4}$");
        await Follow("/education", "^/education/[0-9a-f-]{36}$");
        await Follow("/people", "^/education/people/[0-9a-f-]{36}$");
        // A year with evaluations, from the table of years (the link above it is this year's, empty in the sample).
        await Follow("/monitoring", "^/monitoring/[0-9]{4}$", "main table");
        await Follow("/reports", "^/reports/monitoring\\?from=[0-9]{4}&to=[0-9]{4}$");
        pages.AddRange(await PublicPages());
        await page.Context.CloseAsync();
        return _pages = pages;
    }

    /// <summary>The pages anyone may read without signing in: sign-in, the public page and an expo's catalogue.</summary>
    public async Task<IReadOnlyList<string>> PublicPages()
    {
        var page = await NewPage();
        await page.GotoAsync("/public");
        var expo = await page.Locator("main a[href^='/expos/']").First.GetAttributeAsync("href")
                   ?? throw new InvalidOperationException("The public page links to no expo catalogue.");
        await page.Context.CloseAsync();
        return ["/signin", "/public", expo];
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (!File.Exists(ChromiumPath)) return;

        var page = await SignedIn(Roles.Admin);
        await page.GotoAsync("/");
        var notice = page.Locator("#sample-loading");
        DashboardWhileLoading = await notice.CountAsync() > 0 ? await notice.InnerTextAsync() : null;
        await Screenshot(page, "dashboard-while-the-sample-loads");
        await page.Context.CloseAsync();

        var progress = Services.GetRequiredService<SampleProgress>();
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (progress.Current is { Status: SampleStatus.Loading } && DateTime.UtcNow < deadline) await Task.Delay(500);
        if (progress.Current is not { Status: SampleStatus.Loaded })
            throw new InvalidOperationException($"The sample did not load: {progress.Current}");
    }
}
