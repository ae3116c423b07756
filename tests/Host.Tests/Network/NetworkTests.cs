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

    [Fact]
    public async Task Bylaws_are_adopted_then_amended_with_a_reason_and_every_version_stays_readable()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        await coordinator.PostJson("/api/network/launch", new { name = "협치성북 민간추진단", district = "성북구", on = "2027-03-15" });
        var before = (await coordinator.GetJson("/api/network")).GetProperty("bylaws").GetArrayLength();
        const string text = "제1조 (목적) 이 규약은 민간추진단의 운영에 관하여 정한다.";

        (await coordinator.PostJson("/api/network/bylaws", new { text, on = "2048-01-10" })).EnsureSuccessStatusCode();
        var withoutReason = await (await coordinator.PostJson("/api/network/bylaws", new { text = text + "\n제2조 (분과)", on = "2048-06-01" })).Problem(HttpStatusCode.Conflict);
        (await coordinator.PostJson("/api/network/bylaws", new { text = text + "\n제2조 (분과)", reason = "정기총회 의결", on = "2048-06-01" })).EnsureSuccessStatusCode();
        var empty = await (await coordinator.PostJson("/api/network/bylaws", new { text = " ", reason = "x" })).Problem(HttpStatusCode.BadRequest);

        Assert.Equal("network.bylaws", withoutReason.GetProperty("rule").GetString());
        Assert.True(empty.GetProperty("errors").TryGetProperty("text", out _));
        var bylaws = (await coordinator.GetJson("/api/network")).GetProperty("bylaws");
        Assert.Equal(before + 2, bylaws.GetArrayLength());
        var (first, amended) = (bylaws[before], bylaws[before + 1]);
        Assert.Equal(text, first.GetProperty("text").GetString());
        Assert.Equal(first.GetProperty("version").GetInt32() + 1, amended.GetProperty("version").GetInt32());
        Assert.Equal("정기총회 의결", amended.GetProperty("reason").GetString());
        Assert.Equal("2048-06-01", amended.GetProperty("on").GetString());
    }

    [Fact]
    public async Task Only_commanders_adopt_bylaws()
    {
        var monitor = await app.ClientAs(Roles.Monitor);

        var answer = await monitor.PostJson("/api/network/bylaws", new { text = "제1조", on = "2048-01-10" });

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
    }
}
