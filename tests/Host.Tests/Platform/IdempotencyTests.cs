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
        // Registering a person is a command the domain accepts any number of times: only the key keeps it to one.
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var body = new { name = "동시재시도", sector = "civil" };

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            coordinator.PostJson("/api/people", body, idempotencyKey: "person-concurrent")));

        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, a.StatusCode.ToString()));
        var people = await coordinator.GetJson("/api/people");
        Assert.Equal(1, people.EnumerateArray().Count(p => p.GetProperty("name").GetString() == "동시재시도"));
    }

    [Fact]
    public async Task Without_a_key_the_same_command_twice_records_twice()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var body = new { name = "두번등록", sector = "civil" };

        await coordinator.Create("/api/people", body);
        await coordinator.Create("/api/people", body);

        var people = await coordinator.GetJson("/api/people");
        Assert.Equal(2, people.EnumerateArray().Count(p => p.GetProperty("name").GetString() == "두번등록"));
    }

    [Fact]
    public async Task A_record_older_than_its_lifetime_is_forgotten_so_the_key_records_again()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var body = new { name = "만료확인", sector = "civil" };
        await coordinator.Create("/api/people", body);
        (await coordinator.PostJson("/api/people", body, idempotencyKey: "person-expiring")).EnsureSuccessStatusCode();
        await using (var session = app.Store.LightweightSession())
        {
            foreach (var record in await session.Query<Hyeopchi.Host.Infrastructure.Http.IdempotentResponse>().ToListAsync())
            {
                record.RecordedAt = DateTimeOffset.UtcNow.AddHours(-25);
                session.Store(record);
            }

            await session.SaveChangesAsync();
        }

        var again = await coordinator.PostJson("/api/people", body, idempotencyKey: "person-expiring");

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.False(again.Headers.Contains("Idempotent-Replayed"));
        var people = await coordinator.GetJson("/api/people");
        Assert.Equal(3, people.EnumerateArray().Count(p => p.GetProperty("name").GetString() == "만료확인"));
    }

    [Fact]
    public async Task A_kept_record_names_neither_the_key_nor_a_plain_hash_of_the_body()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var json = """{"name":"홍지문","sector":"civil"}""";
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/people") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", "person-홍지문");
        (await coordinator.SendAsync(request)).EnsureSuccessStatusCode();
        var plain = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            [.. System.Text.Encoding.UTF8.GetBytes("POST /api/people\n"), .. System.Text.Encoding.UTF8.GetBytes(json)]));

        await using var session = app.Store.QuerySession();
        var records = await session.Query<Hyeopchi.Host.Infrastructure.Http.IdempotentResponse>().ToListAsync();
        Assert.NotEmpty(records);
        Assert.DoesNotContain(records, r => r.Id.Contains("홍지문", StringComparison.Ordinal) || r.Id.Contains("person-", StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => r.Fingerprint == plain);
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
