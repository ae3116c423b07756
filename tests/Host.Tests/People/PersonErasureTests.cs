using System.Net;
using System.Text.RegularExpressions;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Testing;
using JasperFx.Events;
using Marten;

namespace Hyeopchi.Host.Tests.People;

public class PersonErasureTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const string Erased = "한소망";
    private const string Kept = "문서윤";
    private const int Year = 2041;

    [Fact]
    public async Task Given_a_person_active_everywhere_when_erased_then_no_answer_shows_their_name_and_every_stream_keeps_its_events()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var admin = await app.ClientAs(Roles.Admin);
        var person = await c.Create("/api/people", new { name = Erased, sector = "civil", organisation = "한소망 공방" });
        var other = await c.Create("/api/people", new { name = Kept, sector = "administration", organisation = "성북구청 자치행정과", rank = "workingLevel" });
        var division = await c.Create("/api/divisions", new { name = "삭제시험분과", field = "돌봄" });
        (await c.PostJson($"/api/divisions/{division}/chair", new { personId = person, on = "2041-03-02" })).EnsureSuccessStatusCode();
        var workshop = await c.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { person, other }, on = "2041-03-10" });
        var meeting = await c.Create("/api/meetings", new { divisionId = division, kind = "regular", participants = new[] { person, other }, minutes = "정기 회의", on = "2041-03-12" });
        var taskForce = await c.Create("/api/task-force", new { name = "삭제시험 TF", on = "2041-03-02" });
        (await c.PostJson($"/api/task-force/{taskForce}/members", new { personId = person, on = "2041-03-05" })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/task-force/{taskForce}/members", new { personId = other, on = "2041-03-05" })).EnsureSuccessStatusCode();
        var course = await c.Create("/api/courses", new { kind = "monitorTraining", year = Year, title = "모니터링단 교육" });
        (await c.PostJson($"/api/courses/{course}/enrollments", new { personId = person })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/courses/{course}/completions", new { personId = person })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/monitoring/{Year}/monitors", new { personId = person })).EnsureSuccessStatusCode();

        var reads = new[]
        {
            $"/api/people/{person}", "/api/people", $"/api/people/{person}/training", $"/api/divisions/{division}", "/api/divisions",
            $"/api/workshops/{workshop}", "/api/workshops", $"/api/meetings/{meeting}", "/api/meetings", $"/api/task-force/{taskForce}",
            $"/api/courses/{course}", $"/api/monitoring/{Year}",
        };
        Assert.All(reads.Take(1), url => Assert.Contains(Erased, Text(c, url).Result)); // the check below can fail
        var before = await Streams(person, division, workshop, meeting, taskForce, course);

        var answer = await (await admin.PostJson($"/api/people/{person}/erasure", new { reason = "정보주체의 삭제 요구 (개인정보 보호법 제36조)" })).Json();

        Assert.Equal(before[Guid.Parse(person)].Count + 1, answer.GetProperty("version").GetInt64());
        foreach (var url in reads)
        {
            var text = await Text(c, url);
            Assert.DoesNotContain(Erased, text);
            Assert.DoesNotContain("한소망 공방", text);
        }

        Assert.Contains(Person.ErasedName, await Text(c, $"/api/divisions/{division}"));
        Assert.Contains(Kept, await Text(c, $"/api/meetings/{meeting}"));
        Assert.Contains(Kept, await Text(c, $"/api/task-force/{taskForce}"));
        Assert.Contains("성북구청 자치행정과", await Text(c, $"/api/workshops/{workshop}"));

        var after = await Streams(person, division, workshop, meeting, taskForce, course);
        foreach (var (stream, events) in before)
        {
            var now = after[stream].Take(events.Count).ToList();
            Assert.Equal(events.Select(e => (e.Id, e.Version, e.Sequence, e.EventTypeName)), now.Select(e => (e.Id, e.Version, e.Sequence, e.EventTypeName)));
        }

        var erasure = after[Guid.Parse(person)].Last();
        var erased = Assert.IsType<PersonErased>(erasure.Data);
        Assert.Equal("정보주체의 삭제 요구 (개인정보 보호법 제36조)", erased.Reason);
        Assert.False(string.IsNullOrEmpty(erasure.UserName));
        Assert.All(after.Values.SelectMany(e => e), e => Assert.DoesNotContain(Erased, System.Text.Json.JsonSerializer.Serialize(e.Data, e.EventType)));

        // The read models rebuild from the masked events without error and still without the name.
        await using var session = app.Store.LightweightSession();
        var progress = await session.Events.AggregateStreamAsync<DivisionProgress>(Guid.Parse(division));
        Assert.Equal(Person.ErasedName, progress!.Chair!.Name);

        var again = await (await admin.PostJson($"/api/people/{person}/erasure", new { reason = "다시" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("person.erased", again.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Erasure_is_for_administrators_needs_a_reason_and_a_known_person()
    {
        var admin = await app.ClientAs(Roles.Admin);
        var person = await admin.Create("/api/people", new { name = "권다온", sector = "civil" });

        await (await admin.PostJson($"/api/people/{Guid.NewGuid()}/erasure", new { reason = "요청" })).Problem(HttpStatusCode.NotFound);
        var problem = await (await admin.PostJson($"/api/people/{person}/erasure", new { })).Problem(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        foreach (var role in new[] { Roles.Coordinator, Roles.Auditor, Roles.Monitor })
        {
            var client = await app.ClientAs(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJson($"/api/people/{person}/erasure", new { reason = "요청" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().PostJson($"/api/people/{person}/erasure", new { reason = "요청" })).StatusCode);
        Assert.Contains("권다온", await Text(admin, $"/api/people/{person}"));
    }

    private static async Task<string> Text(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return Regex.Unescape(await response.Content.ReadAsStringAsync());
    }

    private async Task<Dictionary<Guid, IReadOnlyList<IEvent>>> Streams(params string[] ids)
    {
        await using var session = app.Store.QuerySession();
        var streams = new Dictionary<Guid, IReadOnlyList<IEvent>>();
        foreach (var id in ids)
        {
            streams[Guid.Parse(id)] = await session.Events.FetchStreamAsync(Guid.Parse(id));
        }

        var year = await session.Query<Hyeopchi.Projections.Monitoring.MonitoringYearView>().Where(m => m.Year == Year).Select(m => m.Id).SingleAsync();
        streams[year] = await session.Events.FetchStreamAsync(year);
        return streams;
    }
}
