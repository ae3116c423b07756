using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Hyeopchi.Host.Infrastructure.Database;
using Hyeopchi.Testing;
using Npgsql;

namespace Hyeopchi.Host.Tests.Districts;

/// <summary>
/// A store made by the version before districts existed: the Seongbuk sample loaded by that host,
/// dumped with pg_dump (<c>store-before-districts.sql.gz</c>; its admin's password is
/// <see cref="PreviousAdminPassword"/>). The host of today opens it before anything else.
/// </summary>
public sealed class StoreBeforeDistricts : HyeopchiApp
{
    public const string PreviousAdminPassword = "previous-store-pw1";

    protected override async Task PrepareDatabaseAsync(string connectionString)
    {
        var dump = Path.Combine(AppContext.BaseDirectory, "Districts", "store-before-districts.sql.gz");
        var script = Path.Combine(Path.GetTempPath(), $"hyeopchi-before-districts-{Guid.NewGuid():N}.sql");
        await using (var input = new GZipStream(File.OpenRead(dump), CompressionMode.Decompress))
        await using (var output = File.Create(script))
        {
            await input.CopyToAsync(output);
        }

        try
        {
            var db = new NpgsqlConnectionStringBuilder(connectionString);
            var psql = new ProcessStartInfo(Path.Combine(EmbeddedPostgres.FindBinaries(), "psql"),
                ["-h", db.Host!, "-p", db.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", db.Username!, "-d", db.Database!, "-q", "-v", "ON_ERROR_STOP=1", "-f", script])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["PGPASSWORD"] = db.Password },
            };
            using var restore = Process.Start(psql)!;
            var errors = restore.StandardError.ReadToEndAsync();
            await restore.StandardOutput.ReadToEndAsync();
            await restore.WaitForExitAsync();
            if (restore.ExitCode != 0) throw new InvalidOperationException($"Restoring the earlier store failed: {await errors}");
        }
        finally
        {
            File.Delete(script);
        }
    }
}

public class UpgradeTests(StoreBeforeDistricts app) : IClassFixture<StoreBeforeDistricts>
{
    private async Task<(HttpClient Client, string District)> SignedInAdmin()
    {
        var token = await (await app.AnonymousClient().PostJson("/api/auth/token", new { userName = "admin", password = StoreBeforeDistricts.PreviousAdminPassword })).Json();
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return (client, token.GetProperty("district").GetString()!);
    }

    [Fact]
    public async Task A_store_from_before_districts_opens_with_all_its_records_in_default_renamable_and_writable()
    {
        var (admin, district) = await SignedInAdmin();
        Assert.Equal("default", district);

        // Every record is the district default's, as it was.
        var divisions = (await admin.GetJson("/api/divisions")).EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("마을공동체분과", divisions);
        var tasks = await admin.GetJson("/api/strategic-tasks?year=2025");
        Assert.True(tasks.GetArrayLength() > 0);
        var task = tasks.EnumerateArray().First(t => t.GetProperty("status").GetString() is "planned" or "inProgress").GetProperty("id").GetString();
        var history = await admin.GetJson($"/api/audit/strategic-tasks/{task}/history");
        Assert.True(history.GetArrayLength() > 0);
        Assert.Equal(HttpStatusCode.OK, (await app.AnonymousClient().GetAsync("/api/public/expos/2025")).StatusCode);

        // Its first admin became the installation's operator, and renames the district.
        var renamed = await admin.PostJson("/api/districts/default/renaming", new { code = "seongbuk", name = "성북구" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var (again, renamedDistrict) = await SignedInAdmin();
        Assert.Equal("seongbuk", renamedDistrict);
        Assert.Contains("마을공동체분과", (await again.GetJson("/api/divisions")).EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await app.AnonymousClient().GetAsync("/api/public/districts/seongbuk/expos/2025")).StatusCode);

        // An old stream takes new events, and a new district sees none of the old records.
        Assert.Equal(HttpStatusCode.OK, (await again.PostJson($"/api/strategic-tasks/{task}/progress", new { percent = 99, note = "새 버전에서 기록", on = "2026-11-20" })).StatusCode);
        Assert.Equal(99, (await again.GetJson($"/api/strategic-tasks/{task}")).GetProperty("percent").GetInt32());
        (await again.PostJson("/api/districts", new { code = "gangbuk", name = "강북구" })).EnsureSuccessStatusCode();
        var inGangbuk = new HttpRequestMessage(HttpMethod.Get, "/api/divisions") { Headers = { { Host.Districts.RequestDistrict.Header, "gangbuk" } } };
        Assert.Equal("[]", await (await again.SendAsync(inGangbuk)).Content.ReadAsStringAsync());
    }
}
