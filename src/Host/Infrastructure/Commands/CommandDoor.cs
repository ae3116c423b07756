using System.Security.Claims;
using Hyeopchi.Host.Infrastructure.Http;
using Wolverine;
using Wolverine.Runtime;

namespace Hyeopchi.Host.Infrastructure.Commands;

/// <summary>
/// The one door every command passes, from the HTTP API (<see cref="CommandRoutes"/>) and from the
/// web admin's forms alike. It enforces, once for all commands: who may run it (the roles declared
/// beside the command: 403), its field checks (400), and — through <see cref="Caller"/> — the
/// version the caller acted on (412 at commit when the record has moved on). Then it invokes the
/// command's one Wolverine handler inline, on a message context that carries the caller's name, so
/// every event records its actor, correlation and causation without the handler knowing.
/// </summary>
public sealed class CommandDoor(IWolverineRuntime runtime)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<CommandDoor, ClaimsPrincipal, ICommand, long?, CancellationToken, Task<object?>>> Untyped = new();

    /// <summary>Sends a command whose answer the caller only needs as an object (the web admin's forms).</summary>
    public Task<object?> SendAsync(ClaimsPrincipal user, ICommand command, long? expectedVersion, CancellationToken ct) =>
        Untyped.GetOrAdd(command.GetType(), type =>
        {
            var typed = typeof(CommandDoor).GetMethod(nameof(SendAsObjectAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(CommandCatalogue.Of(type).Answer);
            return typed.CreateDelegate<Func<CommandDoor, ClaimsPrincipal, ICommand, long?, CancellationToken, Task<object?>>>();
        })(this, user, command, expectedVersion, ct);

    private async Task<object?> SendAsObjectAsync<TAnswer>(ClaimsPrincipal user, ICommand command, long? expectedVersion, CancellationToken ct) =>
        await SendAsync<TAnswer>(user, command, expectedVersion, ct);

    public async Task<TAnswer> SendAsync<TAnswer>(ClaimsPrincipal user, ICommand command, long? expectedVersion, CancellationToken ct)
    {
        if (!CommandCatalogue.MayRun(command.GetType(), user)) throw new CommandForbiddenException(command.GetType().Name);

        var checks = new Checks();
        command.Check(checks);
        checks.ThrowIfInvalid();

        using var caller = Caller.Enter(new Caller(user, expectedVersion));
        var bus = new MessageContext(runtime) { UserName = user.Identity?.Name };
        return await bus.InvokeAsync<TAnswer>(command, ct);
    }
}
