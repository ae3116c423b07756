using System.Net;
using System.Net.Http.Json;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>
/// Every command passes one door: its declared roles, its expected version and its field checks
/// are enforced for all of them alike. These tests walk the whole catalogue of commands, so a
/// command added tomorrow is held to the same policies without a test of its own.
/// </summary>
public class OneDoorTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const int Year = 2028;

    [Fact]
    public void Every_command_declares_its_route_and_who_may_run_it()
    {
        Assert.NotEmpty(CommandCatalogue.All);
        Assert.All(CommandCatalogue.All, entry =>
        {
            Assert.StartsWith("/api/", entry.Declaration.Route);
            Assert.NotEmpty(entry.Declaration.MayRun);
            Assert.All(entry.Declaration.MayRun, role => Assert.Contains(role, Roles.All));
        });
        Assert.Equal(CommandCatalogue.All.Count, CommandCatalogue.All.Select(e => e.Declaration.OperationId).Distinct().Count());
    }

    [Fact]
    public async Task Every_command_on_an_existing_record_refuses_a_stale_If_Match_with_412_and_records_nothing()
    {
        var world = await CommandWorld.BuildAsync(await app.ClientAs(Roles.Admin), Year);
        var onRecords = CommandCatalogue.All.Where(e => e.StreamOf is not null).ToList();
        Assert.True(onRecords.Count >= 30, $"only {onRecords.Count} commands act on an existing record");

        foreach (var entry in onRecords)
        {
            var before = await world.VersionsAsync();
            var request = Request(entry, world);
            request.Headers.TryAddWithoutValidation("If-Match", "\"9999\"");

            var answer = await world.Admin.SendAsync(request);

            Assert.True(answer.StatusCode == HttpStatusCode.PreconditionFailed, $"{entry.Declaration.Route} answered {(int)answer.StatusCode}, not 412");
            Assert.Equal(before, await world.VersionsAsync());
        }
    }

    [Fact]
    public async Task Every_command_refuses_a_role_that_may_not_run_it_with_403_before_reading_its_body()
    {
        var world = await CommandWorld.BuildAsync(await app.ClientAs(Roles.Admin), Year);
        var auditor = await app.ClientAs(Roles.Auditor);

        foreach (var entry in CommandCatalogue.All.Where(e => !e.Declaration.MayRun.Contains(Roles.Auditor)))
        {
            var answer = await auditor.SendAsync(Request(entry, world));
            Assert.True(answer.StatusCode == HttpStatusCode.Forbidden, $"{entry.Declaration.Route} answered {(int)answer.StatusCode} to an auditor, not 403");
        }
    }

    [Fact]
    public async Task Every_command_without_a_token_is_401()
    {
        var anonymous = app.AnonymousClient();
        var world = await CommandWorld.BuildAsync(await app.ClientAs(Roles.Admin), Year);

        foreach (var entry in CommandCatalogue.All)
        {
            var answer = await anonymous.SendAsync(Request(entry, world));
            Assert.True(answer.StatusCode == HttpStatusCode.Unauthorized, $"{entry.Declaration.Route} answered {(int)answer.StatusCode} without a token, not 401");
        }
    }

    /// <summary>The command's route with its records' ids, by its declared method, with an empty JSON body.</summary>
    private static HttpRequestMessage Request(CommandCatalogue.Entry entry, CommandWorld world) =>
        new(new HttpMethod(entry.Declaration.Method), world.Fill(entry.Declaration.Route)) { Content = JsonContent.Create(new { }) };
}
