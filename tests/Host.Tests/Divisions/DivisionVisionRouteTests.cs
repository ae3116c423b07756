using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Divisions;

/// <summary>POST /api/divisions/{id}/vision: 비전 수립 at stage 1, and a restatement that gives its reason.</summary>
public class DivisionVisionRouteTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    [Fact]
    public async Task A_division_states_its_vision_restates_it_with_a_reason_and_the_detail_keeps_both()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var division = await c.Create("/api/divisions", new { name = "비전분과", field = "마을자치", on = "2024-03-20" });

        (await c.PostJson($"/api/divisions/{division}/vision", new { statement = "주민이 스스로 결정하는 마을", on = "2024-04-15" })).EnsureSuccessStatusCode();
        var refused = await (await c.PostJson($"/api/divisions/{division}/vision", new { statement = "주민과 행정이 함께 결정하는 마을", on = "2025-02-03" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("division.vision", refused.GetProperty("rule").GetString());
        (await c.PostJson($"/api/divisions/{division}/vision", new { statement = "주민과 행정이 함께 결정하는 마을", reason = "2단계 준비 워크숍 결과", on = "2025-02-03" })).EnsureSuccessStatusCode();

        var visions = (await c.GetJson($"/api/divisions/{division}")).GetProperty("visions");
        Assert.Equal(2, visions.GetArrayLength());
        Assert.Equal("주민과 행정이 함께 결정하는 마을", visions[1].GetProperty("statement").GetString());
        Assert.Equal("2단계 준비 워크숍 결과", visions[1].GetProperty("reason").GetString());
        Assert.Equal(1, visions[0].GetProperty("atStage").GetInt32());
        Assert.Equal("2024-04-15", visions[0].GetProperty("on").GetString());
    }

    [Fact]
    public async Task A_vision_without_a_statement_is_400_and_one_dated_before_the_division_is_409()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var division = await c.Create("/api/divisions", new { name = "비전검사분과", field = "환경", on = "2024-03-20" });

        await (await c.PostJson($"/api/divisions/{division}/vision", new { statement = " " })).Problem(HttpStatusCode.BadRequest);
        await (await c.PostJson($"/api/divisions/{division}/vision", new { statement = "깨끗한 성북천", on = "2024-03-01" })).Problem(HttpStatusCode.Conflict);
    }
}
