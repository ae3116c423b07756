using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hyeopchi.Host.Infrastructure.Http;

/// <summary>
/// Makes the OpenAPI description read well for integrators and usable by client generators:
/// operations grouped by feature under described tags, a summary from the operation id, the bearer
/// scheme on every protected route and <c>security: []</c> on the anonymous ones, the error answers
/// every command can give, optional fields that are not <c>required</c>, and Korean examples from
/// each command's static <c>Example</c>. Reads that answer an <see cref="IResult"/> declare their
/// body with <c>[ProducesResponseType&lt;T&gt;]</c> beside the endpoint.
/// </summary>
public static partial class OpenApiConventions
{
    private const string Bearer = "Bearer";

    /// <summary>The features that group the operations (the endpoint's namespace), as the description's tags.</summary>
    public static readonly IReadOnlyDictionary<string, string> Features = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Auth"] = "로그인과 사용자 (sign-in, users and their roles)",
        ["Network"] = "민간추진단의 출범 (the network's launch)",
        ["People"] = "사람 (people, their rank and erasure)",
        ["Divisions"] = "분과: 구성, 분과장, 단계와 관문 (divisions: members, chair, stages and their gates)",
        ["Meetings"] = "회의 (meetings and their minutes)",
        ["Workshops"] = "워크숍: 발견, 제안, 전략 과제 채택 (workshops: findings, proposals, adopted tasks)",
        ["Compliance"] = "연간 의무 R4·R5 (the year's obligations)",
        ["StrategicTasks"] = "전략 과제: 진행, 상태, 이월, 감사 이력 (strategic tasks: progress, status, carry-over, audit history)",
        ["TaskForce"] = "합동 TF와 조례안 (the joint task force and its ordinance drafts)",
        ["Education"] = "교육 과정과 이수 (courses, enrolments, completions)",
        ["Monitoring"] = "모니터링: 모니터, 평가, 보고서 (monitors, evaluations, the yearly report)",
        ["Expos"] = "정책 박람회와 공개 목록 (the policy expo and its public catalogue)",
        ["Districts"] = "자치구: 운영자의 자치구 관리와 자치구별 비교 (districts: the operator's districts and their side-by-side rollup)",
    };

    /// <summary>What <see cref="Commands.CommandWarnings"/> answers with a recorded command: once per warning.</summary>
    private static readonly OpenApiHeader WarningHeader = new()
    {
        Description = "Recorded, but worth checking: `calendar.holiday; on=2025-10-06; text=…` (the Korean sentence percent-encoded as UTF-8) "
            + "when the business date `on` falls on a Korean public holiday. One header per warning; none when there is nothing to check.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    public static void Apply(OpenApiOptions options)
    {
        var json = new JsonSerializerOptions();
        HyeopchiHost.ConfigureJson(json);

        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Hyeopchi (협치) API";
            document.Info.Description =
                "성북구 협치 민간추진단의 거버넌스 과정 엔진. 분과의 단계, 워크숍, 전략 과제, 합동 TF, 정책 박람회, 교육과 모니터링을 "
                + "사건(event)으로 기록합니다. Sign in with POST /api/auth/token and send `Authorization: Bearer …`. "
                + "Every command accepts an optional business date `on` (yyyy-MM-dd) and an `Idempotency-Key` header. "
                + "Errors are RFC 9457 problem details; a rule's refusal is 409 with `rule` and `unmet`.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "POST /api/auth/token issues the token.",
            };

            // Relative, so that the description holds wherever the host is reached (behind a proxy too).
            document.Servers = [new OpenApiServer { Url = "/", Description = "The host that serves this description." }];
            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (operation.Tags?.FirstOrDefault()?.Name is { } handler && handler.StartsWith("Hyeopchi.Host.", StringComparison.Ordinal))
            {
                var feature = handler.Split('.')[^2];
                operation.Tags = new HashSet<OpenApiTagReference> { new(feature, context.Document) };
            }

            if (operation.OperationId is { } id && (operation.Summary is null || operation.Summary.Contains('_')))
            {
                operation.Summary = Words(id);
                operation.Description = null;
            }

            var isProtected = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
            if (!isProtected)
            {
                // Said outright, so that a client generator sends no token and a linter sees the choice.
                operation.Security = [];
            }
            else
            {
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] }];
                operation.Responses ??= new OpenApiResponses();
                operation.Responses.TryAdd("401", Problem("No or bad token."));
                operation.Responses.TryAdd("403", Problem("Your role may not do this."));
            }

            if (context.Description.HttpMethod == "POST" && operation.Responses is not null)
            {
                operation.Responses.TryAdd("409", Problem("A rule refused the command (`rule`, `unmet`), or the record changed meanwhile."));
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = IdempotencyMiddleware.Header,
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "The same key twice records once and answers as the first time did.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
                foreach (var recorded in operation.Responses.Where(r => r.Key.StartsWith('2')).Select(r => r.Value).OfType<OpenApiResponse>())
                {
                    recorded.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    recorded.Headers.TryAdd(Commands.CommandWarnings.Header, WarningHeader);
                }
            }

            // A command's route values fill properties of its body record, so the route template is where they are declared.
            foreach (var name in RoutePlaceholder().Matches(context.Description.RelativePath ?? "").Select(m => m.Groups[1].Value))
            {
                operation.Parameters ??= [];
                if (operation.Parameters.Any(p => p.In == ParameterLocation.Path && p.Name == name)) continue;
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Path,
                    Required = true,
                    Schema = name == "year"
                        ? new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" }
                        : new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
                });
            }

            // A page or a CSV is text, whatever type describes the same answer as JSON.
            foreach (var content in operation.Responses?.Values.SelectMany(r => r.Content ?? new Dictionary<string, OpenApiMediaType>()) ?? [])
            {
                if (content.Key.StartsWith("text/", StringComparison.Ordinal)) content.Value.Schema = new OpenApiSchema { Type = JsonSchemaType.String };
            }

            if (context.Description.RelativePath?.Contains("{id}") == true && operation.Responses is not null)
            {
                operation.Responses.TryAdd("404", Problem("No record has this id."));
            }

            return Task.CompletedTask;
        });

        // Operation transformers have run by now, so the tags the operations use are final.
        options.AddDocumentTransformer((document, _, _) =>
        {
            var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
                .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>();
            document.Tags = new HashSet<OpenApiTag>(used.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(name => new OpenApiTag { Name = name, Description = Features.GetValueOrDefault(name) }));
            return Task.CompletedTask;
        });

        options.AddSchemaTransformer((schema, context, _) =>
        {
            Optional(schema, context);
            var example = context.JsonTypeInfo.Type.GetProperty("Example", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
            if (example is not null && JsonSerializer.SerializeToNode(example, context.JsonTypeInfo.Type, json) is { } node) schema.Examples = [node];
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// A property that may be null or has a default may be left out, so it is not <c>required</c> (a typed
    /// client would otherwise have to send <c>on: null</c>); a string that has a converter of its own
    /// (NFC normalisation) is still described as a string; a number is a number.
    /// </summary>
    private static void Optional(OpenApiSchema schema, OpenApiSchemaTransformerContext context)
    {
        if (context.JsonPropertyInfo is { } property && property.PropertyType == typeof(string)
            && schema.Type is null && schema.OneOf is null && schema.AnyOf is null && schema.AllOf is null)
        {
            schema.Type = property.IsGetNullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }

        // Numbers are read from strings too, but always written as numbers: a client should send and expect numbers.
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String) && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        if (schema.Required is { Count: > 0 } required && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var p in context.JsonTypeInfo.Properties)
            {
                var optional = p.IsGetNullable || Nullable.GetUnderlyingType(p.PropertyType) is not null || p.AssociatedParameter is { HasDefaultValue: true };
                if (optional) required.Remove(p.Name);
            }

            if (required.Count == 0) schema.Required = null;
        }
    }

    private static OpenApiResponse Problem(string description) => new() { Description = description };

    private static string Words(string operationId)
    {
        var words = CamelHumps().Replace(operationId, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex RoutePlaceholder();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex CamelHumps();
}
