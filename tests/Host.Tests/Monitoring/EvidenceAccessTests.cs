using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Monitoring;

public class EvidenceAccessTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const int Year = 2043;

    private static async Task<string> TrainedPerson(HttpClient coordinator, string name)
    {
        var course = await coordinator.Create("/api/courses", new { kind = "monitorTraining", year = Year, title = "모니터링단 교육" });
        var person = await coordinator.Create("/api/people", new { name, sector = "civil" });
        (await coordinator.PostJson($"/api/courses/{course}/enrollments", new { personId = person })).EnsureSuccessStatusCode();
        (await coordinator.PostJson($"/api/courses/{course}/completions", new { personId = person })).EnsureSuccessStatusCode();
        return person;
    }

    [Fact]
    public async Task Only_the_evaluations_own_monitor_or_a_coordinator_attaches_its_evidence()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var monitor = await TrainedPerson(coordinator, "설하람");
        var colleague = await TrainedPerson(coordinator, "도예준");
        (await coordinator.PostJson($"/api/monitoring/{Year}/monitors", new { personId = monitor, userName = "monitor-user" })).EnsureSuccessStatusCode();
        (await coordinator.PostJson($"/api/monitoring/{Year}/monitors", new { personId = colleague })).EnsureSuccessStatusCode();
        var division = await coordinator.Create("/api/divisions", new { name = "증빙분과", field = "돌봄" });
        var code = $"E{Guid.NewGuid():N}"[..8].ToUpperInvariant();
        await coordinator.Create("/api/monitoring/indicators", new { code, name = "참여율", kind = "quantitative", baseline = 40, target = 60, scaleMin = 0, scaleMax = 100, unit = "%" });
        object Evaluation(string by) => new { monitorId = by, divisionId = division, indicators = new object[] { new { code, kind = "quantitative", score = 50 } } };
        var own = await coordinator.Create($"/api/monitoring/{Year}/evaluations", Evaluation(monitor));
        var colleagues = await coordinator.Create($"/api/monitoring/{Year}/evaluations", Evaluation(colleague));
        var monitorClient = await app.ClientAs(Roles.Monitor);
        var evidence = new { method = "interview", count = 3, respondents = 3 };

        var refused = await (await monitorClient.PostJson($"/api/monitoring/{Year}/evaluations/{colleagues}/evidence", evidence)).Problem(HttpStatusCode.Forbidden);
        Assert.Equal("R7", refused.GetProperty("rule").GetString());
        (await monitorClient.PostJson($"/api/monitoring/{Year}/evaluations/{own}/evidence", evidence)).EnsureSuccessStatusCode();
        (await coordinator.PostJson($"/api/monitoring/{Year}/evaluations/{colleagues}/evidence", evidence)).EnsureSuccessStatusCode();
    }
}
