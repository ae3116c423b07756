using System.Net;
using System.Text;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;
using Marten;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>
/// Every command route the OpenAPI description lists, fed malformed and hostile bodies: none may
/// answer 500, and a body that cannot be read records nothing. Routes discovered from the
/// description, so each new route is covered as it lands.
/// </summary>
public class HostileInputTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private static readonly string[] Unreadable =
    [
        "",
        "null",
        "[]",
        "\"text\"",
        "{",
        """{"name": {"a": [1, 2, {"b": null}]}, "field": 12, "on": "not-a-date", "year": "2027"}""",
        """{"year": 99999999999999999999999999999, "percent": 1e400, "toStage": -2147483649}""",
        """{"on": "2027-02-30", "sector": "civil", "kind": 3}""",
        """{"personId": "not-a-guid", "divisionId": 42, "participants": "everyone"}""",
        string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200),
    ];

    private static readonly string[] HostileText =
    [
        "'; drop table hyeopchi.mt_events; --",
        "<script>alert('협치')</script>",
        "\u0000\u001f\ud800",
        new string('가', 5000),
        "{{division_care}} ${jndi:ldap://x} %s%n",
    ];

    private async Task<IReadOnlyList<string>> CommandRoutes()
    {
        var document = await app.AnonymousClient().GetJson("/openapi/v1.json");
        var anyId = Guid.NewGuid().ToString();
        return document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("post", out _))
            .Select(p => p.Name.Replace("{id}", anyId).Replace("{year}", "2027"))
            .Where(p => !p.Contains('{'))
            .ToList();
    }

    private async Task<long> EventCount()
    {
        await using var session = app.Store.QuerySession();
        return (await session.Events.QueryAllRawEvents().CountAsync()) + await session.Query<Hyeopchi.Host.Auth.UserAccount>().CountAsync();
    }

    [Fact]
    public async Task Unreadable_bodies_answer_4xx_on_every_command_route_and_record_nothing()
    {
        var admin = await app.ClientAs(Roles.Admin);
        var routes = await CommandRoutes();
        Assert.NotEmpty(routes);
        var before = await EventCount();

        foreach (var route in routes)
        {
            foreach (var body in Unreadable)
            {
                var response = await admin.PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"));
                Assert.True((int)response.StatusCode is >= 400 and < 500,
                    $"POST {route} with {body[..Math.Min(body.Length, 60)]} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            var invalidUtf8 = new ByteArrayContent([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]);
            invalidUtf8.Headers.ContentType = new("application/json");
            var utf8Response = await admin.PostAsync(route, invalidUtf8);
            Assert.True((int)utf8Response.StatusCode is >= 400 and < 500, $"POST {route} with invalid UTF-8 answered {(int)utf8Response.StatusCode}");
        }

        Assert.Equal(before, await EventCount());
    }

    [Fact]
    public async Task Hostile_text_in_every_field_never_answers_500()
    {
        var admin = await app.ClientAs(Roles.Admin);
        var fields = new[] { "name", "field", "district", "organisation", "title", "text", "reason", "summary", "minutes", "note", "venue", "userName", "password" };

        foreach (var route in await CommandRoutes())
        {
            foreach (var text in HostileText)
            {
                var body = System.Text.Json.JsonSerializer.Serialize(fields.ToDictionary(f => f, _ => text));
                var response = await admin.PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"));
                Assert.True((int)response.StatusCode < 500, $"POST {route} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
    }

    [Fact]
    public async Task Hostile_text_is_stored_and_returned_as_text()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        // A name of its own: the fuzz above may have registered a division under the hostile texts already.
        var id = await coordinator.Create("/api/divisions", new { name = "<script>alert('분과')</script>", field = "'; drop table x; --" });

        var division = await coordinator.GetJson($"/api/divisions/{id}");

        Assert.Equal("<script>alert('분과')</script>", division.GetProperty("name").GetString());
        Assert.Equal("'; drop table x; --", division.GetProperty("field").GetString());
    }
}
