using System.Net.Http.Json;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;
using Microsoft.Playwright;

namespace Hyeopchi.Browser.Tests;

/// <summary>A test that needs Debian's Chromium; it is skipped, saying why, only where that browser is missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(AdminBrowser.ChromiumPath))
        {
            Skip = $"{AdminBrowser.ChromiumPath} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests.";
        }
    }
}

/// <summary>A theory that needs Debian's Chromium, skipped like <see cref="ChromiumFactAttribute"/>.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(AdminBrowser.ChromiumPath)) Skip = new ChromiumFactAttribute().Skip;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<AdminBrowser>
{
    public const string Name = "browser";
}

/// <summary>
/// The real host on a loopback port, and headless Chromium (never a downloaded browser) driven by
/// Playwright. Users per role are created through the API, as an admin would.
/// </summary>
public class AdminBrowser : HyeopchiServer
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly ViewportSize Laptop = new() { Width = 1366, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private readonly HashSet<string> _users = [];
    private IPlaywright? _playwright;
    private string? _adminToken;

    public IBrowser Browser { get; private set; } = null!;

    public static string Screenshots { get; } = ArtefactFolder("screenshots");

    /// <summary>Pages printed to PDF (A4), kept with the screenshots.</summary>
    public static string Prints { get; } = ArtefactFolder("print");

    public override async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        if (!File.Exists(ChromiumPath)) return;
        await base.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public override async Task DisposeAsync()
    {
        if (!File.Exists(ChromiumPath)) return;
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    public async Task<IPage> NewPage(ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = viewport ?? Laptop,
            Locale = "ko-KR",
        });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in through the sign-in form as a user of <paramref name="role"/>.</summary>
    public async Task<IPage> SignedIn(string role, ViewportSize? viewport = null)
    {
        var (userName, password) = await UserFor(role);
        var page = await NewPage(viewport);
        await page.GotoAsync("/signin");
        await page.GetByLabel("사용자 이름").FillAsync(userName);
        await page.GetByLabel("비밀번호").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        await Assertions.Expect(page.Locator(".who")).ToContainTextAsync(userName);
        return page;
    }

    public async Task<(string UserName, string Password)> UserFor(string role)
    {
        if (role == Roles.Admin) return (BootstrapAdmin.UserName, HyeopchiApp.AdminPassword);
        var userName = $"{role}-user";
        if (_users.Add(role))
        {
            var client = await ApiClient();
            var created = await client.PostAsJsonAsync("api/users", new { userName, password = HyeopchiApp.UserPassword, roles = new[] { role } });
            created.EnsureSuccessStatusCode();
        }

        return (userName, HyeopchiApp.UserPassword);
    }

    /// <summary>An API client with the admin's bearer token: the Given steps go through the API.</summary>
    public async Task<HttpClient> ApiClient()
    {
        var client = Client();
        // One sign-in for the whole run: sign-ins from one address are throttled like anyone's.
        if (_adminToken is null)
        {
            var response = await client.PostAsJsonAsync("api/auth/token", new { userName = BootstrapAdmin.UserName, password = HyeopchiApp.AdminPassword });
            response.EnsureSuccessStatusCode();
            _adminToken = (await response.Content.ReadFromJsonAsync<TokenIssued>())!.AccessToken;
        }

        var token = _adminToken;
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task Screenshot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{name}.png"), FullPage = true });

    /// <summary>The repository's folder holding <paramref name="file"/>, found upwards from the test binaries.</summary>
    public static string FolderWith(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, file))) dir = dir.Parent;
        return dir?.FullName ?? AppContext.BaseDirectory;
    }

    private static string ArtefactFolder(string kind)
    {
        var folder = Path.Combine(FolderWith("Hyeopchi.Browser.Tests.csproj"), "TestResults", kind);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
