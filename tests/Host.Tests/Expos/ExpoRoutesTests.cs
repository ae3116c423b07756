using System.Net;
using System.Text.Json;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Expos;

public class ExpoRoutesTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    // One expo a year: each test takes the next year, all before the test hosts' today (2049-12-31).
    private static int _nextYear = 2030;

    private static object PlanFor(int year, string? venue = null) => new
    {
        year, venue, submissionsOpen = $"{year}-01-10", submissionsClose = $"{year}-02-10", opensOn = $"{year}-03-06", closesOn = $"{year}-03-08", on = $"{year}-01-02",
    };

    private async Task<(HttpClient Client, int Year)> GivenAnExpo()
    {
        var year = Interlocked.Increment(ref _nextYear);
        var c = await app.ClientAs(Roles.Coordinator);
        Assert.Equal(year.ToString(), await c.Create("/api/expos", PlanFor(year)));
        return (c, year);
    }

    private static async Task<string> Exhibit(HttpClient c, int year, string organisation, string type, string title, string on = "-01-20") =>
        await c.Create($"/api/expos/{year}/exhibits", new { organisation, organisationType = type, title, summary = $"{title} 요약", on = $"{year}{on}" });

    private static async Task Review(HttpClient c, int year, string exhibit, string decision, string? reason = null) =>
        await (await c.PostJson($"/api/expos/{year}/exhibits/{exhibit}/review", new { decision, reason, on = $"{year}-02-20" })).Json();

    /// <summary>R9: an exhibit is staffed for every day of the expo (6–8 March).</summary>
    private static async Task Staff(HttpClient c, int year, string exhibit, string name)
    {
        foreach (var day in new[] { "03-06", "03-07", "03-08" })
            await (await c.PostJson($"/api/expos/{year}/exhibits/{exhibit}/staff", new { name, day = $"{year}-{day}", shift = "allDay", on = $"{year}-02-25" })).Json();
    }

    [Fact]
    public async Task An_expo_is_planned_at_the_default_venue_once_a_year_and_a_second_is_409_R9()
    {
        var (c, year) = await GivenAnExpo();

        var again = await (await c.PostJson("/api/expos", PlanFor(year, "아리랑시네센터"))).Problem(HttpStatusCode.Conflict);

        Assert.Equal("R9", again.GetProperty("rule").GetString());
        var expo = await c.GetJson($"/api/expos/{year}");
        Assert.Equal("성북구청 바람마당", expo.GetProperty("venue").GetString());
        Assert.Equal("planned", expo.GetProperty("status").GetString());
        await (await c.PostJson($"/api/expos/{year}/venue", new { venue = "성북구청 다목적홀", reason = "우천 대비" })).Json();
        Assert.Equal("성북구청 다목적홀", (await c.GetJson($"/api/expos/{year}")).GetProperty("venue").GetString());
    }

    [Theory]
    [InlineData("""{"year":2050,"submissionsOpen":"2050-02-10","submissionsClose":"2050-01-10","opensOn":"2050-03-06","closesOn":"2050-03-08"}""", "submissionsClose")]
    [InlineData("""{"year":2050,"submissionsOpen":"2050-01-10","submissionsClose":"2050-03-07","opensOn":"2050-03-06","closesOn":"2050-03-08"}""", "submissionsClose")]
    [InlineData("""{"year":2050,"submissionsOpen":"2050-01-10","submissionsClose":"2050-02-10","opensOn":"2050-03-09","closesOn":"2050-03-08"}""", "closesOn")]
    [InlineData("""{"year":2050,"submissionsOpen":"2050-01-10","submissionsClose":"2050-02-10","opensOn":"2051-03-06","closesOn":"2051-03-08"}""", "opensOn")]
    [InlineData("""{"submissionsOpen":"2050-01-10","submissionsClose":"2050-02-10","opensOn":"2050-03-06","closesOn":"2050-03-08"}""", "year")]
    [InlineData("""{"year":2050,"submissionsOpen":"2050-01-10","opensOn":"2050-03-06","closesOn":"2050-03-08"}""", "submissionsClose")]
    public async Task Dates_out_of_order_or_missing_are_400_naming_the_field(string body, string field)
    {
        var c = await app.ClientAs(Roles.Coordinator);

        var response = await c.PostAsync("/api/expos", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.True((await response.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task An_exhibit_outside_the_submission_window_is_409_R9()
    {
        var (c, year) = await GivenAnExpo();

        var late = await c.PostJson($"/api/expos/{year}/exhibits", new { organisation = "성북청년시민회", organisationType = "civil", title = "청년 협치", summary = "요약", on = $"{year}-02-11" });

        Assert.Equal("R9", (await late.Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal(0, (await c.GetJson($"/api/expos/{year}")).GetProperty("exhibits").GetArrayLength());
    }

    [Fact]
    public async Task The_expo_cannot_open_while_an_accepted_exhibit_has_no_staff_and_opens_once_staffed()
    {
        var (c, year) = await GivenAnExpo();
        var staffed = await Exhibit(c, year, "성북구마을사회적경제센터", "intermediary", "마을기업과 협치");
        var unstaffed = await Exhibit(c, year, "성북구청 자치행정과", "administration", "주민자치회 확대");
        var declined = await Exhibit(c, year, "개인", "individual", "관련 없는 제안");
        await Review(c, year, staffed, "accept");
        await Review(c, year, unstaffed, "accept");
        await Review(c, year, declined, "decline", "협치 정책과 무관");
        await Staff(c, year, staffed, "김하늘");

        var refused = await (await c.PostJson($"/api/expos/{year}/opening", new { on = $"{year}-03-06" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("R9", refused.GetProperty("rule").GetString());
        Assert.Equal(["주민자치회 확대 (성북구청 자치행정과): 상주 인력 없음 (no on-site staff)"], refused.GetProperty("unmet").Strings());

        await Staff(c, year, unstaffed, "오태양");
        await (await c.PostJson($"/api/expos/{year}/exhibits/{staffed}/placement", new { kind = "booth", location = "부스 A-1" })).Json();
        await (await c.PostJson($"/api/expos/{year}/opening", new { on = $"{year}-03-06" })).Json();
        await (await c.PostJson($"/api/expos/{year}/closing", new { on = $"{year}-03-08" })).Json();
        var link = await c.Create($"/api/expos/{year}/linkages", new { exhibitId = staffed, organisation = "길음1동 주민자치회", project = "마을기업 공동 판로", on = $"{year}-03-20" });

        var expo = await c.GetJson($"/api/expos/{year}");
        Assert.Equal("closed", expo.GetProperty("status").GetString());
        Assert.Equal(link, expo.GetProperty("linkages")[0].GetProperty("id").GetString());
        Assert.Equal(1, expo.GetProperty("acceptedByType").GetProperty("intermediary").GetInt32());
        var exhibit = await c.GetJson($"/api/expos/{year}/exhibits/{declined}");
        Assert.Equal("협치 정책과 무관", exhibit.GetProperty("declineReason").GetString());
        Assert.Equal("coordinator-user", exhibit.GetProperty("reviewer").GetString());

        var report = await c.GetJson($"/api/reports/expos?from={year}&to={year}");
        var row = Assert.Single(report.GetProperty("rows").EnumerateArray());
        Assert.Equal(2, row.GetProperty("exhibits").GetInt32());
        Assert.Equal(3, row.GetProperty("submitted").GetInt32());
        Assert.Equal(2, row.GetProperty("organisations").GetInt32());
        Assert.Equal(1, row.GetProperty("linkages").GetInt32());
        Assert.Equal(2, row.GetProperty("byRealisation").GetProperty("realised").GetInt32()); // the read model's count, as on the expo page
        Assert.Equal(0, row.GetProperty("byRealisation").GetProperty("hoped").GetInt32());
        var listed = (await c.GetJson("/api/expos")).EnumerateArray().Single(x => x.GetProperty("year").GetInt32() == year);
        Assert.Equal(2, listed.GetProperty("acceptedByRealisation").GetProperty("realised").GetInt32());
    }

    [Fact]
    public async Task Only_accepted_exhibits_are_staffed_and_a_decline_needs_a_reason()
    {
        var (c, year) = await GivenAnExpo();
        var pending = await Exhibit(c, year, "단체", "civil", "제안");

        var staff = await c.PostJson($"/api/expos/{year}/exhibits/{pending}/staff", new { name = "김하늘", day = $"{year}-03-06" });
        Assert.Equal("R9", (await staff.Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        var noReason = await c.PostJson($"/api/expos/{year}/exhibits/{pending}/review", new { decision = "decline" });
        Assert.True((await noReason.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task The_planning_team_takes_registered_people()
    {
        var (c, year) = await GivenAnExpo();
        var person = await c.Create("/api/people", new { name = "김하늘", sector = "civil" });

        await (await c.PostJson($"/api/expos/{year}/planning-team", new { personId = person, role = "추진팀장" })).Json();
        await (await c.PostJson($"/api/expos/{year}/planning-team", new { personId = Guid.NewGuid() })).Problem(HttpStatusCode.NotFound);

        Assert.Equal("김하늘", (await c.GetJson($"/api/expos/{year}")).GetProperty("planningTeam")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("""{"organisation":"단체","organisationType":"company","title":"t","summary":"s"}""", "organisationType")]
    [InlineData("""{"organisationType":"civil","title":"t","summary":"s"}""", "organisation")]
    [InlineData("""{"organisation":"단체","organisationType":"civil","summary":"s"}""", "title")]
    public async Task Bad_exhibits_are_400(string body, string field)
    {
        var (c, year) = await GivenAnExpo();

        var response = await c.PostAsync($"/api/expos/{year}/exhibits", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        if (problem.TryGetProperty("errors", out var errors)) Assert.True(errors.TryGetProperty(field, out _), problem.ToString());
        else Assert.Equal("organisationType", field); // an unknown enum name is unreadable JSON
    }

    [Fact]
    public async Task Unknown_years_and_exhibits_are_404()
    {
        var (c, year) = await GivenAnExpo();

        await (await c.GetAsync("/api/expos/1999")).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson("/api/expos/1999/exhibits", new { organisation = "o", organisationType = "civil", title = "t", summary = "s" })).Problem(HttpStatusCode.NotFound);
        await (await c.PostJson("/api/expos/1999/opening", new { })).Problem(HttpStatusCode.NotFound);
        await (await c.GetAsync($"/api/expos/{year}/exhibits/{Guid.NewGuid()}")).Problem(HttpStatusCode.NotFound);
        var review = await c.PostJson($"/api/expos/{year}/exhibits/{Guid.NewGuid()}/review", new { decision = "accept" });
        Assert.Equal(HttpStatusCode.Conflict, review.StatusCode);
        await (await c.GetAsync("/api/public/expos/1999")).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_report_checks_its_range()
    {
        var c = await app.ClientAs(Roles.Auditor);

        await (await c.GetAsync("/api/reports/expos?from=2030&to=2029")).Problem(HttpStatusCode.BadRequest);
        Assert.Equal(JsonValueKind.Array, (await c.GetJson("/api/reports/expos")).GetProperty("rows").ValueKind);
    }

    [Theory]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Monitor)]
    public async Task Readers_may_read_but_not_command(string role)
    {
        var (_, year) = await GivenAnExpo();
        var reader = await app.ClientAs(role);

        await (await reader.PostJson("/api/expos", PlanFor(2099))).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/expos/{year}/exhibits", new { organisation = "o", organisationType = "civil", title = "t", summary = "s" })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/expos/{year}/opening", new { })).Problem(HttpStatusCode.Forbidden);
        Assert.Equal(year, (await reader.GetJson($"/api/expos/{year}")).GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task Without_a_token_the_coordinators_view_is_401()
    {
        var (_, year) = await GivenAnExpo();
        var anonymous = app.AnonymousClient();

        await (await anonymous.GetAsync($"/api/expos/{year}")).Problem(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync("/api/reports/expos")).Problem(HttpStatusCode.Unauthorized);
        await (await anonymous.PostJson($"/api/expos/{year}/opening", new { })).Problem(HttpStatusCode.Unauthorized);
    }
}
