using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hyeopchi.Host.Infrastructure.Http;

/// <summary>
/// Makes the OpenAPI description read well for integrators: operations grouped by feature, a
/// summary from the operation id, the bearer scheme on every protected route, the error answers
/// every command can give, and Korean examples from each command's static <c>Example</c>.
/// </summary>
public static partial class OpenApiConventions
{
    private const string Bearer = "Bearer";

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
            if (isProtected)
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

            if (context.Description.RelativePath?.Contains("{id}") == true && operation.Responses is not null)
            {
                operation.Responses.TryAdd("404", Problem("No record has this id."));
            }

            return Task.CompletedTask;
        });

        options.AddSchemaTransformer((schema, context, _) =>
        {
            var example = context.JsonTypeInfo.Type.GetProperty("Example", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
            if (example is not null && JsonSerializer.SerializeToNode(example, context.JsonTypeInfo.Type, json) is { } node) schema.Examples = [node];
            return Task.CompletedTask;
        });
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
