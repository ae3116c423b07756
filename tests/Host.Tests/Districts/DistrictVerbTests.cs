using System.Diagnostics;
using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Districts;

/// <summary>
/// <c>add-district CODE NAME</c> on the command line, run as an operator runs it (the host's own
/// program, pointed at the store by <c>HYEOPCHI_DB</c>), then the district's first admin with
/// <c>add-user --district</c>: the running host serves the new district at once.
/// </summary>
public class DistrictVerbTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var data = Path.Combine(Path.GetTempPath(), $"hyeopchi-verb-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        try
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = data,
            };
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.Environment["HYEOPCHI_DB"] = app.ConnectionString;
            start.Environment["HYEOPCHI_DATA"] = data;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task An_operator_adds_a_district_and_its_first_admin_on_the_command_line()
    {
        var code = $"v-{Guid.NewGuid():N}"[..12];
        var added = await RunAsync("add-district", code, "광진구");
        Assert.True(added.Exit == 0, added.Output + added.Error);
        Assert.Contains($"District '{code}' (광진구) added.", added.Output);

        var taken = await RunAsync("add-district", code, "다른 이름");
        Assert.NotEqual(0, taken.Exit);
        Assert.Contains("The district code is taken.", taken.Error);
        var malformed = await RunAsync("add-district", "Gwangjin", "광진구");
        Assert.NotEqual(0, malformed.Exit);
        Assert.Contains("code:", malformed.Error);

        // The running host serves it: an operator acts there by naming it.
        var named = new HttpRequestMessage(HttpMethod.Get, "/api/divisions") { Headers = { { Hyeopchi.Host.Districts.RequestDistrict.Header, code } } };
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAs(Roles.Admin)).SendAsync(named)).StatusCode);

        var userName = $"admin-{code}";
        var admin = await RunAsync("add-user", userName, "--roles", Roles.Admin, "--district", code, "--password", HyeopchiApp.UserPassword);
        Assert.True(admin.Exit == 0, admin.Output + admin.Error);
        var token = await (await app.AnonymousClient().PostJson("/api/auth/token", new { userName, password = HyeopchiApp.UserPassword })).Json();
        Assert.Equal(code, token.GetProperty("district").GetString());
    }
}
