using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Corrections;

/// <summary>An exhibit withdrawn, an expo rescheduled (R9, R10), the joint TF designated and dissolved (R3).</summary>
public class ExpoAndTaskForceCorrectionTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const string Unknown = "0196a1b2-0000-7000-8000-00000000ffff";

    private async Task<(HttpClient Client, string Exhibit)> AnExpoWithAnExhibit(int year)
    {
        var c = await app.ClientAs(Roles.Coordinator);
        await c.Create("/api/expos", new { year, submissionsOpen = $"{year}-01-10", submissionsClose = $"{year}-02-10", opensOn = $"{year}-03-06", closesOn = $"{year}-03-08", on = $"{year}-01-02" });
        var exhibit = await c.Create($"/api/expos/{year}/exhibits", new { organisation = "성북마을공동체", organisationType = "civil", title = "마을 공유 부엌", summary = "요약", on = $"{year}-01-20" });
        (await c.PostJson($"/api/expos/{year}/exhibits/{exhibit}/review", new { decision = "accept", on = $"{year}-02-12" })).EnsureSuccessStatusCode();
        return (c, exhibit);
    }

    [Fact]
    public async Task A_withdrawn_exhibit_leaves_the_public_catalogue_once()
    {
        var (c, exhibit) = await AnExpoWithAnExhibit(2041);
        Assert.Equal(1, (await c.GetJson("/api/public/expos/2041")).GetProperty("total").GetInt32());

        (await c.PostJson($"/api/expos/2041/exhibits/{exhibit}/withdrawal", new { reason = "단체 사정으로 불참", on = "2041-02-20" })).EnsureSuccessStatusCode();

        Assert.Equal(0, (await c.GetJson("/api/public/expos/2041")).GetProperty("total").GetInt32());
        await (await c.PostJson($"/api/expos/2041/exhibits/{exhibit}/withdrawal", new { reason = "다시" })).Problem(HttpStatusCode.Conflict);
        await (await c.PostJson($"/api/expos/2041/exhibits/{Unknown}/withdrawal", new { reason = "없음" })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson($"/api/expos/1999/exhibits/{exhibit}/withdrawal", new { reason = "없음" })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson($"/api/expos/2041/exhibits/{exhibit}/withdrawal", new { })).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_expo_is_rescheduled_before_it_opens_but_not_away_from_what_was_submitted()
    {
        var (c, _) = await AnExpoWithAnExhibit(2042);

        (await c.PostJson("/api/expos/2042/schedule", new
        {
            submissionsOpen = "2042-01-05", submissionsClose = "2042-02-12", opensOn = "2042-03-12", closesOn = "2042-03-14", reason = "장소 공사로 한 주 연기", on = "2042-02-13",
        })).EnsureSuccessStatusCode();

        var expo = await c.GetJson("/api/expos/2042");
        Assert.Contains("2042-03-12", expo.ToString());
        var refused = await (await c.PostJson("/api/expos/2042/schedule", new
        {
            submissionsOpen = "2042-01-25", submissionsClose = "2042-02-12", opensOn = "2042-03-12", closesOn = "2042-03-14", reason = "접수 기간 단축", on = "2042-02-13",
        })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("R9", refused.GetProperty("rule").GetString());
        Assert.Single(refused.GetProperty("unmet").Strings(), u => u.Contains("마을 공유 부엌"));
        await (await c.PostJson("/api/expos/1998/schedule", new
        {
            submissionsOpen = "1998-01-05", submissionsClose = "1998-02-12", opensOn = "1998-03-12", closesOn = "1998-03-14", reason = "없음",
        })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson("/api/expos/2042/schedule", new { submissionsOpen = "2042-01-05", reason = "빠짐" })).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_TF_is_designated_once_and_dissolved_once_with_a_reason()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var taskForce = await c.Create("/api/task-force", new { name = "협치 조례 합동 TF", on = "2027-03-02" });
        foreach (var (name, sector, organisation) in new[] { ("김하늘", "civil", "성북마을넷"), ("서유나", "administration", "성북구청"), ("장민서", "council", "성북구의회") })
        {
            var person = await c.Create("/api/people", new { name, sector, organisation });
            (await c.PostJson($"/api/task-force/{taskForce}/members", new { personId = person, on = "2027-03-05" })).EnsureSuccessStatusCode();
        }

        (await c.PostJson($"/api/task-force/{taskForce}/form", new { on = "2027-03-20" })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/task-force/{taskForce}/designation", new { reason = "네트워크 총회 결정", on = "2027-03-22" })).EnsureSuccessStatusCode();
        await (await c.PostJson($"/api/task-force/{taskForce}/designation", new { reason = "다시" })).Problem(HttpStatusCode.Conflict);

        (await c.PostJson($"/api/task-force/{taskForce}/dissolution", new { reason = "조례 제정 후 해산", on = "2027-12-20" })).EnsureSuccessStatusCode();

        await (await c.PostJson($"/api/task-force/{taskForce}/dissolution", new { reason = "다시" })).Problem(HttpStatusCode.Conflict);
        await (await c.PostJson($"/api/task-force/{taskForce}/designation", new { reason = "해산 뒤" })).Problem(HttpStatusCode.Conflict);
        await (await c.PostJson($"/api/task-force/{Unknown}/designation", new { reason = "없음" })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson($"/api/task-force/{Unknown}/dissolution", new { reason = "없음" })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson($"/api/task-force/{taskForce}/designation", new { })).Problem(HttpStatusCode.BadRequest);
        await (await c.PostJson($"/api/task-force/{taskForce}/dissolution", new { })).Problem(HttpStatusCode.BadRequest);
    }
}
