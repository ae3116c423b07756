using Hyeopchi.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Http.Runtime;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace Hyeopchi.Host.Admin;

/// <summary>What a form post came to: done, field errors (400), a refused rule (409), a conflict, or not found.</summary>
public sealed record Outcome(
    bool Succeeded,
    IReadOnlyDictionary<string, string[]> FieldErrors,
    Refusal? Refusal = null,
    string? Problem = null,
    string? CreatedId = null)
{
    public static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static Outcome Done(string? createdId = null) => new(true, NoErrors, CreatedId: createdId);

    public static Outcome Invalid(IReadOnlyDictionary<string, string[]> errors) => new(false, errors);

    public static Outcome Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static Outcome Refused(Refusal refusal) => new(false, NoErrors, refusal);

    public static Outcome Failed(string problem) => new(false, NoErrors, Problem: problem);

    /// <summary>Turns what an endpoint's Validate/LoadAsync answered into an outcome; null means go on.</summary>
    public static Outcome? From(ProblemDetails problem) => problem switch
    {
        _ when ReferenceEquals(problem, WolverineContinue.NoProblems) => null,
        HttpValidationProblemDetails invalid => Invalid(invalid.Errors.ToDictionary()),
        _ => Failed(problem.Detail ?? problem.Title ?? "요청을 처리할 수 없습니다."),
    };

    /// <summary>Turns the IResult of an endpoint that answers with one (e.g. creating a user).</summary>
    public static Outcome From(IResult result) => result switch
    {
        ProblemHttpResult problem => From(problem.ProblemDetails) ?? Done(),
        _ => Done(),
    };

    public string? ErrorFor(string field) =>
        FieldErrors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}

/// <summary>
/// Runs a form post the way Wolverine's generated code runs the matching endpoint: a Marten session
/// opened by Wolverine's <see cref="OutboxedSessionFactory"/> on a message context that carries the
/// signed-in user's name (so every event records its actor and correlation), then the endpoint's own
/// Validate/LoadAsync/Post methods, then one SaveChangesAsync. Pages never write to the store any other way.
/// </summary>
public sealed class AdminCommands(OutboxedSessionFactory sessions, IWolverineRuntime runtime, ILogger<AdminCommands> logger)
{
    /// <summary>The stream a form acts on, fetched for writing as the endpoints' [WriteAggregate] does; null when it does not exist.</summary>
    public static async Task<JasperFx.Events.IEventStream<T>?> ExistingStreamAsync<T>(IDocumentSession session, Guid id, CancellationToken ct) where T : class
    {
        var stream = await session.Events.FetchForWriting<T>(id, ct);
        return stream.Aggregate is null ? null : stream;
    }

    public async Task<Outcome> Run(HttpContext http, Func<IDocumentSession, Task<Outcome?>> work)
    {
        var messageContext = new MessageContext(runtime);
        UserNameMiddleware.Apply(http, messageContext);
        await using var session = sessions.OpenSession(messageContext);
        try
        {
            var stopped = await work(session);
            if (stopped is not null) return stopped;
            await session.SaveChangesAsync(http.RequestAborted);
            await messageContext.FlushOutgoingMessagesAsync();
            return Done;
        }
        catch (RuleRefusedException refused)
        {
            return Outcome.Refused(refused.Refusal);
        }
        catch (Infrastructure.Clock.FutureBusinessDateException future) { return Outcome.Invalid(future.Errors); }
        catch (Exception e) when (e is JasperFx.ConcurrencyException or JasperFx.Events.EventStreamUnexpectedMaxEventIdException
                                       or JasperFx.Events.StreamLockedException or Marten.Exceptions.StreamLockedException)
        {
            logger.LogInformation(e, "A form post met a concurrent change");
            return Outcome.Failed("다른 사람이 같은 기록을 동시에 바꾸었습니다. 페이지를 새로 고친 뒤 다시 시도하세요.");
        }
        catch (Exception e) when (e is JasperFx.Events.ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            logger.LogInformation(e, "A form post started a record that already exists");
            return Outcome.Failed("같은 식별자의 기록이 이미 있습니다.");
        }
    }

    private static Outcome Done => Outcome.Done();
}
