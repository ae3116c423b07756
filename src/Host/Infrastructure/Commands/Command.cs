using System.Reflection;
using System.Security.Claims;
using Hyeopchi.Host.Infrastructure.Http;

namespace Hyeopchi.Host.Infrastructure.Commands;

/// <summary>
/// A command of the plan. It is handled once, by one Wolverine handler, and reached only through
/// <see cref="CommandDoor"/>, which both the HTTP API and the web admin use. Its route and who
/// may run it are declared beside it with <see cref="CommandAttribute"/>, its field checks by
/// <see cref="Check"/>.
/// </summary>
public interface ICommand
{
    /// <summary>The command's field checks (400 with the fields that failed); none by default.</summary>
    void Check(Checks checks)
    {
    }
}

/// <summary>
/// Where the API takes a command (<c>POST</c> <paramref name="route"/>), the operation's id in the
/// OpenAPI description, and the roles that may run it (comma-separated, as <see cref="Auth.Roles"/>).
/// Route placeholders bind to the command's properties of the same name.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CommandAttribute(string route, string operationId, string mayRun) : Attribute
{
    public string Route { get; } = route;

    public string OperationId { get; } = operationId;

    public IReadOnlyList<string> MayRun { get; } = mayRun.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A short description for the API reference.</summary>
    public string? Summary { get; init; }

    /// <summary>The HTTP method: <c>POST</c>, or <c>DELETE</c> for a command that removes a record (answered 204).</summary>
    public string Method { get; init; } = "POST";
}

/// <summary>Every command the host handles, with its declaration, found once at start-up.</summary>
public static class CommandCatalogue
{
    /// <param name="StreamOf">For a command on an existing record: the id of the stream its handler writes (the record an If-Match names).</param>
    /// <param name="BusinessDateOf">The command's business date <c>on</c>, for the commands that carry one.</param>
    public sealed record Entry(Type Command, CommandAttribute Declaration, Type Answer, Func<object, Guid>? StreamOf, Func<object, DateOnly?>? BusinessDateOf);

    public static IReadOnlyList<Entry> All { get; } = Find();

    private static readonly Dictionary<Type, Entry> ByType = All.ToDictionary(e => e.Command);

    public static Entry Of(Type command) => ByType.TryGetValue(command, out var entry)
        ? entry
        : throw new InvalidOperationException($"{command.Name} is not a declared command: give it [Command(route, operationId, mayRun)].");

    public static bool MayRun(Type command, ClaimsPrincipal user) => Of(command).Declaration.MayRun.Any(user.IsInRole);

    private static List<Entry> Find()
    {
        var entries = new List<Entry>();
        var handlers = HandleMethods(typeof(ICommand).Assembly);
        foreach (var type in typeof(ICommand).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICommand).IsAssignableFrom(t)))
        {
            var declaration = type.GetCustomAttribute<CommandAttribute>()
                              ?? throw new InvalidOperationException($"The command {type.Name} declares no route and roles: give it [Command(route, operationId, mayRun)].");
            var handle = HandlerOf(type, handlers);
            var on = type.GetProperty("On", typeof(DateOnly?));
            entries.Add(new Entry(type, declaration, AnswerOf(handle), StreamOf(type, handle), on is null ? null : instance => (DateOnly?)on.GetValue(instance)));
        }

        return entries.OrderBy(e => e.Declaration.Route, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every Handle method of the assembly, by the type of its first parameter: read once, not once per command.</summary>
    private static ILookup<Type, MethodInfo> HandleMethods(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name is "Handle" or "HandleAsync" && m.GetParameters().Length > 0)
            .ToLookup(m => m.GetParameters()[0].ParameterType);

    private static MethodInfo HandlerOf(Type command, ILookup<Type, MethodInfo> handlers)
    {
        var handle = handlers[command].ToList();
        return handle.Count == 1 ? handle[0] : throw new InvalidOperationException($"The command {command.Name} has {handle.Count} handlers; it needs exactly one.");
    }

    /// <summary>The member naming the stream the handler writes through [WriteAggregate] (its argument, or <c>Id</c>), read as a function.</summary>
    private static Func<object, Guid>? StreamOf(Type command, MethodInfo handle)
    {
        var written = handle.GetParameters().Select(p => p.GetCustomAttribute<Wolverine.Marten.WriteAggregateAttribute>()).OfType<Wolverine.Marten.WriteAggregateAttribute>().FirstOrDefault();
        if (written is null) return null;
        var member = command.GetProperty(written.RouteOrParameterName ?? "Id", BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                     ?? throw new InvalidOperationException($"{command.Name} has no member {written.RouteOrParameterName ?? "Id"} naming the stream its handler writes.");
        return instance => (Guid)member.GetValue(instance)!;
    }

    /// <summary>What the command's one handler answers: the return type of its Handle method (the first item of a tuple).</summary>
    private static Type AnswerOf(MethodInfo handle)
    {
        var answer = handle.ReturnType;
        if (answer.IsGenericType && answer.GetGenericTypeDefinition() == typeof(Task<>)) answer = answer.GetGenericArguments()[0];
        if (answer.IsGenericType && answer.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal)) answer = answer.GetGenericArguments()[0];
        return answer;
    }
}
