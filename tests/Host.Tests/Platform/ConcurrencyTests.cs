using System.Net;
using System.Net.Http.Json;
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
        var id = await coordinator.Create("/api/divisions", new { name = "노동분과", field = "노동" });

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
}
