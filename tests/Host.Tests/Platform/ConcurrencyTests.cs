using System.Net;
using System.Net.Http.Json;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Platform;

public class ConcurrencyTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private static HttpRequestMessage AddMember(string divisionId, string organisation, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/divisions/{divisionId}/members")
        {
            Content = JsonContent.Create(new { organisation, sector = "civil" }),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Fact]
    public async Task A_read_answers_its_version_as_ETag_and_a_command_with_a_stale_If_Match_is_412_recording_nothing()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var id = await coordinator.Create("/api/divisions", new { name = "주거분과", field = "주거" });
        var read = await coordinator.GetAsync($"/api/divisions/{id}");
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal("\"1\"", etag);

        var first = await coordinator.SendAsync(AddMember(id, "성북주거복지센터", etag));
        var second = await coordinator.SendAsync(AddMember(id, "정릉 마을공동체", etag));

        await first.Json();
        var problem = await second.Problem(HttpStatusCode.PreconditionFailed);
        Assert.Contains("version 2", problem.GetProperty("detail").GetString());
        var division = await coordinator.GetJson($"/api/divisions/{id}");
        Assert.Equal(1, division.GetProperty("memberCount").GetInt32());
    }

    [Theory]
    [InlineData("W/\"1\"")]
    [InlineData("\"one\"")]
    [InlineData("\"1\", \"2\"")]
    public async Task A_malformed_If_Match_is_400(string ifMatch)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var id = await coordinator.Create("/api/divisions", new { name = $"노동분과 {ifMatch}", field = "노동" });

        await (await coordinator.SendAsync(AddMember(id, "성북노동권익센터", ifMatch))).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Two_coordinators_changing_one_division_at_once_never_lose_an_update()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var id = await coordinator.Create("/api/divisions", new { name = "먹거리분과", field = "먹거리" });

        var answers = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => coordinator.SendAsync(AddMember(id, $"단체 {i}", null))));

        var accepted = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, a.StatusCode.ToString()));
        var division = await coordinator.GetJson($"/api/divisions/{id}");
        Assert.Equal(accepted, division.GetProperty("memberCount").GetInt32());
        Assert.Equal(1 + accepted, division.GetProperty("version").GetInt32());
    }

    private static HttpRequestMessage Post(string url, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Fact]
    public async Task A_strategic_task_answers_its_version_as_ETag_and_progress_on_a_stale_one_is_412()
    {
        var id = Guid.CreateVersion7();
        await using (var session = app.Store.LightweightSession())
        {
            session.Events.StartStream<StrategicTask>(id, new StrategicTaskAdopted(id, "경쟁 과제", 2028, StrategicTaskOwner.JointOf(),
                Guid.CreateVersion7(), null, Guid.CreateVersion7(), new DateOnly(2027, 11, 20)));
            await session.SaveChangesAsync();
        }

        var coordinator = await app.ClientAs(Roles.Coordinator);
        var read = await coordinator.GetAsync($"/api/strategic-tasks/{id}");
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal("\"1\"", etag);

        var first = await coordinator.SendAsync(Post($"/api/strategic-tasks/{id}/status", new { status = "inProgress", reason = "착수", on = "2028-02-03" }, etag));
        await first.Json();
        var stale = await coordinator.SendAsync(Post($"/api/strategic-tasks/{id}/progress", new { percent = 40, note = "늦은 화면", on = "2028-03-03" }, etag));

        var problem = await stale.Problem(HttpStatusCode.PreconditionFailed);
        Assert.Contains("version 2", problem.GetProperty("detail").GetString());
        var task = await coordinator.GetAsync($"/api/strategic-tasks/{id}");
        Assert.Equal("\"2\"", task.Headers.ETag!.Tag);
        Assert.Equal(0, (await task.Json()).GetProperty("percent").GetInt32());
    }

    [Fact]
    public async Task A_task_force_draft_honours_If_Match_though_it_appends_without_Recorded()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var id = await c.Create("/api/task-force", new { name = "동시 편집 TF", on = "2027-03-02" });
        foreach (var (name, sector) in new[] { ("김하늘", "civil"), ("서유나", "administration"), ("장민서", "council") })
        {
            var person = await c.Create("/api/people", new { name, sector });
            (await c.PostJson($"/api/task-force/{id}/members", new { personId = person, on = "2027-03-05" })).EnsureSuccessStatusCode();
        }

        (await c.PostJson($"/api/task-force/{id}/form", new { on = "2027-03-20" })).EnsureSuccessStatusCode();
        var etag = (await c.GetAsync($"/api/task-force/{id}")).Headers.ETag!.Tag;
        Assert.Equal("\"5\"", etag);

        await (await c.SendAsync(Post($"/api/task-force/{id}/drafts", new { text = "제1조(목적)", on = "2027-04-01" }, etag))).Json(HttpStatusCode.Created);
        await (await c.SendAsync(Post($"/api/task-force/{id}/drafts", new { text = "제1조(목적) 다른 화면", on = "2027-04-01" }, etag))).Problem(HttpStatusCode.PreconditionFailed);

        var tf = await c.GetJson($"/api/task-force/{id}");
        Assert.Equal(1, tf.GetProperty("drafts").GetArrayLength());
    }

    [Fact]
    public async Task A_course_read_carries_its_version_as_ETag()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var course = await c.Create("/api/courses", new { title = "협치 기본 교육", kind = "leaderEducation", year = 2027, on = "2027-03-02" });
        var read = await c.GetAsync($"/api/courses/{course}");
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);
        Assert.Equal(1, (await read.Json()).GetProperty("version").GetInt32());
    }
}
