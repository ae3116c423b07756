using System.Net;
using System.Text;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Monitoring;

public class MonitoringRoutesTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private static string NewCode(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..12];

    private async Task<string> GivenATrainedPerson(HttpClient coordinator, int trainedIn, string name = "한지호")
    {
        var course = await coordinator.Create("/api/courses", new { kind = "monitorTraining", year = trainedIn, title = "모니터링단 교육" });
        var person = await coordinator.Create("/api/people", new { name, sector = "civil" });
        (await coordinator.PostJson($"/api/courses/{course}/enrollments", new { personId = person })).EnsureSuccessStatusCode();
        (await coordinator.PostJson($"/api/courses/{course}/completions", new { personId = person })).EnsureSuccessStatusCode();
        return person;
    }

    private async Task<(HttpClient Coordinator, string Monitor, string Division, string Code)> GivenAMonitorOf(int year, string? userName = null, string? divisionName = null)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var monitor = await GivenATrainedPerson(coordinator, year);
        (await coordinator.PostJson($"/api/monitoring/{year}/monitors", new { personId = monitor, userName })).EnsureSuccessStatusCode();
        // Each test its own division: two divisions may not share a name.
        var division = await coordinator.Create("/api/divisions", new { name = divisionName ?? $"돌봄분과 {Guid.NewGuid():N}"[..11], field = "돌봄" });
        var code = NewCode("P");
        await coordinator.Create("/api/monitoring/indicators", new { code, name = "참여율", kind = "quantitative", baseline = 40, target = 60, scaleMin = 0, scaleMax = 100, unit = "%" });
        return (coordinator, monitor, division, code);
    }

    private static object Evaluation(string monitor, string division, string code, decimal score, string? task = null) =>
        new { monitorId = monitor, divisionId = division, strategicTaskId = task, indicators = new object[] { new { code, kind = "quantitative", score } } };

    [Fact]
    public async Task Appointing_someone_without_monitoring_training_is_409_R7_naming_why()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var person = await coordinator.Create("/api/people", new { name = "오태양", sector = "civil" });
        var trainedLater = await GivenATrainedPerson(coordinator, 2031);

        var problem = await (await coordinator.PostJson("/api/monitoring/2030/monitors", new { personId = person })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("R7", problem.GetProperty("rule").GetString());
        Assert.Contains("모니터링단 교육", problem.GetProperty("unmet")[0].GetString());
        // R7: training completed after the day of appointment does not count (completed today, appointed in 2030).
        Assert.Equal("R7", (await (await coordinator.PostJson("/api/monitoring/2030/monitors", new { personId = trainedLater, on = "2030-05-02" })).Problem(HttpStatusCode.Conflict))
            .GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_monitor_trained_in_an_earlier_year_serves_later_years_and_an_evaluation_records_the_tasks_version()
    {
        var (coordinator, monitor, division, code) = await GivenAMonitorOf(2032);
        var task = Guid.CreateVersion7();
        await using (var session = app.Store.LightweightSession())
        {
            session.Events.StartStream(task, new StrategicTaskAdopted(task, "돌봄 공백 해소", 2032, StrategicTaskOwner.Division(Guid.Parse(division)), Guid.NewGuid(), null, null, new DateOnly(2031, 11, 1)));
            await session.SaveChangesAsync();
        }

        (await coordinator.PostJson("/api/monitoring/2033/monitors", new { personId = monitor })).EnsureSuccessStatusCode();
        var id = await coordinator.Create("/api/monitoring/2032/evaluations", new
        {
            monitorId = monitor, divisionId = division, strategicTaskId = task,
            indicators = new object[] { new { code, kind = "quantitative", score = 72.5 } },
            on = "2032-10-15",
        });
        (await coordinator.PostJson($"/api/monitoring/2032/evaluations/{id}/evidence",
            new { method = "survey", count = 1, respondents = 148, keyFindings = new[] { "돌봄 정보 접근성이 높아짐" } })).EnsureSuccessStatusCode();

        var year = await coordinator.GetJson("/api/monitoring/2032");
        var evaluation = Assert.Single(year.GetProperty("evaluations").EnumerateArray());
        Assert.Equal(id, evaluation.GetProperty("id").GetString());
        Assert.Equal(1, evaluation.GetProperty("strategicTaskVersion").GetInt64());
        Assert.Equal("한지호", evaluation.GetProperty("monitorName").GetString());
        Assert.True(evaluation.GetProperty("indicators")[0].GetProperty("targetMet").GetBoolean());
        Assert.Equal(148, evaluation.GetProperty("evidence")[0].GetProperty("respondents").GetInt32());
        Assert.False(year.GetProperty("reportPublished").GetBoolean());
    }

    [Fact]
    public async Task Only_the_years_monitors_record_its_evaluations_and_scores_stay_on_the_scale()
    {
        var (coordinator, monitor, division, code) = await GivenAMonitorOf(2034);
        var other = await GivenATrainedPerson(coordinator, 2034, "서유나");

        Assert.Equal("R7", (await (await coordinator.PostJson("/api/monitoring/2034/evaluations", Evaluation(other, division, code, 50)))
            .Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("R7", (await (await coordinator.PostJson("/api/monitoring/2035/evaluations", Evaluation(monitor, division, code, 50)))
            .Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("monitoring.scale", (await (await coordinator.PostJson("/api/monitoring/2034/evaluations", Evaluation(monitor, division, code, 130)))
            .Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Unknown_division_task_or_indicator_is_404()
    {
        var (coordinator, monitor, division, code) = await GivenAMonitorOf(2036);

        await (await coordinator.PostJson("/api/monitoring/2036/evaluations", Evaluation(monitor, Guid.NewGuid().ToString(), code, 50))).Problem(HttpStatusCode.NotFound);
        await (await coordinator.PostJson("/api/monitoring/2036/evaluations", Evaluation(monitor, division, code, 50, Guid.NewGuid().ToString()))).Problem(HttpStatusCode.NotFound);
        await (await coordinator.PostJson("/api/monitoring/2036/evaluations", Evaluation(monitor, division, "NOPE", 50))).Problem(HttpStatusCode.NotFound);
        await (await coordinator.PostJson($"/api/monitoring/2036/evaluations/{Guid.NewGuid()}/evidence", new { method = "interview", count = 3, respondents = 3 })).Problem(HttpStatusCode.NotFound);
        await (await coordinator.PostJson("/api/monitoring/2036/monitors", new { personId = Guid.NewGuid() })).Problem(HttpStatusCode.NotFound);
        await coordinator.GetJson("/api/monitoring/2036/report", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"divisionId":"0196a1b2-0000-7000-8000-0000000000d1","indicators":[{"code":"P1","kind":"quantitative","score":1}]}""", "monitorId")]
    [InlineData("""{"monitorId":"0196a1b2-0000-7000-8000-0000000000a1","divisionId":"0196a1b2-0000-7000-8000-0000000000d1","indicators":[]}""", "indicators")]
    [InlineData("""{"monitorId":"0196a1b2-0000-7000-8000-0000000000a1","divisionId":"0196a1b2-0000-7000-8000-0000000000d1","indicators":[{"code":"P1","kind":"quantitative"}]}""", "indicators[0].score")]
    [InlineData("""{"monitorId":"0196a1b2-0000-7000-8000-0000000000a1","divisionId":"0196a1b2-0000-7000-8000-0000000000d1","indicators":[{"code":"Q1","kind":"qualitative","score":3}]}""", "indicators[0].comment")]
    [InlineData("""{"monitorId":"0196a1b2-0000-7000-8000-0000000000a1","divisionId":"0196a1b2-0000-7000-8000-0000000000d1","indicators":[{"code":"P1","score":3}]}""", "indicators[0].kind")]
    public async Task An_evaluation_with_bad_input_is_400_naming_the_field(string body, string field)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);

        var problem = await (await coordinator.PostAsync("/api/monitoring/2037/evaluations", new StringContent(body, Encoding.UTF8, "application/json"))).Problem(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("""{"code":"참여율","name":"참여율","kind":"quantitative","scaleMin":0,"scaleMax":100}""", "code")]
    [InlineData("""{"code":"P9","name":"참여율","kind":"quantitative"}""", "scaleMin")]
    [InlineData("""{"code":"P9","name":"참여율","kind":"quantitative","scaleMin":0,"scaleMax":100,"target":150}""", "target")]
    [InlineData("""{"code":"P9","name":"참여율","kind":"quantitative","scaleMin":5,"scaleMax":1}""", "scaleMax")]
    public async Task An_indicator_with_bad_input_is_400_naming_the_field(string body, string field)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);

        var problem = await (await coordinator.PostAsync("/api/monitoring/indicators", new StringContent(body, Encoding.UTF8, "application/json"))).Problem(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task An_indicator_code_is_defined_once_and_listed_with_its_scale()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var code = NewCode("T");
        var body = new { code, name = "민관 신뢰도", kind = "quantitative", baseline = 2.8, target = 3.5, scaleMin = 1, scaleMax = 5 };

        Assert.Equal(code, await coordinator.Create("/api/monitoring/indicators", body));
        await (await coordinator.PostJson("/api/monitoring/indicators", body)).Problem(HttpStatusCode.Conflict);
        var listed = (await coordinator.GetJson("/api/monitoring/indicators")).EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);
        Assert.Equal("민관 신뢰도", listed.GetProperty("name").GetString());
        Assert.Equal(5, listed.GetProperty("scaleMax").GetDecimal());
    }

    [Fact]
    public async Task The_report_is_published_once_closes_the_year_and_a_correction_keeps_the_original()
    {
        var (coordinator, monitor, division, code) = await GivenAMonitorOf(2038);
        await (await coordinator.PostJson("/api/monitoring/2038/report", new { summary = "평가 없음" })).Problem(HttpStatusCode.Conflict);
        var evaluation = await coordinator.Create("/api/monitoring/2038/evaluations", Evaluation(monitor, division, code, 55));

        (await coordinator.PostJson("/api/monitoring/2038/report", new { summary = "참여율이 목표에 근접", on = "2038-12-20" })).EnsureSuccessStatusCode();

        await (await coordinator.PostJson("/api/monitoring/2038/report", new { summary = "다시" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("monitoring.report", (await (await coordinator.PostJson("/api/monitoring/2038/evaluations", Evaluation(monitor, division, code, 60)))
            .Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await (await coordinator.PostJson($"/api/monitoring/2038/evaluations/{evaluation}/evidence", new { method = "interview", count = 5, respondents = 5 }))
            .Problem(HttpStatusCode.Conflict);
        (await coordinator.PostJson("/api/monitoring/2038/report/corrections", new { summary = "참여율이 목표를 넘음", reason = "집계 오류 정정", on = "2039-01-10" })).EnsureSuccessStatusCode();

        var report = await coordinator.GetJson("/api/monitoring/2038/report");
        Assert.Equal("참여율이 목표에 근접", report.GetProperty("summary").GetString());
        Assert.Equal("참여율이 목표를 넘음", report.GetProperty("currentSummary").GetString());
        Assert.Equal("집계 오류 정정", report.GetProperty("corrections")[0].GetProperty("reason").GetString());
        Assert.Equal("2038-12-20", report.GetProperty("publishedOn").GetString());
        Assert.True((await coordinator.GetJson("/api/monitoring/2038")).GetProperty("reportPublished").GetBoolean());
    }

    [Fact]
    public async Task A_monitor_user_records_for_the_year_they_are_linked_to_and_is_refused_for_another_year_or_another_monitor()
    {
        var (coordinator, monitor, division, code) = await GivenAMonitorOf(2040, userName: "monitor-user");
        var colleague = await GivenATrainedPerson(coordinator, 2040, "권준서");
        (await coordinator.PostJson("/api/monitoring/2040/monitors", new { personId = colleague })).EnsureSuccessStatusCode();
        (await coordinator.PostJson("/api/monitoring/2041/monitors", new { personId = colleague })).EnsureSuccessStatusCode();
        var monitorClient = await app.ClientAs(Roles.Monitor);

        var id = await monitorClient.Create("/api/monitoring/2040/evaluations", Evaluation(monitor, division, code, 48));

        Assert.Equal("R7", (await (await monitorClient.PostJson("/api/monitoring/2041/evaluations", Evaluation(colleague, division, code, 48)))
            .Problem(HttpStatusCode.Forbidden)).GetProperty("rule").GetString());
        await (await monitorClient.PostJson("/api/monitoring/2040/evaluations", Evaluation(colleague, division, code, 48))).Problem(HttpStatusCode.Forbidden);
        await (await monitorClient.PostJson("/api/monitoring/2040/monitors", new { personId = colleague })).Problem(HttpStatusCode.Forbidden);
        await (await monitorClient.PostJson("/api/monitoring/indicators", new { code = "X1", name = "x", kind = "qualitative" })).Problem(HttpStatusCode.Forbidden);
        (await monitorClient.PostJson($"/api/monitoring/2040/evaluations/{id}/evidence", new { method = "interview", count = 4, respondents = 4 })).EnsureSuccessStatusCode();
        (await monitorClient.PostJson("/api/monitoring/2040/report", new { summary = "모니터가 발간" })).EnsureSuccessStatusCode();
        Assert.Equal("monitor-user", (await monitorClient.GetJson("/api/monitoring/2040/report")).GetProperty("publishedBy").GetString());
    }

    [Fact]
    public async Task Auditors_read_but_may_not_record_and_anonymous_callers_are_401_or_sent_to_sign_in()
    {
        var auditor = await app.ClientAs(Roles.Auditor);

        await (await auditor.PostJson("/api/monitoring/2042/evaluations", Evaluation(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), "P1", 1))).Problem(HttpStatusCode.Forbidden);
        await (await auditor.PostJson("/api/monitoring/2042/report", new { summary = "x" })).Problem(HttpStatusCode.Forbidden);
        Assert.Equal(2042, (await auditor.GetJson("/api/monitoring/2042")).GetProperty("year").GetInt32());
        await (await app.AnonymousClient().GetAsync("/api/reports/monitoring?from=2027&to=2028")).Problem(HttpStatusCode.Unauthorized);
        var page = await app.AnonymousClient().GetAsync("/reports/monitoring?from=2027&to=2028");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin", page.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task The_year_over_year_comparison_answers_json_csv_with_a_bom_and_a_korean_page()
    {
        var (coordinator, monitor, division, code) = await GivenAMonitorOf(2044, divisionName: "돌봄분과");
        (await coordinator.PostJson("/api/monitoring/2045/monitors", new { personId = monitor })).EnsureSuccessStatusCode();
        await coordinator.Create("/api/monitoring/2044/evaluations", Evaluation(monitor, division, code, 40));
        await coordinator.Create("/api/monitoring/2044/evaluations", Evaluation(monitor, division, code, 50));
        await coordinator.Create("/api/monitoring/2045/evaluations", Evaluation(monitor, division, code, 58.5m));

        var rows = (await coordinator.GetJson("/api/reports/monitoring?from=2044&to=2045")).GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("indicator").GetString() == code).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(45, rows[0].GetProperty("score").GetDecimal());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rows[0].GetProperty("change").ValueKind);
        Assert.Equal(13.5m, rows[1].GetProperty("change").GetDecimal());
        Assert.Equal("돌봄분과", rows[1].GetProperty("division").GetString());

        var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/api/reports/monitoring?from=2044&to=2045");
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        var csv = await coordinator.SendAsync(csvRequest);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("divisionId,division,indicator,year,score,change\r\n", text);
        Assert.Contains($"{division},돌봄분과,{code},2045,58.5,13.5\r\n", text);

        var page = await coordinator.GetAsync("/reports/monitoring?from=2044&to=2045");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ko\">", html);
        Assert.Contains($"data-indicator=\"{code}\"", html);
        Assert.Contains("<svg", html);
        Assert.Contains("분과별 전략 과제 완료 현황", html);
        Assert.Contains("<td class=\"num\">45.0</td><td class=\"num\">—</td>", html);
        Assert.Contains("<td class=\"num\">58.5</td><td class=\"num\">+13.5</td>", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("<link rel=\"stylesheet\" href=\"/admin.css\">", html);
    }

    [Theory]
    [InlineData("/api/reports/monitoring", "from")]
    [InlineData("/api/reports/monitoring?from=2028&to=2027", "to")]
    [InlineData("/reports/monitoring?from=abc&to=2027", "from")]
    public async Task A_comparison_without_a_sound_range_is_400(string url, string field)
    {
        var coordinator = await app.ClientAs(Roles.Auditor);

        var problem = await (await coordinator.GetAsync(url)).Problem(HttpStatusCode.BadRequest);

        var named = problem.TryGetProperty("errors", out var errors)
            ? errors.TryGetProperty(field, out _)
            : problem.GetProperty("detail").GetString()!.Contains($"'{field}'", StringComparison.Ordinal);
        Assert.True(named, problem.ToString());
    }

    [Fact]
    public async Task An_evaluation_names_a_policy_that_stands_and_the_report_compares_policies_year_over_year()
    {
        var (coordinator, monitor, division, code) = await GivenAMonitorOf(2046);
        (await coordinator.PostJson("/api/monitoring/2047/monitors", new { personId = monitor })).EnsureSuccessStatusCode();
        var expo = Domain.Expos.Expo.StreamIdFor(2046);
        Guid accepted = Guid.CreateVersion7(), pending = Guid.CreateVersion7(), enacted = Guid.CreateVersion7(), drafting = Guid.CreateVersion7();
        var spring = new DateOnly(2046, 3, 2);
        await using (var session = app.Store.LightweightSession())
        {
            session.Events.StartStream(expo,
                new Domain.Expos.ExpoPlanned(expo, 2046, Domain.Expos.Expo.DefaultVenue, spring, spring.AddDays(20), spring.AddDays(60), spring.AddDays(61), spring),
                new Domain.Expos.ExhibitSubmitted(expo, 2046, accepted, "성북돌봄네트워크", Domain.Expos.OrganisationType.Civil, "돌봄 정보 지도", "요약", spring),
                new Domain.Expos.ExhibitSubmitted(expo, 2046, pending, "성북청년회", Domain.Expos.OrganisationType.Civil, "청년 공간", "요약", spring),
                new Domain.Expos.ExhibitAccepted(expo, 2046, accepted, spring.AddDays(21)));
            session.Events.StartStream(enacted,
                new Domain.TaskForce.TaskForceCreated(enacted, "협치 조례 합동 TF", spring),
                new Domain.TaskForce.OrdinanceDraftRecorded(enacted, 1, "제1조(목적)", null, spring),
                new Domain.TaskForce.OrdinanceDraftSubmitted(enacted, 1, spring.AddDays(5)),
                new Domain.TaskForce.OrdinanceEnacted(enacted, 1, "제2046호", spring.AddDays(30)));
            session.Events.StartStream(drafting, new Domain.TaskForce.TaskForceCreated(drafting, "다른 TF", spring));
            await session.SaveChangesAsync();
        }

        object With(object policy, decimal score) => new
        {
            monitorId = monitor, divisionId = division, indicators = new object[] { new { code, kind = "quantitative", score } }, policy,
        };

        await (await coordinator.PostJson("/api/monitoring/2046/evaluations", With(new { kind = "exhibit", expoYear = 2046, exhibitId = Guid.NewGuid() }, 50)))
            .Problem(HttpStatusCode.NotFound);
        await (await coordinator.PostJson("/api/monitoring/2046/evaluations", With(new { kind = "ordinance", taskForceId = Guid.NewGuid() }, 50)))
            .Problem(HttpStatusCode.NotFound);
        var notAccepted = await (await coordinator.PostJson("/api/monitoring/2046/evaluations", With(new { kind = "exhibit", expoYear = 2046, exhibitId = pending }, 50)))
            .Problem(HttpStatusCode.Conflict);
        Assert.Equal("R7", notAccepted.GetProperty("rule").GetString());
        Assert.Contains("청년 공간", notAccepted.GetProperty("detail").GetString());
        Assert.Equal("R7", (await (await coordinator.PostJson("/api/monitoring/2046/evaluations", With(new { kind = "ordinance", taskForceId = drafting }, 50)))
            .Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await (await coordinator.PostJson("/api/monitoring/2046/evaluations", With(new { kind = "ordinance", taskForceId = enacted, exhibitId = accepted }, 50)))
            .Problem(HttpStatusCode.BadRequest);

        var exhibit = new { kind = "exhibit", expoYear = 2046, exhibitId = accepted };
        var first = await coordinator.Create("/api/monitoring/2046/evaluations", With(exhibit, 50));
        await coordinator.Create("/api/monitoring/2047/evaluations", With(exhibit, 62));
        var moved = await coordinator.Create("/api/monitoring/2047/evaluations", With(exhibit, 90));

        var evaluation = Assert.Single((await coordinator.GetJson("/api/monitoring/2046")).GetProperty("evaluations").EnumerateArray());
        Assert.Equal(first, evaluation.GetProperty("id").GetString());
        Assert.Equal("exhibit", evaluation.GetProperty("policy").GetProperty("kind").GetString());
        Assert.Equal("돌봄 정보 지도", evaluation.GetProperty("policyName").GetString());

        // The 90 was an evaluation of the ordinance: corrected, it leaves the exhibit's mean.
        (await coordinator.PostJson($"/api/monitoring/2047/evaluations/{moved}/corrections", new
        {
            indicators = new object[] { new { code, kind = "quantitative", score = 90 } }, reason = "조례 평가였음", policy = new { kind = "ordinance", taskForceId = enacted },
        })).EnsureSuccessStatusCode();

        var report = await coordinator.GetJson("/api/reports/monitoring?from=2046&to=2047");
        Assert.Equal(2, report.GetProperty("rows").EnumerateArray().Count(r => r.GetProperty("indicator").GetString() == code));
        var policies = report.GetProperty("policies").EnumerateArray().Where(r => r.GetProperty("indicator").GetString() == code).ToList();
        Assert.Equal(["exhibit 2046 50", "exhibit 2047 62", "ordinance 2047 90"],
            policies.Select(p => $"{p.GetProperty("kind").GetString()} {p.GetProperty("year").GetInt32()} {p.GetProperty("score").GetDecimal()}"));
        Assert.Equal(12, policies[1].GetProperty("change").GetDecimal());
        Assert.Equal("협치 조례 합동 TF 제2046호", policies[2].GetProperty("policy").GetString());

        var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/api/reports/monitoring?from=2046&to=2047&of=policies");
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        var csv = Encoding.UTF8.GetString((await (await coordinator.SendAsync(csvRequest)).Content.ReadAsByteArrayAsync())[3..]);
        Assert.StartsWith("kind,expoYear,exhibitId,taskForceId,policy,indicator,year,score,change\r\n", csv);
        Assert.Contains($"exhibit,2046,{accepted},,돌봄 정보 지도,{code},2047,62,12\r\n", csv);
        await (await coordinator.GetAsync("/api/reports/monitoring?from=2046&to=2047&of=people")).Problem(HttpStatusCode.BadRequest);

        var page = await (await coordinator.GetAsync("/reports/monitoring?from=2046&to=2047")).Content.ReadAsStringAsync();
        Assert.Contains("돌봄 정보 지도", page);
        Assert.Contains("협치 조례 합동 TF 제2046호", page);
    }
}
