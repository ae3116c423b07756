using System.Globalization;
using System.Net;
using Alba;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Testing;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Hyeopchi.Host.Tests.Clock;

/// <summary>
/// A command's <c>on</c> is the day something happened: never later than today (HYEOPCHI_TODAY in
/// the test hosts, 2049-12-31). Plans (expo dates, windows, due dates, a carry-over's year) may lie ahead.
/// </summary>
public class BusinessDateTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private static readonly DateOnly Today = HyeopchiApp.TodayDate;
    private static readonly string Tomorrow = Iso(Today.AddDays(1));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task AssertRefusedOnOn(HttpResponseMessage response)
    {
        var problem = await response.Problem(HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").GetProperty("on").Strings();
        var message = Assert.Single(messages);
        Assert.Contains("오늘", message);
        Assert.Contains(Iso(Today), message);
    }

    [Theory]
    [InlineData("/api/people", """{"name":"내일 등록","sector":"civil","on":"DATE"}""")]
    [InlineData("/api/divisions", """{"name":"내일 분과","field":"미래","on":"DATE"}""")]
    [InlineData("/api/task-force", """{"name":"내일 TF","on":"DATE"}""")]
    [InlineData("/api/courses", """{"kind":"monitorTraining","year":2049,"title":"내일 교육","on":"DATE"}""")]
    [InlineData("/api/monitoring/indicators", """{"code":"F1","name":"내일 지표","kind":"qualitative","on":"DATE"}""")]
    public async Task A_command_dated_tomorrow_is_400_on_on_and_records_nothing(string path, string body)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var content = new StringContent(body.Replace("DATE", Tomorrow), System.Text.Encoding.UTF8, "application/json");

        await AssertRefusedOnOn(await coordinator.PostAsync(path, content));

        var people = await coordinator.GetJson("/api/people");
        Assert.DoesNotContain(people.EnumerateArray(), p => p.GetProperty("name").GetString() == "내일 등록");
        var divisions = await coordinator.GetJson("/api/divisions");
        Assert.DoesNotContain(divisions.EnumerateArray(), d => d.GetProperty("name").GetString() == "내일 분과");
    }

    [Fact]
    public async Task Commands_on_existing_records_refuse_tomorrow_and_accept_today()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var person = await c.Create("/api/people", new { name = "오늘 참여자", sector = "civil", organisation = "성북청년시민회", on = Iso(Today) });
        var officer = await c.Create("/api/people", new { name = "오늘 주무관", sector = "administration", organisation = "성북구청 자치행정과", rank = "workingLevel", on = Iso(Today) });
        var division = await c.Create("/api/divisions", new { name = "오늘 분과", field = "오늘", on = Iso(Today.AddDays(-10)) });

        await AssertRefusedOnOn(await c.PostJson($"/api/divisions/{division}/chair", new { personId = person, on = Tomorrow }));
        await AssertRefusedOnOn(await c.PostJson($"/api/divisions/{division}/members", new { organisation = "성북청년시민회", sector = "civil", on = Tomorrow }));
        await AssertRefusedOnOn(await c.PostJson("/api/meetings", new { divisionId = division, kind = "regular", participants = new[] { person, officer }, on = Tomorrow }));
        await AssertRefusedOnOn(await c.PostJson("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { person }, on = Tomorrow }));
        await AssertRefusedOnOn(await c.PostJson($"/api/divisions/{division}/stage", new { action = "advance", toStage = 2, reason = "내일", on = Tomorrow }));
        await AssertRefusedOnOn(await c.PostJson($"/api/people/{person}/rank", new { rank = "sectionChiefOrAbove", on = Tomorrow }));

        var detail = await c.GetJson($"/api/divisions/{division}");
        Assert.True(!detail.TryGetProperty("chair", out var chair) || chair.ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.Equal(0, detail.GetProperty("memberCount").GetInt32());

        (await c.PostJson($"/api/divisions/{division}/chair", new { personId = person, on = Iso(Today) })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/divisions/{division}/members", new { organisation = "성북청년시민회", sector = "civil", on = Iso(Today) })).EnsureSuccessStatusCode();
        await c.Create("/api/meetings", new { divisionId = division, kind = "regular", participants = new[] { person, officer }, on = Iso(Today) });
    }

    [Fact]
    public async Task Plans_may_lie_ahead_of_today()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var year = Today.Year + 2;

        await c.Create("/api/expos", new
        {
            year,
            venue = "성북구청 바람마당",
            submissionsOpen = $"{year}-01-10",
            submissionsClose = $"{year}-02-10",
            opensOn = $"{year}-03-06",
            closesOn = $"{year}-03-08",
        });
        await c.Create("/api/courses", new { kind = "leaderEducation", year, title = $"{year}년 주민 리더 교육" });
    }

    [Fact]
    public async Task HYEOPCHI_TODAY_is_the_default_business_date()
    {
        var c = await app.ClientAs(Roles.Coordinator);

        await (await c.PostJson("/api/network/launch", new { name = "협치성북 민간추진단", district = "서울특별시 성북구" })).Json(HttpStatusCode.Created);

        var network = await c.GetJson("/api/network");
        Assert.Equal(HyeopchiApp.Today, network.GetProperty("launchedOn").GetString());
    }
}

/// <summary>The calendar alone: HYEOPCHI_TODAY fixes today; without it the clock in HYEOPCHI_TIMEZONE decides.</summary>
public class BusinessCalendarTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly DateTimeOffset LateEveningUtc = new(2026, 12, 2, 15, 30, 0, TimeSpan.Zero);

    private static BusinessCalendar Calendar(params (string Key, string Value)[] settings) =>
        new(new FixedClock(LateEveningUtc), new ConfigurationBuilder()
            .AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build());

    [Fact]
    public void Without_HYEOPCHI_TODAY_the_clock_in_Seoul_decides()
    {
        // 15:30 UTC is half past midnight in Seoul: already the next day there.
        Assert.Equal(new DateOnly(2026, 12, 3), Calendar().Today);
        Assert.False(Calendar().IsFixed);
        Assert.Equal(new DateOnly(2026, 12, 2), Calendar(("HYEOPCHI_TIMEZONE", "UTC")).Today);
    }

    [Fact]
    public void HYEOPCHI_TODAY_fixes_today_whatever_the_clock_says()
    {
        var calendar = Calendar(("HYEOPCHI_TODAY", "2025-06-30"));

        Assert.True(calendar.IsFixed);
        Assert.Equal(new DateOnly(2025, 6, 30), calendar.Today);
        Assert.Equal(new DateOnly(2025, 6, 30), calendar.DateOf(null));
        Assert.Equal(new DateOnly(2025, 6, 30), calendar.DateOf(new DateOnly(2025, 6, 30)));
        Assert.Equal(new DateOnly(2019, 1, 2), calendar.DateOf(new DateOnly(2019, 1, 2)));
        var refused = Assert.Throws<FutureBusinessDateException>(() => calendar.DateOf(new DateOnly(2025, 7, 1)));
        Assert.Equal(["on"], refused.Errors.Keys);
    }

    [Fact]
    public void A_date_later_than_the_clocks_today_is_refused()
    {
        var calendar = Calendar();

        Assert.Equal(new DateOnly(2026, 12, 3), calendar.DateOf(new DateOnly(2026, 12, 3)));
        Assert.Throws<FutureBusinessDateException>(() => calendar.DateOf(new DateOnly(2026, 12, 4)));
        // A typo of 2062 for 2026 does not pass.
        Assert.Throws<FutureBusinessDateException>(() => calendar.DateOf(new DateOnly(2062, 12, 1)));
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026/03/16")]
    [InlineData("16.03.2026")]
    [InlineData("today")]
    public void A_malformed_HYEOPCHI_TODAY_is_refused_with_a_message_that_names_it(string value)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Calendar(("HYEOPCHI_TODAY", value)));

        Assert.Contains("HYEOPCHI_TODAY", refused.Message);
        Assert.Contains("yyyy-MM-dd", refused.Message);
        Assert.Contains(value, refused.Message);
    }

    [Fact]
    public async Task A_malformed_HYEOPCHI_TODAY_stops_the_host_at_start_up()
    {
        var data = Path.Combine(Path.GetTempPath(), $"hyeopchi-today-{Guid.NewGuid():N}");
        JasperFxEnvironment.AutoStartHost = true;
        try
        {
            var failure = await Record.ExceptionAsync(async () =>
            {
                await using var host = await AlbaHost.For<Program>(builder =>
                {
                    builder.UseEnvironment("Production");
                    builder.UseSetting("HYEOPCHI_DB", "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=1");
                    builder.UseSetting("HYEOPCHI_DATA", data);
                    builder.UseSetting("HYEOPCHI_TODAY", "2026-13-01");
                });
            });

            Assert.NotNull(failure);
            var messages = string.Join(" | ", Chain(failure!).Select(e => e.Message));
            Assert.Contains("HYEOPCHI_TODAY must be a date written yyyy-MM-dd", messages);
        }
        finally
        {
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
            if (x is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain)) yield return inner;
        }
    }
}
