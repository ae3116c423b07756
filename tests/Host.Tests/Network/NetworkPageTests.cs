using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Tests.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Network;

/// <summary>
/// The network page before the launch (a store of its own, where nothing is launched yet): the launch
/// form is offered to the roles that may launch, sends the same command as the API, and is gone after.
/// </summary>
public class NetworkPageTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    [Fact]
    public async Task A_coordinator_launches_the_network_on_the_network_page_and_an_auditor_is_offered_no_launch()
    {
        var auditor = await PageSignIn.AsRoleAsync(app, Roles.Auditor, "192.0.2.171");
        Assert.DoesNotContain("handler=Launch", await auditor.Client.GetStringAsync("/network"));
        var forged = await auditor.PostForm("/network", "/network?handler=Launch", new() { ["Launch.Name"] = "위조 추진단", ["Launch.District"] = "성북구" });
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

        var coordinator = await PageSignIn.AsRoleAsync(app, Roles.Coordinator, "192.0.2.172");
        Assert.Contains("handler=Launch", await coordinator.Client.GetStringAsync("/network"));

        // Without a district the page is shown again (400) with the message next to the field and the name kept.
        var invalid = await coordinator.PostForm("/network", "/network?handler=Launch", new() { ["Launch.Name"] = "협치성북 민간추진단", ["Launch.On"] = "2027-03-15" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var shown = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("id=\"launch-district-error\"", shown);
        Assert.Contains("value=\"협치성북 민간추진단\"", shown);

        var launched = await coordinator.PostForm("/network", "/network?handler=Launch",
            new() { ["Launch.Name"] = "협치성북 민간추진단", ["Launch.District"] = "서울특별시 성북구", ["Launch.On"] = "2027-03-15" });
        Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        Assert.Equal("/network?done=launch", launched.Headers.Location?.ToString());

        var after = await coordinator.Client.GetStringAsync("/network?done=launch");
        Assert.Contains("민간추진단의 발족을 기록했습니다.", after);
        Assert.Contains("2027년 3월 15일", after);
        Assert.DoesNotContain("handler=Launch", after);
        var network = await (await app.ClientAs(Roles.Coordinator)).GetJson("/api/network");
        Assert.Equal("서울특별시 성북구", network.GetProperty("district").GetString());
    }
}
