using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Expos;

/// <summary>The expo's promotion period, side events, and exhibits marked realised or hoped for, over HTTP (L41).</summary>
public class ExpoPromotionRoutesTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    // One expo a year: each test takes the next year, all before the test hosts' today (2049-12-31).
    private static int _nextYear = 2035;

    private async Task<(HttpClient Client, int Year)> GivenAnExpo(bool promoted = true)
    {
        var year = Interlocked.Increment(ref _nextYear);
        var c = await app.ClientAs(Roles.Coordinator);
        Assert.Equal(year.ToString(), await c.Create("/api/expos", new
        {
            year, submissionsOpen = $"{year}-01-10", submissionsClose = $"{year}-02-10", opensOn = $"{year}-03-06", closesOn = $"{year}-03-08",
            promotionStartsOn = promoted ? $"{year}-02-01" : null, promotionEndsOn = promoted ? $"{year}-02-28" : null, on = $"{year}-01-02",
        }));
        return (c, year);
    }

    [Fact]
    public async Task A_promotion_period_given_when_planning_is_shown_and_a_change_states_its_reason()
    {
        var (c, year) = await GivenAnExpo();
        var expo = await c.GetJson($"/api/expos/{year}");
        Assert.Equal($"{year}-02-01", expo.GetProperty("promotion").GetProperty("startsOn").GetString());

        var noReason = await c.PostJson($"/api/expos/{year}/promotion", new { startsOn = $"{year}-02-10", endsOn = $"{year}-03-05", on = $"{year}-01-20" });
        Assert.Equal("R10", (await noReason.Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());

        await (await c.PostJson($"/api/expos/{year}/promotion", new { startsOn = $"{year}-02-10", endsOn = $"{year}-03-06", reason = "현수막 허가 지연", on = $"{year}-01-20" })).Json();
        Assert.Equal($"{year}-03-06", (await c.GetJson($"/api/expos/{year}")).GetProperty("promotion").GetProperty("endsOn").GetString());
        Assert.Equal($"{year}-03-06", (await app.AnonymousClient().GetJson($"/api/public/expos/{year}")).GetProperty("promotion").GetProperty("endsOn").GetString());
    }

    [Fact]
    public async Task A_promotion_period_ending_after_the_opening_is_409_R9_and_a_bad_plan_is_400()
    {
        var (c, year) = await GivenAnExpo(promoted: false);
        var late = await c.PostJson($"/api/expos/{year}/promotion", new { startsOn = $"{year}-02-10", endsOn = $"{year}-03-07", on = $"{year}-01-20" });
        Assert.Equal("R9", (await late.Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());

        var half = await c.PostJson("/api/expos", new
        {
            year = 2049, submissionsOpen = "2049-01-10", submissionsClose = "2049-02-10", opensOn = "2049-03-06", closesOn = "2049-03-08", promotionStartsOn = "2049-02-01",
        });
        Assert.True((await half.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("promotionEndsOn", out _));
    }

    [Fact]
    public async Task The_promotion_period_is_fixed_once_the_expo_opens()
    {
        var (c, year) = await GivenAnExpo();
        await (await c.PostJson($"/api/expos/{year}/opening", new { on = $"{year}-03-06" })).Json();

        var after = await c.PostJson($"/api/expos/{year}/promotion", new { startsOn = $"{year}-02-10", endsOn = $"{year}-03-05", reason = "늦게", on = $"{year}-03-06" });

        Assert.Equal("expo.schedule", (await after.Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Side_events_are_recorded_in_the_promotion_period_or_on_the_expos_days_and_withdrawn_with_a_reason()
    {
        var (c, year) = await GivenAnExpo();
        var concert = await c.Create($"/api/expos/{year}/side-events",
            new { title = "협치 토크 콘서트", day = $"{year}-03-07", place = "성북구청 다목적홀", organiser = "성북구협치회의", on = $"{year}-01-25" });
        var busking = await c.Create($"/api/expos/{year}/side-events",
            new { title = "홍보 버스킹", day = $"{year}-02-14", place = "성신여대입구역 광장", organiser = "성북문화재단", on = $"{year}-01-25" });
        var between = await c.PostJson($"/api/expos/{year}/side-events",
            new { title = "사이 행사", day = $"{year}-03-02", place = "성북구청", organiser = "성북구", on = $"{year}-01-25" });
        Assert.Equal("R9", (await between.Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());

        Assert.Equal("홍보 버스킹", (await c.GetJson($"/api/expos/{year}/side-events/{busking}")).GetProperty("title").GetString());
        await (await c.PostJson($"/api/expos/{year}/side-events/{busking}/withdrawal", new { reason = "우천 취소", on = $"{year}-02-13" })).Json();
        var again = await c.PostJson($"/api/expos/{year}/side-events/{busking}/withdrawal", new { reason = "다시", on = $"{year}-02-13" });
        Assert.Equal("R10", (await again.Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await (await c.PostJson($"/api/expos/{year}/side-events/{Guid.NewGuid()}/withdrawal", new { reason = "없음" })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson($"/api/expos/{year}/side-events/{concert}/withdrawal", new { reason = "" })).Problem(HttpStatusCode.BadRequest);

        var expo = await c.GetJson($"/api/expos/{year}");
        Assert.Equal(concert, expo.GetProperty("sideEvents").EnumerateArray().Single().GetProperty("id").GetString());
        Assert.Equal("우천 취소", expo.GetProperty("withdrawnSideEvents")[0].GetProperty("withdrawalReason").GetString());
        var sideEvents = (await app.AnonymousClient().GetJson($"/api/public/expos/{year}")).GetProperty("sideEvents");
        Assert.Equal("협치 토크 콘서트", sideEvents.EnumerateArray().Single().GetProperty("title").GetString());
    }

    [Fact]
    public async Task Exhibits_are_realised_by_default_hoped_when_said_correctable_with_a_reason_and_counted_in_the_catalogue()
    {
        var (c, year) = await GivenAnExpo();
        var realised = await c.Create($"/api/expos/{year}/exhibits",
            new { organisation = "성북구청 자치행정과", organisationType = "administration", title = "주민자치회 확대", summary = "요약", on = $"{year}-01-20" });
        var hoped = await c.Create($"/api/expos/{year}/exhibits",
            new { organisation = "돈암동 주민모임", organisationType = "civil", title = "골목 공유부엌", summary = "요약", realisation = "hoped", on = $"{year}-01-20" });
        foreach (var x in new[] { realised, hoped })
            await (await c.PostJson($"/api/expos/{year}/exhibits/{x}/review", new { decision = "accept", on = $"{year}-02-20" })).Json();
        Assert.Equal("realised", (await c.GetJson($"/api/expos/{year}/exhibits/{realised}")).GetProperty("realisation").GetString());

        var unchanged = await c.PostJson($"/api/expos/{year}/exhibits/{hoped}/realisation", new { realisation = "hoped", reason = "확인" });
        Assert.Equal("expo.review", (await unchanged.Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await (await c.PostJson($"/api/expos/{year}/exhibits/{hoped}/realisation", new { realisation = "realised" })).Problem(HttpStatusCode.BadRequest);
        await (await c.PostJson($"/api/expos/{year}/exhibits/{Guid.NewGuid()}/realisation", new { realisation = "realised", reason = "없음" })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson($"/api/expos/{year}/exhibits/{realised}/realisation", new { realisation = "hoped", reason = "조례 개정 전이라 아직 시행 전", on = $"{year}-02-21" })).Json();

        var detail = await c.GetJson($"/api/expos/{year}");
        Assert.Equal(0, detail.GetProperty("acceptedByRealisation").GetProperty("realised").GetInt32());
        Assert.Equal(2, detail.GetProperty("acceptedByRealisation").GetProperty("hoped").GetInt32());
        var counts = (await app.AnonymousClient().GetJson($"/api/public/expos/{year}")).GetProperty("byRealisation").EnumerateArray().ToList();
        Assert.Equal(["realised:0", "hoped:2"], counts.Select(x => $"{x.GetProperty("realisation").GetString()}:{x.GetProperty("count").GetInt32()}"));
        Assert.Equal("이루고자 하는 정책", counts[1].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Only_commanders_record_side_events()
    {
        var (_, year) = await GivenAnExpo();
        var auditor = await app.ClientAs(Roles.Auditor);

        var response = await auditor.PostJson($"/api/expos/{year}/side-events", new { title = "행사", day = $"{year}-03-07", place = "구청", organiser = "성북구" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
