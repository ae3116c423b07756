using System.Globalization;
using System.Text;
using CsCheck;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Hyeopchi.Host.Infrastructure.Commands;
using Marten;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>
/// Random JSON from CsCheck generators on every command route the OpenAPI description lists (every
/// placeholder filled, so none is skipped): the fields the commands use, with wrong types, huge
/// numbers, deep nesting and injection strings; and every command of the catalogue on records that
/// exist, with its own fields. Nothing answers 500; a body that cannot be read (broken JSON, invalid UTF-8) answers
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
            .Select(p => Regex.Replace(p.Name.Replace("{year}", "2027"), @"\{\w+\}", anyId))
            .Where(p => !p.StartsWith("/api/auth", StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>A value for a command's field: often one that could be right (an id that exists, a date, an enum's name), often one that is wrong.</summary>
    private static Gen<string> ValueFor(Type type, CommandWorld world)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var ids = world.Ids.Values.Where(v => Guid.TryParse(v, out _)).Select(v => $"\"{v}\"").ToArray();
        var plausible = type switch
        {
            _ when type == typeof(Guid) => Gen.OneOf(ids),
            _ when type == typeof(DateOnly) => Gen.Date[new DateTime(1999, 1, 1), new DateTime(2060, 12, 31)].Select(d => $"\"{d:yyyy-MM-dd}\""),
            _ when type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double) => Gen.Int[-5, 3000].Select(i => i.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(bool) => Gen.Bool.Select(b => b ? "true" : "false"),
            _ when type.IsEnum => Gen.OneOf(Enum.GetNames(type)).Select(n => $"\"{char.ToLowerInvariant(n[0])}{n[1..]}\""),
            _ when type.IsGenericType && type.GetGenericArguments() is [var item] && item == typeof(Guid) =>
                Gen.OneOf(ids).Array[0, 4].Select(items => "[" + string.Join(",", items) + "]"),
            _ when type.IsGenericType && type.GetGenericArguments() is [var item] && item != typeof(string) =>
                Object(FieldsOf(item), 1).Array[0, 3].Select(items => "[" + string.Join(",", items) + "]"),
            _ => Gen.String[0, 30].Select(text => System.Text.Json.JsonSerializer.Serialize(text)),
        };
        return Gen.Frequency((3, plausible), (2, Scalar), (1, Value(1)));
    }

    private static string[] FieldsOf(Type type) =>
        type.GetProperties().Where(p => p.GetCustomAttributes(typeof(JsonIgnoreAttribute), true).Length == 0 && p.CanWrite)
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).ToArray();

    /// <summary>A JSON object with some of the command's own fields, each given a value for its type.</summary>
    private static Gen<string> BodyFor(Type command, CommandWorld world)
    {
        var fields = command.GetProperties()
            .Where(p => p.GetCustomAttributes(typeof(JsonIgnoreAttribute), true).Length == 0 && p.CanWrite)
            .Select(p => ValueFor(p.PropertyType, world).Select(v => $"\"{char.ToLowerInvariant(p.Name[0])}{p.Name[1..]}\":{v}"))
            .ToList();
        if (fields.Count == 0) return Object(3);
        // Each field present or not, one after the other.
        var some = fields.Aggregate(Gen.Const(System.Collections.Immutable.ImmutableList<string>.Empty),
            (so, field) => so.SelectMany(list => Gen.Frequency((1, Gen.Const(list)), (3, field.Select(list.Add)))));
        return some.Select(list => "{" + string.Join(",", list) + "}");
    }

    private static Gen<string> Object(string[] fields, int depth) =>
        Gen.Select(Gen.OneOf(fields.Length > 0 ? fields : Fields), Value(depth)).Array[0, 6]
            .Select(pairs => "{" + string.Join(",", pairs.Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}");

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

    /// <summary>
    /// Every command of the catalogue, on records that exist (<see cref="CommandWorld"/>: a person, a
    /// division, a workshop and its finding, an evaluation, an exhibit…), with bodies made of the
    /// command's own fields: ids that exist, dates, enum names, and wrong values among them. The
    /// handlers and rules are reached, not only the 404 of an unknown id; nothing answers 500.
    /// </summary>
    [Fact]
    public async Task Random_commands_on_records_that_exist_never_answer_500()
    {
        var admin = await app.ClientAs(Roles.Admin);
        var world = await CommandWorld.BuildAsync(admin, 2029);
        var reached = new HashSet<string>();
        // The commands that end a record (erasure, deleting the user) come last, so the others find it.
        foreach (var entry in CommandCatalogue.All.OrderBy(e => e.Declaration.Method == "DELETE" || e.Declaration.Route.Contains("erasure", StringComparison.Ordinal)))
        {
            var url = world.Fill(entry.Declaration.Route);
            await BodyFor(entry.Command, world).SampleAsync(async body =>
            {
                using var request = new HttpRequestMessage(new HttpMethod(entry.Declaration.Method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                var response = await admin.SendAsync(request);
                Assert.True((int)response.StatusCode < 500,
                    $"{entry.Declaration.Method} {url} with {body[..Math.Min(body.Length, 200)]} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                if (response.StatusCode != System.Net.HttpStatusCode.NotFound) lock (reached) reached.Add(entry.Declaration.Route);
            }, iter: 20, threads: 1);
        }

        // Nearly every route got past "unknown id" at least once (the rest may 404 on the ids the body names).
        var missed = CommandCatalogue.All.Select(e => e.Declaration.Route).Except(reached).ToList();
        Assert.True(missed.Count <= CommandCatalogue.All.Count / 10, "never past 404: " + string.Join(", ", missed));
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
