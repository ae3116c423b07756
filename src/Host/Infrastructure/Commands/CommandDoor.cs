using Hyeopchi.Host.Infrastructure.Http;
using Wolverine;
using Wolverine.Runtime;

namespace Hyeopchi.Host.Infrastructure.Commands;

/// <summary>
/// The one door every command passes, from the HTTP API (<see cref="CommandRoutes"/>) and from the
/// web admin's forms alike. It enforces, once for all commands: who may run it (the roles declared
/// beside the command: 403), the version of the record the caller acted on (If-Match from the API,
/// the form's version from the web admin: 412 when the record has moved on, before anything else
/// is looked at, as HTTP preconditions are), the district it acts in (the tenant of every session
/// its handler opens), its field checks (400), and its business date
/// <c>on</c>, which may not lie after today (400 on <c>on</c>). Then it invokes the
/// command's one Wolverine handler inline, on a message context that carries the caller's name, so
/// every event records its actor, correlation and causation without the handler knowing. Once the
/// command is recorded, it tells the caller what it warns about (<see cref="CommandWarnings"/>).
/// </summary>
public sealed class CommandDoor(IWolverineRuntime runtime, Marten.IDocumentStore store, Clock.BusinessCalendar calendar)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<CommandDoor, Caller, ICommand, long?, CancellationToken, Task<object?>>> Untyped = new();

    /// <summary>Sends a command whose answer the caller only needs as an object (the web admin's forms).</summary>
    public Task<object?> SendAsync(Caller caller, ICommand command, long? expectedVersion, CancellationToken ct) =>
        Untyped.GetOrAdd(command.GetType(), type =>
        {
            var typed = typeof(CommandDoor).GetMethod(nameof(SendAsObjectAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(CommandCatalogue.Of(type).Answer);
            return typed.CreateDelegate<Func<CommandDoor, Caller, ICommand, long?, CancellationToken, Task<object?>>>();
        })(this, caller, command, expectedVersion, ct);

    private async Task<object?> SendAsObjectAsync<TAnswer>(Caller caller, ICommand command, long? expectedVersion, CancellationToken ct) =>
        await SendAsync<TAnswer>(caller, command, expectedVersion, ct);

    public async Task<TAnswer> SendAsync<TAnswer>(Caller caller, ICommand command, long? expectedVersion, CancellationToken ct)
    {
        var user = caller.User;
        var entry = CommandCatalogue.Of(command.GetType());
        if (!CommandCatalogue.MayRun(command.GetType(), user)) throw new CommandForbiddenException(command.GetType().Name);
        if (expectedVersion is { } expected && entry.StreamOf is { } streamOf) await CheckVersionAsync(caller.District, streamOf(command), expected, ct);

        var checks = new Checks();
        command.Check(checks);
        checks.ThrowIfInvalid();
        // Things that happened cannot have happened tomorrow: one check for every command's `on`.
        if (entry.BusinessDateOf?.Invoke(command) is { } on) calendar.DateOf(on);

        using var entered = Caller.Enter(caller);
        // The district is the tenant of every session the handler opens: handlers never name one.
        var bus = new MessageContext(runtime) { UserName = user.Identity?.Name, TenantId = caller.District.WolverineTenant };
        var answer = await bus.InvokeAsync<TAnswer>(command, ct);
        CommandWarnings.Recorded(entry, command);
        return answer;
    }

    /// <summary>
    /// The precondition: the record is still at the version the caller saw. A change that slips in
    /// between this check and the commit is still caught by the store's optimistic concurrency (409).
    /// </summary>
    private async Task CheckVersionAsync(Districts.District district, Guid streamId, long expected, CancellationToken ct)
    {
        await using var session = store.QuerySession(district.Id);
        var state = await session.Events.FetchStreamStateAsync(streamId, ct) ?? throw new UnknownRecordException($"No record has the id {streamId}.");
        if (state.Version != expected) throw new StaleVersionException(expected, state.Version);
    }
}
