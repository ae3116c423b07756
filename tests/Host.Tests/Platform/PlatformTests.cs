using System.Net;
using System.Text;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Platform;

public class PlatformTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    [Fact]
    public async Task Health_answers_200_without_a_token_when_the_store_answers()
    {
        var health = await app.AnonymousClient().GetJson("/health");

        Assert.Equal("healthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_body_over_1_MB_is_refused_with_413()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var huge = $$"""{"name":"{{new string('가', 600_000)}}","field":"환경"}""";

        var response = await coordinator.PostAsync("/api/divisions", new StringContent(huge, Encoding.UTF8, "application/json"));

        await response.Problem(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_OpenAPI_description_lists_every_route_of_the_contract()
    {
        var document = await app.AnonymousClient().GetJson("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var route in new[]
                 {
                     "/api/auth/token", "/api/users", "/api/network/launch", "/api/people", "/api/divisions",
                     "/api/divisions/{id}", "/api/divisions/{id}/chair", "/api/divisions/{id}/members", "/api/divisions/{id}/stage",
                 })
        {
            Assert.Contains(route, paths);
        }
    }

    [Fact]
    public async Task The_OpenAPI_description_groups_by_feature_with_the_bearer_scheme_and_Korean_examples()
    {
        var document = await app.AnonymousClient().GetJson("/openapi/v1.json");

        var register = document.GetProperty("paths").GetProperty("/api/divisions").GetProperty("post");
        Assert.Equal("Divisions", register.GetProperty("tags")[0].GetString());
        Assert.Equal("Register division", register.GetProperty("summary").GetString());
        Assert.True(register.TryGetProperty("security", out _));
        Assert.True(register.GetProperty("responses").TryGetProperty("409", out _));
        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty("RegisterDivision");
        Assert.Equal("환경에너지분과", schema.GetProperty("examples")[0].GetProperty("name").GetString());
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }

    [Theory]
    [InlineData("/api/workshops?year=abc")]
    [InlineData("/api/meetings?year=2027.5")]
    [InlineData("/api/courses?year=99999999999")]
    public async Task A_query_value_that_does_not_parse_is_400_not_silently_the_default(string url)
    {
        var auditor = await app.ClientAs(Roles.Auditor);

        await (await auditor.GetAsync(url)).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Answers_carry_security_headers()
    {
        var response = await app.AnonymousClient().GetAsync("/health");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_API_reference_page_is_served()
    {
        var response = await app.AnonymousClient().GetAsync("/scalar/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
