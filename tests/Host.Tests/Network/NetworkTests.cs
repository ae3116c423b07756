using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Network;

public class NetworkTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    [Fact]
    public async Task The_network_launches_once_and_a_second_launch_is_409()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);

        var first = await coordinator.PostJson("/api/network/launch", new { name = "협치성북 민간추진단", district = "성북구", on = "2027-03-15" });
        var second = await coordinator.PostJson("/api/network/launch", new { name = "다른 추진단", district = "성북구", on = "2027-04-01" });

        await first.Json(HttpStatusCode.Created);
        Assert.NotNull(first.Headers.Location);
        var problem = await second.Problem(HttpStatusCode.Conflict);
        Assert.Equal("network.launch", problem.GetProperty("rule").GetString());
        Assert.Equal("networkAlreadyLaunched", problem.GetProperty("code").GetString());
        Assert.Equal(
            "민간추진단 '협치성북 민간추진단'은(는) 2027년 3월 15일에 이미 발족했습니다. (The network '협치성북 민간추진단' was already launched on 2027-03-15.)",
            problem.GetProperty("detail").GetString());
        var network = await coordinator.GetJson("/api/network");
        Assert.Equal("협치성북 민간추진단", network.GetProperty("name").GetString());
        Assert.Equal("2027-03-15", network.GetProperty("launchedOn").GetString());
    }

    [Fact]
    public async Task A_launch_without_a_district_is_400()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);

        var problem = await (await coordinator.PostJson("/api/network/launch", new { name = "추진단" })).Problem(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("district", out _));
    }
}
