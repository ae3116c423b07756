using System.Globalization;
using System.Text;
using CsCheck;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;
using Marten;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>
/// Random JSON from CsCheck generators on every command route the OpenAPI description lists:
/// the fields the commands use, with wrong types, huge numbers, deep nesting and injection
/// strings. Nothing answers 500; a body that cannot be read (broken JSON, invalid UTF-8) answers
/// 4xx and records nothing. Iterations are bounded (each covers every route); a failure prints
/// the seed that reproduces it.
/// </summary>
public class FuzzedInputTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private static readonly string[] Fields =
    [
        "name", "field", "on", "year", "percent", "personId", "divisionId", "participants", "sector", "kind", "text", "status",
        "toStage", "organisation", "title", "reason", "rank", "userName", "password", "roles", "code", "score", "indicators", "version",
    ];

    private static readonly string[] Hostile =
    [
        "'; drop table hyeopchi.mt_events; --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "../../etc/passwd",
        "\\u0000", "\\ud800", "2027-02-30", "00000000-0000-0000-0000-000000000000", "civil", "NaN", "-0", "1e400",
    ];

    private static Gen<string> Scalar => Gen.OneOf(
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "1e308"),
        Gen.Const("99999999999999999999999999999999999999"), Gen.Const("-1e400"), Gen.Const("true"), Gen.Const("null"),
        Gen.OneOf(Hostile).Select(s => $"\"{s}\""),
        Gen.String[0, 40].Select(s => System.Text.Json.JsonSerializer.Serialize(s)));

    private static Gen<string> Value(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (6, Scalar),
            (1, Value(depth - 1).Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")),
            (1, Object(depth - 1)));

    private static Gen<string> Object(int depth) =>
        Gen.Select(Gen.OneOf(Fields), Value(depth)).Array[0, 6]
            .Select(pairs => "{" + string.Join(",", pairs.Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}");

    private static readonly Gen<string> Nested = Gen.Int[20, 400].Select(n => string.Concat(Enumerable.Repeat("{\"name\":", n)) + "1" + new string('}', n));

    private static readonly Gen<string> AnyBody = Gen.Frequency((8, Object(3)), (1, Nested));

    private async Task<IReadOnlyList<string>> CommandRoutes()
    {
        var document = await app.AnonymousClient().GetJson("/openapi/v1.json");
        var anyId = Guid.NewGuid().ToString();
        return document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("post", out _))
            .Select(p => p.Name.Replace("{id}", anyId).Replace("{year}", "2027"))
            .Where(p => !p.Contains('{') && !p.StartsWith("/api/auth", StringComparison.Ordinal))
            .ToList();
    }

    private async Task<long> Recorded()
    {
        await using var session = app.Store.QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync() + await session.Query<UserAccount>().CountAsync();
    }

    [Fact]
    public async Task Random_json_on_every_command_route_never_answers_500()
    {
        var admin = await app.ClientAs(Roles.Admin);
        var routes = await CommandRoutes();
        Assert.NotEmpty(routes);

        await AnyBody.SampleAsync(async body =>
        {
            foreach (var route in routes)
            {
                var response = await admin.PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"));
                Assert.True((int)response.StatusCode < 500,
                    $"POST {route} with {body[..Math.Min(body.Length, 120)]} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }, iter: 12, threads: 1);
    }

    [Fact]
    public async Task Random_json_made_unreadable_answers_4xx_everywhere_and_records_nothing()
    {
        var admin = await app.ClientAs(Roles.Admin);
        var routes = await CommandRoutes();
        var before = await Recorded();

        // Broken JSON (cut short) or invalid UTF-8 (0xFF, a lone continuation byte, an overlong form) inside the text.
        var unreadable = Gen.Select(Object(2), Gen.Int[0, 3], Gen.Double[0, 1], (json, how, where) =>
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var at = Math.Clamp((int)(where * bytes.Length), 1, Math.Max(1, bytes.Length - 1));
            return how switch
            {
                0 => bytes[..at],
                1 => [.. bytes[..at], 0xFF, .. bytes[at..]],
                2 => [.. "{\"name\":\""u8.ToArray(), 0x80, .. "\"}"u8.ToArray()],
                _ => [.. "{\"name\":\""u8.ToArray(), 0xC0, 0xAF, .. "\"}"u8.ToArray()],
            };
        });

        await unreadable.SampleAsync(async body =>
        {
            foreach (var route in routes)
            {
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                var response = await admin.PostAsync(route, content);
                Assert.True((int)response.StatusCode is >= 400 and < 500,
                    $"POST {route} with {Convert.ToHexString(body[..Math.Min(body.Length, 60)])} answered {(int)response.StatusCode}");
            }
        }, iter: 12, threads: 1);

        Assert.Equal(before, await Recorded());
    }
}
