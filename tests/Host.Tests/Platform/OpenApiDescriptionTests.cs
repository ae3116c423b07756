using System.Text.Json;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>
/// The OpenAPI description is what client generators read: every success answer has a type, an
/// optional field is not required, an anonymous route says so, and every tag is a described feature.
/// </summary>
public class OpenApiDescriptionTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    /// <summary>Where to write the description, for .ci/run to lint it with Redocly CLI's recommended rules.</summary>
    public const string OutputVariable = "OPENAPI_DESCRIPTION_FILE";

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>The routes anyone may call without a token; any other is a security decision to make here.</summary>
    private static readonly string[] Anonymous = ["POST /api/auth/token", "GET /api/public/expos/{year}", "GET /api/public/districts/{district}/expos/{year}"];

    [Fact]
    public async Task Every_operation_types_its_success_answer()
    {
        var document = await Document();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var untyped = new List<string>();
        foreach (var (name, operation) in Operations(document))
        {
            var successes = operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            if (successes.Count == 0) untyped.Add($"{name}: no 2xx answer");
            if (name.StartsWith("GET ", StringComparison.Ordinal) && !successes.Any(r => r.Value.TryGetProperty("content", out _)))
                untyped.Add($"{name}: a read that answers no body");
            foreach (var success in successes)
            {
                if (!success.Value.TryGetProperty("content", out var content)) continue;
                foreach (var media in content.EnumerateObject())
                {
                    if (!media.Value.TryGetProperty("schema", out var schema) || IsEmpty(schema, schemas))
                        untyped.Add($"{name}: {success.Name} {media.Name} has no type");
                }
            }
        }

        Assert.Empty(untyped);
    }

    [Fact]
    public async Task Every_command_declares_the_warning_header_of_its_recorded_answer()
    {
        var document = await Document();
        var undeclared = Operations(document)
            .Where(o => o.Name.StartsWith("POST /api/", StringComparison.Ordinal) && o.Name != "POST /api/auth/token")
            .SelectMany(o => o.Operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2'))
                .Where(r => !r.Value.TryGetProperty("headers", out var headers) || !headers.TryGetProperty("Hyeopchi-Warning", out _))
                .Select(r => $"{o.Name} {r.Name}"))
            .ToList();

        Assert.Empty(undeclared);
    }

    [Fact]
    public async Task A_property_that_may_be_null_is_not_required()
    {
        var document = await Document();

        var wrong = new List<string>();
        foreach (var schema in document.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            if (!schema.Value.TryGetProperty("required", out var required)) continue;
            var properties = schema.Value.GetProperty("properties");
            wrong.AddRange(required.EnumerateArray().Select(r => r.GetString()!)
                .Where(r => properties.TryGetProperty(r, out var property) && MayBeNull(property))
                .Select(r => $"{schema.Name}.{r}"));
        }

        Assert.Empty(wrong);
        // The command that every client sends first: only what the server cannot do without is asked for.
        var register = document.GetProperty("components").GetProperty("schemas").GetProperty("RegisterDivision");
        Assert.False(register.TryGetProperty("required", out var asked) && asked.EnumerateArray().Any(r => r.GetString() == "on"));
    }

    [Fact]
    public async Task Anonymous_operations_declare_no_security_and_the_others_the_bearer_token()
    {
        var document = await Document();

        var anonymous = new List<string>();
        foreach (var (name, operation) in Operations(document))
        {
            Assert.True(operation.TryGetProperty("security", out var security), $"{name} declares no security");
            if (security.GetArrayLength() == 0) anonymous.Add(name);
            else Assert.True(security[0].TryGetProperty("Bearer", out _), $"{name} asks for something other than the bearer token");
        }

        Assert.Equal(Anonymous.Order(StringComparer.Ordinal), anonymous.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_tag_is_a_described_feature_and_the_servers_are_named()
    {
        var document = await Document();

        var tags = document.GetProperty("tags").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t);
        foreach (var (name, tag) in tags)
        {
            Assert.DoesNotContain('.', name);
            Assert.True(OpenApiConventions.Features.ContainsKey(name), $"the tag {name} is no feature");
            Assert.False(string.IsNullOrWhiteSpace(tag.GetProperty("description").GetString()), $"the tag {name} is not described");
        }

        foreach (var (name, operation) in Operations(document))
        {
            var used = operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToList();
            Assert.True(used.Count == 1 && tags.ContainsKey(used[0]), $"{name} is tagged {string.Join(", ", used)}");
        }

        Assert.NotEqual(0, document.GetProperty("servers").GetArrayLength());
    }

    [Fact]
    public async Task The_description_is_written_where_CI_lints_it()
    {
        var text = await app.AnonymousClient().GetStringAsync("/openapi/v1.json");
        using var parsed = JsonDocument.Parse(text);
        Assert.StartsWith("3.", parsed.RootElement.GetProperty("openapi").GetString());

        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } file)
        {
            await File.WriteAllTextAsync(file, text);
        }
    }

    private async Task<JsonElement> Document() => await app.AnonymousClient().GetJson("/openapi/v1.json");

    private static IEnumerable<(string Name, JsonElement Operation)> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from method in path.Value.EnumerateObject()
        where Methods.Contains(method.Name)
        select ($"{method.Name.ToUpperInvariant()} {path.Name}", method.Value);

    /// <summary>A schema that says nothing (<c>{}</c>), or names an object with no properties (what <c>IResult</c> becomes).</summary>
    private static bool IsEmpty(JsonElement schema, JsonElement schemas)
    {
        if (schema.TryGetProperty("$ref", out var reference))
            schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        if (!schema.EnumerateObject().Any(p => p.Name is not ("description" or "examples"))) return true;
        return schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "object"
               && !schema.TryGetProperty("properties", out _) && !schema.TryGetProperty("additionalProperties", out _);
    }

    private static bool MayBeNull(JsonElement property)
    {
        if (property.TryGetProperty("type", out var type)
            && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => t.GetString() == "null") : type.GetString() == "null"))
            return true;
        if (property.TryGetProperty("nullable", out var nullable) && nullable.ValueKind == JsonValueKind.True) return true;
        return new[] { "oneOf", "anyOf" }.Any(k => property.TryGetProperty(k, out var options) && options.EnumerateArray().Any(MayBeNull));
    }
}
