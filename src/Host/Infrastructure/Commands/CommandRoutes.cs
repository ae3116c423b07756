using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hyeopchi.Host.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hyeopchi.Host.Infrastructure.Commands;

/// <summary>
/// The HTTP entrance to <see cref="CommandDoor"/>: one <c>POST</c> route per declared command. The
/// body is the command's JSON; route placeholders fill the command's properties of the same name
/// (a malformed id is 404, as an unknown one); <c>If-Match</c> is the version the caller acted on.
/// A command that creates something (a record, a draft, an evaluation: its answer is a
/// <see cref="Wolverine.Http.CreationResponse"/>) answers 201 with its <c>Location</c>, any other 200 with its answer;
/// what the door warns about goes in <see cref="CommandWarnings.Header"/> headers, never in the body.
/// </summary>
public static class CommandRoutes
{
    public static void MapCommands(this IEndpointRouteBuilder app)
    {
        var map = typeof(CommandRoutes).GetMethod(nameof(Map), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var entry in CommandCatalogue.All)
        {
            map.MakeGenericMethod(entry.Command, entry.Answer).Invoke(null, [app, entry]);
        }
    }

    private static void Map<TCommand, TAnswer>(IEndpointRouteBuilder app, CommandCatalogue.Entry entry) where TCommand : class, ICommand
    {
        var declaration = entry.Declaration;
        var binder = RouteBinder.For(typeof(TCommand), declaration.Route);
        var creates = typeof(Wolverine.Http.CreationResponse).IsAssignableFrom(typeof(TAnswer));
        var removes = declaration.Method == HttpMethods.Delete;

        var route = app.MapMethods(declaration.Route, [declaration.Method], async (HttpContext http, CommandDoor door, IOptions<JsonOptions> json) =>
            {
                var command = await ReadAsync<TCommand>(http, json.Value.SerializerOptions);
                if (!binder(command, http.Request.RouteValues)) throw new UnknownRecordException($"No record has the id in {http.Request.Path}.");
                using var warnings = CommandWarnings.Listen();
                var answer = await door.SendAsync<TAnswer>(Caller.Of(http), command, ExpectedVersion.OfThisRequest, http.RequestAborted);
                CommandWarnings.Write(http.Response, warnings.Warnings);
                return answer switch
                {
                    Wolverine.Http.CreationResponse created => Results.Created(created.Url, answer),
                    _ when removes => Results.NoContent(),
                    _ => Results.Ok(answer),
                };
            })
            .WithName(declaration.OperationId)
            .WithTags(FeatureOf(typeof(TCommand)))
            .RequireAuthorization()
            .Accepts<TCommand>("application/json")
            .Produces<TAnswer>(creates ? StatusCodes.Status201Created : removes ? StatusCodes.Status204NoContent : StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        // Without a declared summary the OpenAPI conventions word one from the operation id.
        if (declaration.Summary is { } summary) route.WithSummary(summary);
    }

    /// <summary>The feature a command belongs to (its namespace's last part): the tag it is listed under.</summary>
    public static string FeatureOf(Type command) => command.Namespace![(command.Namespace!.LastIndexOf('.') + 1)..];

    private static async Task<TCommand> ReadAsync<TCommand>(HttpContext http, JsonSerializerOptions options)
    {
        if (http.Request.ContentLength == 0 || http.Request.ContentType is null && http.Request.ContentLength is null)
        {
            return JsonSerializer.Deserialize<TCommand>("{}", options)!;
        }

        return await JsonSerializer.DeserializeAsync<TCommand>(http.Request.Body, options, http.RequestAborted)
               ?? throw new JsonException("The body must be a JSON object.");
    }

    /// <summary>Fills a command's route-bound properties from the route; false when a value does not parse.</summary>
    private static class RouteBinder
    {
        public static Func<object, RouteValueDictionary, bool> For(Type command, string route)
        {
            var placeholders = System.Text.RegularExpressions.Regex.Matches(route, @"\{(\w+)\}").Select(m => m.Groups[1].Value).ToList();
            var setters = placeholders.Select(name =>
            {
                var property = command.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                               ?? throw new InvalidOperationException($"The command {command.Name} has no property for the route value {{{name}}} of {route}.");
                if (property.GetCustomAttribute<JsonIgnoreAttribute>() is null)
                {
                    throw new InvalidOperationException($"{command.Name}.{property.Name} comes from the route: mark it [JsonIgnore] so a body cannot set it.");
                }

                return (Name: name, Property: property);
            }).ToList();

            return (instance, values) =>
            {
                foreach (var (name, property) in setters)
                {
                    if (Parse(property.PropertyType, values[name] as string) is not { } value) return false;
                    property.SetValue(instance, value);
                }

                return true;
            };
        }

        private static object? Parse(Type type, string? text) =>
            type == typeof(Guid) ? Guid.TryParse(text, out var id) && id != Guid.Empty ? id : null
            : type == typeof(int) ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null
            : type == typeof(string) ? text
            : throw new InvalidOperationException($"A route value cannot fill a {type.Name}.");
    }
}
