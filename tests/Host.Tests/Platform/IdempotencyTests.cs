using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Testing;
using Marten;

namespace Hyeopchi.Host.Tests.Platform;

public class IdempotencyTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    [Fact]
    public async Task The_same_key_twice_records_once_and_answers_as_the_first_time()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var body = new { name = "복지분과", field = "복지" };

        var first = await coordinator.PostJson("/api/divisions", body, idempotencyKey: "division-복지-1");
        var second = await coordinator.PostJson("/api/divisions", body, idempotencyKey: "division-복지-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        await using var session = app.Store.QuerySession();
        Assert.Equal(1, await session.Query<DivisionProgress>().CountAsync(d => d.Name == "복지분과"));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_record_once()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var id = await coordinator.Create("/api/divisions", new { name = "청년분과", field = "청년" });
        var body = new { organisation = "청년허브", sector = "civil" };

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            coordinator.PostJson($"/api/divisions/{id}/members", body, idempotencyKey: "member-청년허브")));

        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, a.StatusCode.ToString()));
        var division = await coordinator.GetJson($"/api/divisions/{id}");
        Assert.Equal(1, division.GetProperty("memberCount").GetInt32());
    }

    [Fact]
    public async Task A_key_reused_for_a_different_request_is_422_and_records_nothing()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        await coordinator.Create("/api/divisions", new { name = "문화분과", field = "문화" });
        (await coordinator.PostJson("/api/divisions", new { name = "안전분과", field = "안전" }, "reused-key")).EnsureSuccessStatusCode();

        var reuse = await coordinator.PostJson("/api/divisions", new { name = "주거분과", field = "주거" }, "reused-key");

        await reuse.Problem(HttpStatusCode.UnprocessableEntity);
        await using var session = app.Store.QuerySession();
        Assert.False(await session.Query<DivisionProgress>().AnyAsync(d => d.Name == "주거분과"));
    }

    [Fact]
    public async Task A_refused_command_is_not_remembered_so_a_retry_is_decided_again()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var id = await coordinator.Create("/api/divisions", new { name = "돌봄분과", field = "돌봄" });

        var first = await coordinator.PostJson($"/api/divisions/{id}/stage", new { action = "advance", toStage = 2 }, "advance-돌봄");
        var second = await coordinator.PostJson($"/api/divisions/{id}/stage", new { action = "advance", toStage = 2 }, "advance-돌봄");

        await first.Problem(HttpStatusCode.Conflict);
        await second.Problem(HttpStatusCode.Conflict);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
    }
}
