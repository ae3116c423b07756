using System.Net.Http.Json;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Hyeopchi.Host.Tests.Auth;

/// <summary>A host started with no HYEOPCHI_ADMIN_PASSWORD.</summary>
public sealed class GeneratedAdminPasswordApp : HyeopchiApp
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("HYEOPCHI_ADMIN_PASSWORD", "");
}

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class BootstrapAdminTests(GeneratedAdminPasswordApp app) : IClassFixture<GeneratedAdminPasswordApp>
{
    [Fact]
    public async Task A_generated_admin_password_is_written_to_an_owner_only_file_in_the_data_folder()
    {
        var file = Path.Combine(app.DataFolder, "admin-password");

        Assert.True(File.Exists(file), $"{file} is missing");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var password = (await File.ReadAllTextAsync(file)).Trim();
        var token = await app.AnonymousClient().PostAsJsonAsync("/api/auth/token", new { userName = BootstrapAdmin.UserName, password });
        await token.Json();
    }
}

public sealed class ShortAdminPasswordApp : HyeopchiApp
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("HYEOPCHI_ADMIN_PASSWORD", "short-pw-11");
}

public class ShortAdminPasswordTests
{
    [Fact]
    public async Task An_admin_password_shorter_than_12_characters_is_refused_at_start()
    {
        var app = new ShortAdminPasswordApp();
        try
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(app.InitializeAsync);
            Assert.Contains("HYEOPCHI_ADMIN_PASSWORD", refused.ToString());
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
