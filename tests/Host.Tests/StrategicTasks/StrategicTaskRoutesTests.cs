using System.Net;
using System.Text;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.StrategicTasks;

public class StrategicTaskRoutesTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const string Unknown = "0196a1b2-0000-7000-8000-000000000000";
    private static readonly Guid WorkshopId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000b1");
    private static readonly Guid ProposalId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000b3");

    /// <summary>Given a task adopted by a workshop decision (the adoption route belongs to workshops): appended as a coordinator would.</summary>
    private async Task<string> GivenAnAdoptedTask(int year = 2028, string title = "1인 가구 고립 예방 네트워크", Guid? divisionId = null)
    {
        var id = Guid.CreateVersion7();
        await using var session = app.Store.LightweightSession();
        session.LastModifiedBy = "workshop-coordinator";
        session.CorrelationId = "adoption-correlation";
        session.Events.StartStream<StrategicTask>(id, new StrategicTaskAdopted(id, title, year,
            divisionId is { } d ? StrategicTaskOwner.Division(d) : StrategicTaskOwner.JointOf(), WorkshopId, null, ProposalId, new DateOnly(year - 1, 11, 20)));
        await session.SaveChangesAsync();
        return id.ToString();
    }

    private static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task An_adopted_task_reads_in_the_pinned_shape()
    {
        var id = await GivenAnAdoptedTask();
        var monitor = await app.ClientAs(Roles.Monitor);

        var task = await monitor.GetJson($"/api/strategic-tasks/{id}");

        Assert.Equal(id, task.GetProperty("id").GetString());
        Assert.Equal("1인 가구 고립 예방 네트워크", task.GetProperty("title").GetString());
        Assert.Equal(2028, task.GetProperty("year").GetInt32());
        Assert.True(task.GetProperty("owner").GetProperty("joint").GetBoolean());
        Assert.Equal("planned", task.GetProperty("status").GetString());
        Assert.Equal(0, task.GetProperty("percent").GetInt32());
        Assert.Equal(WorkshopId.ToString(), task.GetProperty("originWorkshopId").GetString());
        Assert.Equal(1, task.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Progress_status_owner_and_milestones_change_the_task_and_answer_its_version()
    {
        var id = await GivenAnAdoptedTask();
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var division = await coordinator.Create("/api/divisions", new { name = "복지분과", field = "복지" });

        var status = await (await coordinator.PostJson($"/api/strategic-tasks/{id}/status", new { status = "inProgress", reason = "착수 회의", on = "2028-02-03" })).Json();
        Assert.Equal(2, status.GetProperty("version").GetInt64());
        var milestone = await (await coordinator.PostJson($"/api/strategic-tasks/{id}/milestones", new { title = "동별 실태 조사", dueOn = "2028-05-31", weight = 40, on = "2028-02-03" })).Json();
        var milestoneId = milestone.GetProperty("milestoneId").GetString();
        (await coordinator.PostJson($"/api/strategic-tasks/{id}/progress", new { percent = 35, note = "12개 동 완료", evidenceUrl = "https://example.org/s", on = "2028-05-02" })).EnsureSuccessStatusCode();
        (await coordinator.PostJson($"/api/strategic-tasks/{id}/progress/corrections", new { correctsVersion = 4, percent = 30, reason = "집계 오류", on = "2028-05-04" })).EnsureSuccessStatusCode();
        (await coordinator.PostJson($"/api/strategic-tasks/{id}/milestones/{milestoneId}/reached", new { on = "2028-05-30" })).EnsureSuccessStatusCode();
        var owner = await (await coordinator.PostJson($"/api/strategic-tasks/{id}/owner", new { divisionId = division, reason = "복지분과로 이관", on = "2028-06-01" })).Json();
        Assert.Equal(7, owner.GetProperty("version").GetInt64());

        var task = await coordinator.GetJson($"/api/strategic-tasks/{id}");
        Assert.Equal("inProgress", task.GetProperty("status").GetString());
        Assert.Equal(30, task.GetProperty("percent").GetInt32());
        Assert.Equal(division, task.GetProperty("owner").GetProperty("divisionId").GetString());
        Assert.False(task.GetProperty("owner").GetProperty("joint").GetBoolean());
        Assert.Equal("2028-05-30", task.GetProperty("milestones")[0].GetProperty("reachedOn").GetString());
        Assert.Equal(7, task.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Tasks_are_listed_by_year_and_the_board_groups_them_by_status_and_owner()
    {
        var a = await GivenAnAdoptedTask(2031, "가 과제");
        var b = await GivenAnAdoptedTask(2031, "나 과제", Guid.CreateVersion7());
        await GivenAnAdoptedTask(2032, "다른 해");
        var coordinator = await app.ClientAs(Roles.Coordinator);
        (await coordinator.PostJson($"/api/strategic-tasks/{b}/status", new { status = "done", reason = "완료", on = "2031-06-01" })).EnsureSuccessStatusCode();

        var list = await coordinator.GetJson("/api/strategic-tasks?year=2031");
        Assert.Equal([a, b], list.EnumerateArray().Select(t => t.GetProperty("id").GetString()));

        var board = await (await app.ClientAs(Roles.Monitor)).GetJson("/api/strategic-tasks/board?year=2031");
        Assert.Equal(2, board.GetProperty("total").GetInt32());
        var columns = board.GetProperty("byStatus").EnumerateArray().ToDictionary(c => c.GetProperty("status").GetString()!, c => c.GetProperty("tasks").GetArrayLength());
        Assert.Equal((1, 1, 0), (columns["planned"], columns["done"], columns["carriedOver"]));
        Assert.Equal(2, board.GetProperty("byOwner").GetArrayLength());

        await (await coordinator.GetAsync("/api/strategic-tasks/board")).Problem(HttpStatusCode.BadRequest);
        await (await coordinator.GetAsync("/api/strategic-tasks?year=twenty")).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Carrying_over_creates_next_years_task_linked_both_ways_with_the_original_origin()
    {
        var id = await GivenAnAdoptedTask();
        var coordinator = await app.ClientAs(Roles.Coordinator);
        (await coordinator.PostJson($"/api/strategic-tasks/{id}/progress", new { percent = 60, note = "절반 이상", on = "2028-10-01" })).EnsureSuccessStatusCode();

        var successor = await coordinator.Create($"/api/strategic-tasks/{id}/carry-over", new { toYear = 2029, title = "1인 가구 고립 예방 2단계", reason = "2029년 계속 추진", on = "2028-12-10" });

        var old = await coordinator.GetJson($"/api/strategic-tasks/{id}");
        Assert.Equal(("carriedOver", successor), (old.GetProperty("status").GetString(), old.GetProperty("successorId").GetString()));
        var next = await coordinator.GetJson($"/api/strategic-tasks/{successor}");
        Assert.Equal((2029, "1인 가구 고립 예방 2단계", id, WorkshopId.ToString(), 60),
            (next.GetProperty("year").GetInt32(), next.GetProperty("title").GetString(), next.GetProperty("predecessorId").GetString(),
             next.GetProperty("originWorkshopId").GetString(), next.GetProperty("percent").GetInt32()));

        var auditor = await app.ClientAs(Roles.Auditor);
        var lineage = await auditor.GetJson($"/api/audit/strategic-tasks/{successor}/lineage");
        Assert.Equal([id], lineage.GetProperty("predecessors").Strings());
        Assert.Equal(ProposalId.ToString(), lineage.GetProperty("origin").GetProperty("proposalId").GetString());
        Assert.Equal([successor], (await auditor.GetJson($"/api/audit/strategic-tasks/{id}/lineage")).GetProperty("successors").Strings());
    }

    [Fact]
    public async Task Rules_refuse_with_409_naming_R8()
    {
        var id = await GivenAnAdoptedTask();
        var coordinator = await app.ClientAs(Roles.Coordinator);

        Assert.Equal("R8", (await (await coordinator.PostJson($"/api/strategic-tasks/{id}/carry-over", new { toYear = 2028, reason = "같은 해", on = "2028-04-01" })).Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        (await coordinator.PostJson($"/api/strategic-tasks/{id}/status", new { status = "dropped", reason = "예산 삭감", on = "2028-04-01" })).EnsureSuccessStatusCode();
        Assert.Equal("R8", (await (await coordinator.PostJson($"/api/strategic-tasks/{id}/progress", new { percent = 10, note = "보고", on = "2028-04-02" })).Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("R10", (await (await coordinator.PostJson($"/api/strategic-tasks/{id}/progress/corrections", new { correctsVersion = 1, percent = 5, reason = "정정", on = "2028-04-02" })).Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("progress", """{"percent": 101, "note": "n"}""", "percent")]
    [InlineData("progress", """{"note": "n"}""", "percent")]
    [InlineData("progress", """{"percent": 5, "note": "n", "evidenceUrl": "ftp://x"}""", "evidenceUrl")]
    [InlineData("status", """{"status": "done"}""", "reason")]
    [InlineData("status", """{"status": "carriedOver", "reason": "r"}""", "status")]
    [InlineData("carry-over", """{"reason": "r"}""", "toYear")]
    [InlineData("carry-over", """{"toYear": 2029}""", "reason")]
    [InlineData("owner", """{"reason": "r"}""", "divisionId")]
    [InlineData("milestones", """{"title": "t", "weight": 0}""", "weight")]
    [InlineData("progress/corrections", """{"percent": 5, "reason": "r"}""", "correctsVersion")]
    public async Task Bad_input_is_400_with_the_field_named(string route, string body, string field)
    {
        var id = await GivenAnAdoptedTask();
        var coordinator = await app.ClientAs(Roles.Coordinator);

        var problem = await (await coordinator.PostAsync($"/api/strategic-tasks/{id}/{route}", Raw(body))).Problem(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("""{"percent": "half", "note": "n"}""")]
    [InlineData("""{"percent": 5, "note": """)]
    public async Task Unreadable_json_is_400(string body)
    {
        var id = await GivenAnAdoptedTask();
        var coordinator = await app.ClientAs(Roles.Coordinator);

        await (await coordinator.PostAsync($"/api/strategic-tasks/{id}/progress", Raw(body))).Problem(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(Unknown)]
    [InlineData("not-a-guid")]
    public async Task An_unknown_task_is_404_on_every_route(string id)
    {
        var admin = await app.ClientAs(Roles.Admin);

        await (await admin.GetAsync($"/api/strategic-tasks/{id}")).Problem(HttpStatusCode.NotFound);
        await (await admin.PostJson($"/api/strategic-tasks/{id}/progress", new { percent = 5, note = "n" })).Problem(HttpStatusCode.NotFound);
        await (await admin.PostJson($"/api/strategic-tasks/{id}/status", new { status = "done", reason = "r" })).Problem(HttpStatusCode.NotFound);
        await (await admin.PostJson($"/api/strategic-tasks/{id}/carry-over", new { toYear = 2030, reason = "r" })).Problem(HttpStatusCode.NotFound);
        await (await admin.PostJson($"/api/strategic-tasks/{id}/owner", new { joint = true, reason = "r" })).Problem(HttpStatusCode.NotFound);
        await (await admin.PostJson($"/api/strategic-tasks/{id}/milestones", new { title = "t", dueOn = "2028-05-01", weight = 5 })).Problem(HttpStatusCode.NotFound);
        foreach (var audit in new[] { "history", "as-of?version=1", "diff?from=1&to=2", "lineage" })
        {
            await (await admin.GetAsync($"/api/audit/strategic-tasks/{id}/{audit}")).Problem(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task An_unknown_division_as_owner_is_404()
    {
        var id = await GivenAnAdoptedTask();
        var coordinator = await app.ClientAs(Roles.Coordinator);

        await (await coordinator.PostJson($"/api/strategic-tasks/{id}/owner", new { divisionId = Unknown, reason = "이관" })).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task History_names_each_event_with_its_actor_instant_business_date_and_correlation_and_pages_by_version()
    {
        var id = await GivenAnAdoptedTask();
        var coordinator = await app.ClientAs(Roles.Coordinator);
        for (var i = 1; i <= 5; i++)
        {
            (await coordinator.PostJson($"/api/strategic-tasks/{id}/progress", new { percent = i * 10, note = $"{i}차 보고: 주민 모임", on = $"2028-0{i}-15" })).EnsureSuccessStatusCode();
        }

        var auditor = await app.ClientAs(Roles.Auditor);
        var all = await auditor.GetJson($"/api/audit/strategic-tasks/{id}/history");
        Assert.Equal([1, 2, 3, 4, 5, 6], all.EnumerateArray().Select(e => e.GetProperty("version").GetInt32()));
        var first = all[0];
        Assert.Equal(("adopted", "workshop-coordinator", "adoption-correlation"),
            (first.GetProperty("type").GetString(), first.GetProperty("actor").GetString(), first.GetProperty("correlationId").GetString()));
        var report = all[2];
        Assert.Equal(("progressReported", "coordinator-user", "2028-02-15", 20, "2차 보고: 주민 모임"),
            (report.GetProperty("type").GetString(), report.GetProperty("actor").GetString(), report.GetProperty("on").GetString(),
             report.GetProperty("data").GetProperty("percent").GetInt32(), report.GetProperty("data").GetProperty("note").GetString()));
        Assert.True(report.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.False(string.IsNullOrEmpty(report.GetProperty("correlationId").GetString()));

        var response = await auditor.GetAsync($"/api/audit/strategic-tasks/{id}/history?from=2&limit=2");
        var page = await response.Json();
        Assert.Equal([2, 3], page.EnumerateArray().Select(e => e.GetProperty("version").GetInt32()));
        Assert.Equal($"</api/audit/strategic-tasks/{id}/history?from=4&limit=2>; rel=\"next\"", response.Headers.GetValues("Link").Single());
        var last = await auditor.GetAsync($"/api/audit/strategic-tasks/{id}/history?from=5&limit=2");
        Assert.Equal(2, (await last.Json()).GetArrayLength());
        Assert.False(last.Headers.Contains("Link"));

        await (await auditor.GetAsync($"/api/audit/strategic-tasks/{id}/history?limit=5000")).Problem(HttpStatusCode.BadRequest);
        await (await auditor.GetAsync($"/api/audit/strategic-tasks/{id}/history?from=0")).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task As_of_rebuilds_the_task_at_a_version_or_an_instant_and_diff_names_fields_and_actors()
    {
        var id = await GivenAnAdoptedTask();
        var coordinator = await app.ClientAs(Roles.Coordinator);
        (await coordinator.PostJson($"/api/strategic-tasks/{id}/status", new { status = "inProgress", reason = "착수", on = "2028-02-01" })).EnsureSuccessStatusCode();
        var auditor = await app.ClientAs(Roles.Auditor);
        var between = (await auditor.GetJson($"/api/audit/strategic-tasks/{id}/history"))[1].GetProperty("at").GetDateTimeOffset();
        await Task.Delay(10);
        (await (await app.ClientAs(Roles.Admin)).PostJson($"/api/strategic-tasks/{id}/progress", new { percent = 45, note = "중간 점검", on = "2028-06-01" })).EnsureSuccessStatusCode();

        var atOne = await auditor.GetJson($"/api/audit/strategic-tasks/{id}/as-of?version=1");
        Assert.Equal(("planned", 0, 1), (atOne.GetProperty("status").GetString(), atOne.GetProperty("percent").GetInt32(), atOne.GetProperty("version").GetInt32()));
        var atInstant = await auditor.GetJson($"/api/audit/strategic-tasks/{id}/as-of?at={Uri.EscapeDataString(between.ToString("O"))}");
        Assert.Equal(("inProgress", 0, 2), (atInstant.GetProperty("status").GetString(), atInstant.GetProperty("percent").GetInt32(), atInstant.GetProperty("version").GetInt32()));

        var diff = await auditor.GetJson($"/api/audit/strategic-tasks/{id}/diff?from=1&to=3");
        var changes = diff.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!);
        Assert.Equal(["percent", "status"], changes.Keys.Order());
        Assert.Equal(["coordinator-user"], changes["status"].GetProperty("changedBy").Strings());
        Assert.Equal(["admin"], changes["percent"].GetProperty("changedBy").Strings());
        Assert.Equal(45, changes["percent"].GetProperty("after").GetInt32());
        Assert.Equal(["coordinator-user", "admin"], diff.GetProperty("actors").Strings());

        await (await auditor.GetAsync($"/api/audit/strategic-tasks/{id}/as-of?version=4")).Problem(HttpStatusCode.NotFound);
        await (await auditor.GetAsync($"/api/audit/strategic-tasks/{id}/diff?from=1&to=9")).Problem(HttpStatusCode.NotFound);
        await (await auditor.GetAsync($"/api/audit/strategic-tasks/{id}/as-of?at=2000-01-01T00:00:00Z")).Problem(HttpStatusCode.NotFound);
        foreach (var bad in new[] { "as-of", "as-of?version=0", "as-of?version=x", "as-of?at=yesterday", "as-of?version=1&at=2028-01-01T00:00:00Z", "diff?from=1", "diff?from=3&to=2" })
        {
            await (await auditor.GetAsync($"/api/audit/strategic-tasks/{id}/{bad}")).Problem(HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task As_of_a_business_date_folds_the_events_dated_on_or_before_it_even_those_entered_later()
    {
        var id = await GivenAnAdoptedTask();
        var coordinator = await app.ClientAs(Roles.Coordinator);
        (await coordinator.PostJson($"/api/strategic-tasks/{id}/status", new { status = "inProgress", reason = "착수", on = "2028-02-01" })).EnsureSuccessStatusCode();
        (await coordinator.PostJson($"/api/strategic-tasks/{id}/progress", new { percent = 45, note = "중간 점검", on = "2028-06-01" })).EnsureSuccessStatusCode();
        // Entered after June's report, about April: a history written up afterwards.
        (await coordinator.PostJson($"/api/strategic-tasks/{id}/progress", new { percent = 20, note = "4월 점검 (늦게 입력)", on = "2028-04-01" })).EnsureSuccessStatusCode();
        var auditor = await app.ClientAs(Roles.Auditor);

        async Task<(string?, int)> On(string day)
        {
            var task = await auditor.GetJson($"/api/audit/strategic-tasks/{id}/as-of?on={day}");
            return (task.GetProperty("status").GetString(), task.GetProperty("percent").GetInt32());
        }

        Assert.Equal(("planned", 0), await On("2027-11-20"));
        Assert.Equal(("inProgress", 0), await On("2028-03-31"));
        Assert.Equal(("inProgress", 20), await On("2028-05-31"));
        Assert.Equal(("inProgress", 20), await On("2028-12-31"));
        Assert.Equal(20, (await auditor.GetJson($"/api/audit/strategic-tasks/{id}/as-of?version=4")).GetProperty("percent").GetInt32());
        Assert.Equal(45, (await auditor.GetJson($"/api/audit/strategic-tasks/{id}/as-of?version=3")).GetProperty("percent").GetInt32());

        await (await auditor.GetAsync($"/api/audit/strategic-tasks/{id}/as-of?on=2027-11-19")).Problem(HttpStatusCode.NotFound);
        foreach (var bad in new[] { "on=2028-13-01", "on=yesterday", "on=2028-03-01&version=1" })
            await (await auditor.GetAsync($"/api/audit/strategic-tasks/{id}/as-of?{bad}")).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Lineage_includes_evaluations_recorded_by_monitoring()
    {
        var id = await GivenAnAdoptedTask();
        var evaluationId = Guid.CreateVersion7();
        await using (var session = app.Store.LightweightSession())
        {
            session.Events.StartStream(evaluationId, new EvaluationRecorded(evaluationId, 2028, Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.Parse(id), 1,
                [new IndicatorResult("P1", IndicatorKind.Quantitative, 4m, null)], new DateOnly(2028, 11, 15)));
            await session.SaveChangesAsync();
        }

        var lineage = await (await app.ClientAs(Roles.Coordinator)).GetJson($"/api/audit/strategic-tasks/{id}/lineage");

        Assert.Equal(evaluationId.ToString(), Assert.Single(lineage.GetProperty("evaluations").EnumerateArray()).GetProperty("evaluationId").GetString());
        Assert.Equal(WorkshopId.ToString(), lineage.GetProperty("origin").GetProperty("workshopId").GetString());
        Assert.Empty(lineage.GetProperty("predecessors").EnumerateArray());
    }

    [Theory]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Monitor)]
    public async Task Readers_may_not_command(string role)
    {
        var id = await GivenAnAdoptedTask();
        var reader = await app.ClientAs(role);

        await (await reader.PostJson($"/api/strategic-tasks/{id}/progress", new { percent = 5, note = "n" })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/strategic-tasks/{id}/status", new { status = "done", reason = "r" })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/strategic-tasks/{id}/carry-over", new { toYear = 2029, reason = "r" })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/strategic-tasks/{id}/owner", new { joint = true, reason = "r" })).Problem(HttpStatusCode.Forbidden);
        await (await reader.PostJson($"/api/strategic-tasks/{id}/milestones", new { title = "t", dueOn = "2028-05-01", weight = 5 })).Problem(HttpStatusCode.Forbidden);
        Assert.Equal(1, (await reader.GetJson($"/api/strategic-tasks/{id}")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Monitors_read_tasks_but_not_the_audit_trail_and_auditors_admins_coordinators_read_it()
    {
        var id = await GivenAnAdoptedTask();
        var monitor = await app.ClientAs(Roles.Monitor);
        foreach (var audit in new[] { "history", "as-of?version=1", "diff?from=1&to=1", "lineage" })
        {
            await (await monitor.GetAsync($"/api/audit/strategic-tasks/{id}/{audit}")).Problem(HttpStatusCode.Forbidden);
        }

        foreach (var role in new[] { Roles.Auditor, Roles.Admin, Roles.Coordinator })
        {
            var reader = await app.ClientAs(role);
            Assert.Equal(1, (await reader.GetJson($"/api/audit/strategic-tasks/{id}/history")).GetArrayLength());
            Assert.Equal(1, (await reader.GetJson($"/api/audit/strategic-tasks/{id}/as-of?version=1")).GetProperty("version").GetInt32());
        }

        var anonymous = app.AnonymousClient();
        await (await anonymous.GetAsync($"/api/strategic-tasks/{id}")).Problem(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync($"/api/audit/strategic-tasks/{id}/history")).Problem(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task No_route_edits_or_deletes_a_task_or_its_history(string method)
    {
        var id = await GivenAnAdoptedTask();
        var admin = await app.ClientAs(Roles.Admin);

        foreach (var url in new[] { $"/api/strategic-tasks/{id}", $"/api/audit/strategic-tasks/{id}/history" })
        {
            var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = Raw("{}") });
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });
        }

        Assert.Equal(1, (await admin.GetJson($"/api/audit/strategic-tasks/{id}/history")).GetArrayLength());
    }

    /// <summary>
    /// The 2025 sample drives these routes for tasks the workshops' sample adopts; here the three
    /// tasks are seeded directly, and every step must succeed as the sample loader would send it.
    /// </summary>
    [Fact]
    public async Task The_2025_task_progress_sample_runs_against_these_routes()
    {
        var names = new Dictionary<string, string>
        {
            ["task_care_2025"] = await GivenAnAdoptedTask(2025, "1인 가구 고립 예방 돌봄 지도"),
            ["task_environment_2025"] = await GivenAnAdoptedTask(2025, "석관동 에너지자립마을 확산"),
            ["task_joint_2025"] = await GivenAnAdoptedTask(2025, "협치 의제 민/관 공동 실행 체계 구축"),
        };
        var file = Path.Combine(AppContext.BaseDirectory, "../../../../../samples/seongbuk/2025-02-task-progress.json");
        var scenario = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement;
        var coordinator = await app.ClientAs(Roles.Coordinator);
        string Resolve(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\{([A-Za-z][A-Za-z0-9_.-]*)\}", m => names[m.Groups[1].Value]);

        foreach (var step in scenario.GetProperty("steps").EnumerateArray())
        {
            var response = await coordinator.PostAsync(Resolve(step.GetProperty("path").GetString()!), Raw(Resolve(step.GetProperty("body").GetRawText())));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{step.GetProperty("key")}: {(int)response.StatusCode} {text}");
            var field = step.TryGetProperty("field", out var f) ? f.GetString()! : "id";
            if (step.TryGetProperty("as", out var name)) names[name.GetString()!] = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty(field).GetString()!;
        }

        var successor = await coordinator.GetJson($"/api/strategic-tasks/{names["task_environment_2026_carried"]}");
        Assert.Equal((2026, 45), (successor.GetProperty("year").GetInt32(), successor.GetProperty("percent").GetInt32()));
        var care = await coordinator.GetJson($"/api/strategic-tasks/{names["task_care_2025"]}");
        Assert.Equal(("done", 70), (care.GetProperty("status").GetString(), care.GetProperty("percent").GetInt32()));
    }
}
