using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Districts;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hyeopchi.Host.Tests.Districts;

/// <summary>
/// Every district on one installation (api.md, "Districts and nodes"): an operator makes districts
/// and their users; a user acts in their own district only, by token, and nobody reads or changes
/// another district's records through any route.
/// </summary>
public class DistrictTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const int Year = 2031;

    private async Task<string> NewDistrictAsync(string name = "강북구")
    {
        var code = $"d-{Guid.NewGuid():N}"[..12];
        var operatorClient = await app.ClientAs(Roles.Admin);
        var created = await operatorClient.PostJson("/api/districts", new { code, name });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        Assert.Equal(code, (await created.Json(HttpStatusCode.Created)).GetProperty("id").GetString());
        return code;
    }

    /// <summary>A user of <paramref name="district"/> with <paramref name="role"/>, made by the operator, signed in.</summary>
    private async Task<(HttpClient Client, JsonElement Token, string UserName)> UserOfAsync(string district, string role)
    {
        var operatorClient = await app.ClientAs(Roles.Admin);
        var userName = $"{role}-{Guid.NewGuid():N}"[..20];
        var created = await operatorClient.PostJson("/api/users", new { userName, password = HyeopchiApp.UserPassword, roles = new[] { role }, district });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = await (await app.AnonymousClient().PostJson("/api/auth/token", new { userName, password = HyeopchiApp.UserPassword })).Json();
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return (client, token, userName);
    }

    [Fact]
    public async Task An_operator_creates_and_lists_districts_a_malformed_code_is_400_and_a_taken_one_409()
    {
        var operatorClient = await app.ClientAs(Roles.Admin);
        var code = await NewDistrictAsync("도봉구");

        Assert.Equal(HttpStatusCode.Conflict, (await operatorClient.PostJson("/api/districts", new { code, name = "다른 이름" })).StatusCode);
        foreach (var malformed in new[] { "Seongbuk", "1seongbuk", "s", "seong_buk", "성북" })
        {
            var answer = await operatorClient.PostJson("/api/districts", new { code = malformed, name = "성북구" });
            Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{malformed}: {(int)answer.StatusCode}");
        }

        var list = await operatorClient.GetJson("/api/districts");
        var codes = list.EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Contains("default", codes);
        Assert.Contains(code, codes);
        Assert.Equal("도봉구", list.EnumerateArray().Single(d => d.GetProperty("code").GetString() == code).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Only_an_operator_manages_districts_and_reads_the_rollup()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostJson("/api/districts", new { code = "nowon", name = "노원구" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/districts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/api/operator/compliance/{Year}")).StatusCode);

        var (admin, _, _) = await UserOfAsync(await NewDistrictAsync(), Roles.Admin);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostJson("/api/districts", new { code = "nowon", name = "노원구" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostJson("/api/users", new { userName = "would-be-operator", password = HyeopchiApp.UserPassword, roles = new[] { Roles.Operator } })).StatusCode);
    }

    [Fact]
    public async Task A_token_names_its_district_and_a_user_sees_only_their_districts_records()
    {
        var defaultCoordinator = await app.ClientAs(Roles.Coordinator);
        var inDefault = await defaultCoordinator.Create("/api/divisions", new { name = $"돌봄분과{Guid.NewGuid():N}"[..12], field = "돌봄" });

        var code = await NewDistrictAsync();
        var (other, token, _) = await UserOfAsync(code, Roles.Coordinator);
        Assert.Equal(code, token.GetProperty("district").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/divisions/{inDefault}")).StatusCode);
        Assert.DoesNotContain(inDefault, (await other.GetJson("/api/divisions")).EnumerateArray().Select(d => d.GetProperty("id").GetString()));

        // The same name is free in another district: names are unique per district.
        var mine = await other.Create("/api/divisions", new { name = "돌봄복지분과", field = "돌봄" });
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/divisions/{mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await defaultCoordinator.GetAsync($"/api/divisions/{mine}")).StatusCode);
    }

    [Fact]
    public async Task Naming_another_district_in_the_header_is_403_for_a_user_and_acts_there_for_an_operator()
    {
        var code = await NewDistrictAsync();
        var (other, _, _) = await UserOfAsync(code, Roles.Coordinator);
        var division = await other.Create("/api/divisions", new { name = "마을분과", field = "마을" });

        var coordinator = await app.ClientAs(Roles.Coordinator);
        var named = new HttpRequestMessage(HttpMethod.Get, $"/api/divisions/{division}") { Headers = { { RequestDistrict.Header, code } } };
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.SendAsync(named)).StatusCode);
        var unknown = new HttpRequestMessage(HttpMethod.Get, "/api/divisions") { Headers = { { RequestDistrict.Header, "no-such-district" } } };
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.SendAsync(unknown)).StatusCode);

        // Their own district by name is fine.
        var own = new HttpRequestMessage(HttpMethod.Get, $"/api/divisions/{division}") { Headers = { { RequestDistrict.Header, code } } };
        Assert.Equal(HttpStatusCode.OK, (await other.SendAsync(own)).StatusCode);

        var operatorClient = await app.ClientAs(Roles.Admin);
        var asOperator = new HttpRequestMessage(HttpMethod.Get, $"/api/divisions/{division}") { Headers = { { RequestDistrict.Header, code } } };
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.SendAsync(asOperator)).StatusCode);
        var nowhere = new HttpRequestMessage(HttpMethod.Get, "/api/divisions") { Headers = { { RequestDistrict.Header, "no-such-district" } } };
        Assert.Equal(HttpStatusCode.NotFound, (await operatorClient.SendAsync(nowhere)).StatusCode);
        var malformed = new HttpRequestMessage(HttpMethod.Get, "/api/divisions") { Headers = { { RequestDistrict.Header, "Not A Code" } } };
        Assert.Equal(HttpStatusCode.BadRequest, (await operatorClient.SendAsync(malformed)).StatusCode);

        // An operator records in the named district, and the record is that district's.
        var recorded = new HttpRequestMessage(HttpMethod.Post, "/api/divisions")
        {
            Headers = { { RequestDistrict.Header, code } },
            Content = JsonContent.Create(new { name = "운영자가 만든 분과", field = "기타" }),
        };
        var id = (await (await operatorClient.SendAsync(recorded)).Json(HttpStatusCode.Created)).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/divisions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorClient.GetAsync($"/api/divisions/{id}")).StatusCode);
    }

    [Fact]
    public async Task Every_command_on_another_districts_record_answers_as_for_an_unknown_one_and_records_nothing()
    {
        var world = await CommandWorld.BuildAsync(await app.ClientAs(Roles.Admin), Year);
        var (stranger, _, _) = await UserOfAsync(await NewDistrictAsync(), Roles.Admin);

        var onRecords = CommandCatalogue.All.Where(e => e.Declaration.Route.Contains('{')).ToList();
        Assert.True(onRecords.Count >= 50, $"only {onRecords.Count} commands name a record");
        var before = await world.VersionsAsync();
        foreach (var entry in onRecords)
        {
            var url = world.Fill(entry.Declaration.Route);
            var theirs = await stranger.SendAsync(Command(entry, url));
            var unknown = await stranger.SendAsync(Command(entry, Unknown(url, world)));
            // The same answer as for a record that does not exist (404, or the field checks' 400 that come first), never done.
            Assert.False(theirs.IsSuccessStatusCode, $"{url} was done by another district's admin");
            Assert.True(theirs.StatusCode == unknown.StatusCode,
                $"{entry.Declaration.Route} answered {(int)theirs.StatusCode} for another district's record but {(int)unknown.StatusCode} for an unknown one");
        }

        Assert.Equal(before, await world.VersionsAsync());
    }

    private static HttpRequestMessage Command(CommandCatalogue.Entry entry, string url) =>
        new(new HttpMethod(entry.Declaration.Method), url) { Content = JsonContent.Create(new { }) };

    /// <summary>The url with each of the world's record ids replaced by one that exists nowhere.</summary>
    private static string Unknown(string url, CommandWorld world) =>
        world.Ids.Where(p => p.Value.Length > 0 && p.Key != "{district}" && p.Key != "{number}")
            .Aggregate(url, (u, p) => u.Replace(p.Value, p.Value.Length == 4 ? "2097" : Guid.NewGuid().ToString(), StringComparison.Ordinal));

    [Fact]
    public async Task Every_read_of_another_districts_record_answers_as_for_an_unknown_one_and_nothing_shows_it()
    {
        var world = await CommandWorld.BuildAsync(await app.ClientAs(Roles.Admin), Year);
        var (stranger, _, _) = await UserOfAsync(await NewDistrictAsync(), Roles.Admin);
        var ids = world.Ids.Where(p => p.Key != "{district}" && p.Key != "{number}" && p.Key != "{other}" && p.Value.Length >= 8).Select(p => p.Value).ToList();

        var routes = app.Host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/", StringComparison.Ordinal) && !r.StartsWith("/api/public/districts", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.True(routes.Count >= 25, $"only {routes.Count} read routes");

        foreach (var route in routes)
        {
            var url = world.Fill(route.Replace(":int", "", StringComparison.Ordinal)) + (route.Contains("as-of", StringComparison.Ordinal) ? "?version=1" : "");
            var answer = await stranger.GetAsync(url);
            var body = await answer.Content.ReadAsStringAsync();
            var unknown = await stranger.GetAsync(Unknown(url, world));
            Assert.True(answer.StatusCode == unknown.StatusCode,
                $"{url} answered {(int)answer.StatusCode} for another district's record but {(int)unknown.StatusCode} for an unknown one: {body[..Math.Min(body.Length, 300)]}");

            if (answer.IsSuccessStatusCode)
            {
                Assert.All(ids, id => Assert.False(body.Contains(id, StringComparison.Ordinal), $"{url} shows {id} of another district"));
            }
        }
    }

    [Fact]
    public async Task A_districts_public_catalogue_is_its_own()
    {
        var code = await NewDistrictAsync("노원구");
        var (other, _, _) = await UserOfAsync(code, Roles.Coordinator);
        await other.Create("/api/expos", new
        {
            year = 2033, venue = "노원구청 대강당", submissionsOpen = "2032-12-01", submissionsClose = "2033-02-15",
            opensOn = "2033-03-05", closesOn = "2033-03-07", on = "2032-11-01",
        });

        var anonymous = app.AnonymousClient();
        var catalogue = await anonymous.GetJson($"/api/public/districts/{code}/expos/2033");
        Assert.Equal("노원구청 대강당", catalogue.GetProperty("venue").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/public/expos/2033")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/public/districts/no-such-district/expos/2033")).StatusCode);
    }

    [Fact]
    public async Task The_rollup_counts_each_districts_obligations_side_by_side()
    {
        var code = await NewDistrictAsync("중랑구");
        var (other, _, _) = await UserOfAsync(code, Roles.Coordinator);
        (await other.PostJson("/api/network/launch", new { name = "중랑 협치회의", district = "서울특별시 중랑구", on = $"{Year - 1}-03-02" })).EnsureSuccessStatusCode();
        await other.Create("/api/divisions", new { name = "환경분과", field = "환경", on = $"{Year - 1}-04-01" });

        var rollup = await (await app.ClientAs(Roles.Admin)).GetJson($"/api/operator/compliance/{Year}");
        Assert.Equal(Year, rollup.GetProperty("year").GetInt32());
        var line = rollup.GetProperty("districts").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code);
        Assert.Equal("중랑구", line.GetProperty("name").GetString());
        Assert.Equal(1, line.GetProperty("divisions").GetInt32());
        Assert.Equal(0, line.GetProperty("met").GetInt32());
        Assert.True(line.GetProperty("missing").GetInt32() >= 4, line.ToString());
        Assert.Contains(rollup.GetProperty("districts").EnumerateArray(), d => d.GetProperty("code").GetString() == "default");
    }

    [Fact]
    public async Task A_disabled_districts_users_cannot_sign_in_and_their_sessions_end_and_its_records_stay()
    {
        var code = await NewDistrictAsync();
        var (user, _, userName) = await UserOfAsync(code, Roles.Coordinator);
        var division = await user.Create("/api/divisions", new { name = "청년분과", field = "청년" });
        var operatorClient = await app.ClientAs(Roles.Admin);

        (await operatorClient.PostJson($"/api/districts/{code}/disable", new { })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/divisions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().PostJson("/api/auth/token", new { userName, password = HyeopchiApp.UserPassword })).StatusCode);
        var asOperator = new HttpRequestMessage(HttpMethod.Get, $"/api/divisions/{division}") { Headers = { { RequestDistrict.Header, code } } };
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.SendAsync(asOperator)).StatusCode);
        Assert.Contains((await operatorClient.GetJson("/api/districts")).EnumerateArray(), d => d.GetProperty("code").GetString() == code && d.GetProperty("disabled").GetBoolean());

        (await operatorClient.PostJson($"/api/districts/{code}/enable", new { })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await app.AnonymousClient().PostJson("/api/auth/token", new { userName, password = HyeopchiApp.UserPassword })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await operatorClient.PostJson("/api/districts/default/disable", new { })).StatusCode);
    }

    [Fact]
    public async Task The_web_admin_and_the_public_pages_show_one_districts_records()
    {
        var defaultDivision = $"성북돌봄{Guid.NewGuid():N}"[..12];
        await (await app.ClientAs(Roles.Coordinator)).Create("/api/divisions", new { name = defaultDivision, field = "돌봄" });
        var code = await NewDistrictAsync("은평구");
        var (other, _, userName) = await UserOfAsync(code, Roles.Coordinator);
        var theirDivision = $"은평청년{Guid.NewGuid():N}"[..12];
        await other.Create("/api/divisions", new { name = theirDivision, field = "청년" });

        var browser = new Auth.PageSignIn(app, "192.0.2.180");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignIn(userName, HyeopchiApp.UserPassword)).StatusCode);
        var divisions = await browser.Client.GetStringAsync("/divisions");
        Assert.Contains(theirDivision, divisions);
        Assert.DoesNotContain(defaultDivision, divisions);

        var anonymous = app.AnonymousClient();
        var theirPublic = await anonymous.GetStringAsync($"/d/{code}/public");
        Assert.Contains(theirDivision, theirPublic);
        Assert.DoesNotContain(defaultDivision, theirPublic);
        Assert.DoesNotContain(theirDivision, await anonymous.GetStringAsync("/public"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/d/no-such-district/public")).StatusCode);
    }
}
