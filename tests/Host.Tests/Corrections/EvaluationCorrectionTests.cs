using System.Net;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Corrections;

/// <summary>Monitoring evaluations withdrawn or corrected (R10), their evidence withdrawn, and appointments ended (R7).</summary>
public class EvaluationCorrectionTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const string Unknown = "0196a1b2-0000-7000-8000-00000000ffff";

    private sealed record Given(HttpClient Client, string Monitor, string Division, string Code, string Task, string Evaluation);

    private async Task<Given> AnEvaluationOfATask(int year)
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var course = await c.Create("/api/courses", new { kind = "monitorTraining", year, title = "모니터링단 교육" });
        var monitor = await c.Create("/api/people", new { name = "한지호", sector = "civil" });
        (await c.PostJson($"/api/courses/{course}/enrollments", new { personId = monitor })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/courses/{course}/completions", new { personId = monitor, on = $"{year}-03-02" })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/monitoring/{year}/monitors", new { personId = monitor, on = $"{year}-03-03" })).EnsureSuccessStatusCode();
        var division = await c.Create("/api/divisions", new { name = $"돌봄분과 {Guid.NewGuid():N}"[..11], field = "돌봄" });
        var code = "P" + Guid.NewGuid().ToString("N")[..8];
        await c.Create("/api/monitoring/indicators", new { code, name = "참여율", kind = "quantitative", baseline = 40, target = 60, scaleMin = 0, scaleMax = 100, unit = "%" });
        var task = Guid.CreateVersion7();
        await using (var session = app.Store.LightweightSession())
        {
            session.Events.StartStream(task, new StrategicTaskAdopted(task, "돌봄 공백 해소", year, StrategicTaskOwner.Division(Guid.Parse(division)), Guid.NewGuid(), null, null, new DateOnly(year - 1, 11, 1)));
            await session.SaveChangesAsync();
        }

        var evaluation = await c.Create($"/api/monitoring/{year}/evaluations", new
        {
            monitorId = monitor, divisionId = division, strategicTaskId = task,
            indicators = new object[] { new { code, kind = "quantitative", score = 72.5 } },
            on = $"{year}-10-15",
        });
        return new Given(c, monitor, division, code, task.ToString(), evaluation);
    }

    [Fact]
    public async Task A_withdrawn_evaluation_leaves_the_tasks_lineage_and_the_years_means()
    {
        var g = await AnEvaluationOfATask(2036);
        Assert.Single((await g.Client.GetJson($"/api/audit/strategic-tasks/{g.Task}/lineage")).GetProperty("evaluations").EnumerateArray());

        (await g.Client.PostJson($"/api/monitoring/2036/evaluations/{g.Evaluation}/withdrawal", new { reason = "다른 분과의 평가를 잘못 입력", on = "2036-10-20" })).EnsureSuccessStatusCode();

        Assert.Empty((await g.Client.GetJson($"/api/audit/strategic-tasks/{g.Task}/lineage")).GetProperty("evaluations").EnumerateArray());
        var rows = (await g.Client.GetJson("/api/reports/monitoring?from=2036&to=2036")).GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("divisionId").GetString() == g.Division).ToList();
        Assert.All(rows, r => Assert.Equal(System.Text.Json.JsonValueKind.Null, r.GetProperty("score").ValueKind));

        Assert.Equal("R10", (await (await g.Client.PostJson($"/api/monitoring/2036/evaluations/{g.Evaluation}/withdrawal", new { reason = "다시" }))
            .Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await (await g.Client.PostJson($"/api/monitoring/2036/evaluations/{Unknown}/withdrawal", new { reason = "없음" })).Problem(HttpStatusCode.NotFound);
        await (await g.Client.PostJson($"/api/monitoring/2037/evaluations/{g.Evaluation}/withdrawal", new { reason = "다른 해" })).Problem(HttpStatusCode.NotFound);
        await (await g.Client.PostJson($"/api/monitoring/2036/evaluations/{g.Evaluation}/withdrawal", new { })).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_corrected_evaluation_replaces_its_scores_and_its_evidence_is_withdrawn_by_number()
    {
        var g = await AnEvaluationOfATask(2038);
        (await g.Client.PostJson($"/api/monitoring/2038/evaluations/{g.Evaluation}/evidence",
            new { method = "survey", count = 1, respondents = 148, keyFindings = new[] { "돌봄 정보 접근성이 높아짐" } })).EnsureSuccessStatusCode();

        (await g.Client.PostJson($"/api/monitoring/2038/evaluations/{g.Evaluation}/corrections",
            new { reason = "점수 오기", indicators = new object[] { new { code = g.Code, kind = "quantitative", score = 27.5 } }, on = "2038-10-20" })).EnsureSuccessStatusCode();
        (await g.Client.PostJson($"/api/monitoring/2038/evaluations/{g.Evaluation}/evidence/1/withdrawal", new { reason = "다른 설문", on = "2038-10-21" })).EnsureSuccessStatusCode();

        var lineage = (await g.Client.GetJson($"/api/audit/strategic-tasks/{g.Task}/lineage")).GetProperty("evaluations")[0];
        Assert.Equal(27.5m, lineage.GetProperty("indicators")[0].GetProperty("score").GetDecimal());
        await (await g.Client.PostJson($"/api/monitoring/2038/evaluations/{g.Evaluation}/evidence/2/withdrawal", new { reason = "없음" })).Problem(HttpStatusCode.NotFound);
        await (await g.Client.PostJson($"/api/monitoring/2038/evaluations/{g.Evaluation}/evidence/1/withdrawal", new { reason = "다시" })).Problem(HttpStatusCode.Conflict);
        await (await g.Client.PostJson($"/api/monitoring/2038/evaluations/{Unknown}/corrections",
            new { reason = "없음", indicators = new object[] { new { code = g.Code, kind = "quantitative", score = 20 } } })).Problem(HttpStatusCode.NotFound);
        await (await g.Client.PostJson($"/api/monitoring/2038/evaluations/{g.Evaluation}/corrections",
            new { indicators = new object[] { new { code = g.Code, kind = "quantitative", score = 20 } } })).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_monitor_whose_appointment_ended_records_no_evaluation_after_it()
    {
        var g = await AnEvaluationOfATask(2039);

        (await g.Client.PostJson($"/api/monitoring/2039/monitors/{g.Monitor}/end", new { reason = "이사", on = "2039-10-31" })).EnsureSuccessStatusCode();

        var refused = await (await g.Client.PostJson("/api/monitoring/2039/evaluations", new
        {
            monitorId = g.Monitor, divisionId = g.Division, indicators = new object[] { new { code = g.Code, kind = "quantitative", score = 50 } }, on = "2039-11-02",
        })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("R7", refused.GetProperty("rule").GetString());
        await (await g.Client.PostJson($"/api/monitoring/2039/monitors/{g.Monitor}/end", new { reason = "다시" })).Problem(HttpStatusCode.Conflict);
        await (await g.Client.PostJson($"/api/monitoring/2039/monitors/{Unknown}/end", new { reason = "없음" })).Problem(HttpStatusCode.NotFound);
        await (await g.Client.PostJson($"/api/monitoring/2039/monitors/{g.Monitor}/end", new { })).Problem(HttpStatusCode.BadRequest);
    }
}
