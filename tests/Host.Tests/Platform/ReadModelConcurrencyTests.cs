using System.Net;
using System.Text.Json;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Projections.Monitoring;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>
/// Read models gathered from several streams, under commands sent at once by several clients: every
/// command answered 2xx shows in the read model, and the decisions that read it see it too
/// (docs/reliability.md, "Read models gathered from several streams").
/// </summary>
public class ReadModelConcurrencyTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const int Clients = 8;

    private async Task<HttpClient[]> CoordinatorClients()
    {
        var clients = new HttpClient[Clients];
        for (var i = 0; i < Clients; i++) clients[i] = await app.ClientAs(Roles.Coordinator);
        return clients;
    }

    /// <summary>Sends every request at once, spread over the clients, and waits for all the answers.</summary>
    private static Task<HttpResponseMessage[]> AllAtOnce(HttpClient[] clients, int count, Func<HttpClient, int, Task<HttpResponseMessage>> send) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => send(clients[i % clients.Length], i))));

    private static async Task<string> Describe(HttpResponseMessage[] answers) =>
        string.Join("; ", await Task.WhenAll(answers.Where(a => !a.IsSuccessStatusCode)
            .Select(async a => $"{(int)a.StatusCode} {await a.Content.ReadAsStringAsync()}")));

    [Fact]
    public async Task Eight_clients_enrolling_one_person_in_24_courses_at_once_show_all_24_and_the_decisions_see_every_completion()
    {
        var clients = await CoordinatorClients();
        var coordinator = clients[0];
        var person = await coordinator.Create("/api/people", new { name = "동시수강", sector = "civil", organisation = "길음마을모임" });
        // One monitoring-group course among 23 leader courses: R7 must see that one completion whichever writes land together.
        var courses = new List<string>();
        for (var i = 0; i < 24; i++)
        {
            var kind = i == 0 ? "monitorTraining" : "leaderEducation";
            courses.Add(await coordinator.Create("/api/courses", new { kind, year = 2027, title = $"동시 과정 {i + 1:00}", on = "2027-03-02" }));
        }

        var enrolled = await AllAtOnce(clients, courses.Count, (c, i) => c.PostJson($"/api/courses/{courses[i]}/enrollments", new { personId = person, on = "2027-03-10" }));
        Assert.True(enrolled.All(a => a.StatusCode == HttpStatusCode.OK), await Describe(enrolled));

        var training = await coordinator.GetJson($"/api/people/{person}/training");
        Assert.Equal(courses.Order(), training.GetProperty("courses").EnumerateArray().Select(c => c.GetProperty("courseId").GetString()!).Order());

        var completed = await AllAtOnce(clients, courses.Count, (c, i) => c.PostJson($"/api/courses/{courses[i]}/completions", new { personId = person, on = "2027-06-30" }));
        Assert.True(completed.All(a => a.StatusCode == HttpStatusCode.OK), await Describe(completed));

        training = await coordinator.GetJson($"/api/people/{person}/training");
        Assert.Equal(24, training.GetProperty("courses").GetArrayLength());
        Assert.All(training.GetProperty("courses").EnumerateArray(), c => Assert.Equal("2027-06-30", c.GetProperty("completedOn").GetString()));

        (await coordinator.PostJson("/api/monitoring/2027/monitors", new { personId = person })).EnsureSuccessStatusCode();
        var division = await coordinator.Create("/api/divisions", new { name = "동시분과", field = "동시" });
        (await coordinator.PostJson($"/api/divisions/{division}/leaders", new { personId = person })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Evaluations_of_eight_years_and_a_carry_over_recorded_at_once_all_show_in_the_tasks_lineage()
    {
        var clients = await CoordinatorClients();
        var coordinator = clients[0];
        const int firstYear = 2040;
        var monitor = await coordinator.Create("/api/people", new { name = "계보평가", sector = "civil" });
        var course = await coordinator.Create("/api/courses", new { kind = "monitorTraining", year = firstYear, title = "모니터링단 교육" });
        (await coordinator.PostJson($"/api/courses/{course}/enrollments", new { personId = monitor })).EnsureSuccessStatusCode();
        (await coordinator.PostJson($"/api/courses/{course}/completions", new { personId = monitor })).EnsureSuccessStatusCode();
        for (var year = firstYear; year < firstYear + Clients; year++)
            (await coordinator.PostJson($"/api/monitoring/{year}/monitors", new { personId = monitor })).EnsureSuccessStatusCode();
        var division = await coordinator.Create("/api/divisions", new { name = "계보분과", field = "계보" });
        var code = $"L-{Guid.NewGuid():N}"[..12];
        await coordinator.Create("/api/monitoring/indicators", new { code, name = "참여율", kind = "quantitative", baseline = 40, target = 60, scaleMin = 0, scaleMax = 100, unit = "%" });
        var task = Guid.CreateVersion7();
        await using (var session = app.Store.LightweightSession())
        {
            session.Events.StartStream(task, new StrategicTaskAdopted(task, "돌봄 공백 해소", firstYear, StrategicTaskOwner.Division(Guid.Parse(division)),
                Guid.NewGuid(), null, null, new DateOnly(2025, 11, 1)));
            await session.SaveChangesAsync();
        }

        // Eight evaluations, one per year (eight streams), and the carry-over (the task's stream) at once.
        var answers = await AllAtOnce(clients, Clients + 1, (c, i) => i < Clients
            ? c.PostJson($"/api/monitoring/{firstYear + i}/evaluations", new
            {
                monitorId = monitor, divisionId = division, strategicTaskId = task,
                indicators = new object[] { new { code, kind = "quantitative", score = 50 + i } },
            })
            : c.PostJson($"/api/strategic-tasks/{task}/carry-over", new { toYear = firstYear + 1, reason = "계속 추진" }));
        Assert.True(answers.All(a => a.StatusCode == HttpStatusCode.Created), await Describe(answers));
        var successor = (await answers[^1].Json(HttpStatusCode.Created)).GetProperty("id").GetString();
        var evaluations = await Task.WhenAll(answers[..^1].Select(async a => (await a.Json(HttpStatusCode.Created)).GetProperty("id").GetString()));

        var lineage = await coordinator.GetJson($"/api/audit/strategic-tasks/{task}/lineage");
        Assert.Equal([successor!], lineage.GetProperty("successors").Strings());
        Assert.Equal(evaluations.Order(), lineage.GetProperty("evaluations").EnumerateArray().Select(e => e.GetProperty("evaluationId").GetString()).Order());
        Assert.Equal(Enumerable.Range(firstYear, Clients), lineage.GetProperty("evaluations").EnumerateArray().Select(e => e.GetProperty("year").GetInt32()));
        var next = await coordinator.GetJson($"/api/audit/strategic-tasks/{successor}/lineage");
        Assert.Equal([task.ToString()], next.GetProperty("predecessors").Strings());
    }

    [Fact]
    public async Task Eight_clients_evaluating_one_division_on_one_indicator_at_once_all_count_in_the_years_score()
    {
        var clients = await CoordinatorClients();
        var coordinator = clients[0];
        const int year = 2050;
        var monitor = await coordinator.Create("/api/people", new { name = "점수평가", sector = "civil" });
        var course = await coordinator.Create("/api/courses", new { kind = "monitorTraining", year, title = "모니터링단 교육" });
        (await coordinator.PostJson($"/api/courses/{course}/enrollments", new { personId = monitor })).EnsureSuccessStatusCode();
        (await coordinator.PostJson($"/api/courses/{course}/completions", new { personId = monitor })).EnsureSuccessStatusCode();
        (await coordinator.PostJson($"/api/monitoring/{year}/monitors", new { personId = monitor })).EnsureSuccessStatusCode();
        var division = await coordinator.Create("/api/divisions", new { name = "점수분과", field = "점수" });
        var code = $"S-{Guid.NewGuid():N}"[..12];
        await coordinator.Create("/api/monitoring/indicators", new { code, name = "만족도", kind = "quantitative", baseline = 40, target = 60, scaleMin = 0, scaleMax = 100, unit = "점" });

        // Every client sends its evaluation at once and, as a client should, sends it again on a 409 without a rule (a concurrency conflict).
        var answers = await AllAtOnce(clients, Clients, async (c, i) =>
        {
            for (var attempt = 1; ; attempt++)
            {
                var answer = await c.PostJson($"/api/monitoring/{year}/evaluations", new
                {
                    monitorId = monitor, divisionId = division,
                    indicators = new object[] { new { code, kind = "quantitative", score = 10 * (i + 1) } },
                });
                if (answer.StatusCode != HttpStatusCode.Conflict || attempt == 20) return answer;
                var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
                if (problem.TryGetProperty("rule", out _)) return answer;
                await Task.Delay(Random.Shared.Next(5, 50));
            }
        });
        Assert.True(answers.All(a => a.StatusCode == HttpStatusCode.Created), await Describe(answers));

        await using (var session = app.Store.QuerySession())
        {
            var score = await session.LoadAsync<IndicatorYearScore>(IndicatorYearScore.KeyOf(Guid.Parse(division), code, year));
            Assert.Equal((Clients, 360m), (score!.Count, score.Sum));
        }

        var rows = (await coordinator.GetJson($"/api/reports/monitoring?from={year}&to={year}")).GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("divisionId").GetString() == division && r.GetProperty("indicator").GetString() == code).ToList();
        Assert.Equal(45m, Assert.Single(rows).GetProperty("score").GetDecimal());
        Assert.Equal(Clients, (await coordinator.GetJson($"/api/monitoring/{year}")).GetProperty("evaluations").GetArrayLength());
    }
}
