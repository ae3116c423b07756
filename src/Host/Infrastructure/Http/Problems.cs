using System.Text.Json;
using Hyeopchi.Domain.Common;
using JasperFx;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Hyeopchi.Host.Infrastructure.Http;

/// <summary>Builds Hyeopchi's problem details (RFC 9457), so every error has the same shape.</summary>
public static class Problems
{
    public static ProblemDetails Refused(Refusal refusal)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The command was refused by a rule of the plan.",
            Detail = refusal.Detail,
            Type = "https://hyeopchi.kr/problems/rule-refused",
        };
        problem.Extensions["rule"] = refusal.Rule;
        problem.Extensions["unmet"] = refusal.Unmet;
        return problem;
    }

    public static ProblemDetails NotFound(string what) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Not found.",
        Detail = what,
    };

    public static ProblemDetails Conflict(string title, string detail) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = title,
        Detail = detail,
    };

    public static ProblemDetails Invalid(Dictionary<string, string[]> errors) => new HttpValidationProblemDetails(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The request is invalid.",
    };
}

/// <summary>
/// Turns what the store and the rules throw into problem details: a refusal or a concurrency
/// conflict is 409, unreadable input is 400, an unreachable database is 503 with Retry-After.
/// Anything else is a 500 whose details stay in the log.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        // The web admin's pages show the Korean error page instead (Admin/AdminPages.cs).
        if (Admin.AdminPages.IsPage(context)) return false;

        var problem = Map(exception);
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            problem = new ProblemDetails { Status = 500, Title = "An unexpected error occurred; it has been logged." };
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "The store is unavailable");
            context.Response.Headers.RetryAfter = "5";
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails? Map(Exception exception) => exception switch
    {
        RuleRefusedException refused => Problems.Refused(refused.Refusal),
        Clock.FutureBusinessDateException future => Problems.Invalid(future.Errors),
        StaleVersionException stale => new ProblemDetails
        {
            Status = StatusCodes.Status412PreconditionFailed,
            Title = "The record changed since you read it.",
            Detail = $"You sent If-Match for version {stale.Expected}; it is now at version {stale.Actual}. Reload it, check the change, and try again.",
        },
        ConcurrencyException or JasperFx.Events.EventStreamUnexpectedMaxEventIdException => Problems.Conflict(
            "The record changed while you were working on it.",
            "Someone else changed this record at the same time. Reload it to see the change, then try again."),
        JasperFx.Events.ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException
            or DocumentAlreadyExistsException => Problems.Conflict(
            "This was already recorded.",
            "A record with this identity, or a command with this Idempotency-Key, was already recorded."),
        JasperFx.Events.StreamLockedException or Marten.Exceptions.StreamLockedException => Problems.Conflict(
            "The record is being changed by another command.", "Try again in a moment."),
        JsonException or BadHttpRequestException { StatusCode: 400 } => new ProblemDetails
        {
            Status = 400,
            Title = "The request body could not be read.",
            Detail = "Send JSON in the shape the API reference gives (/scalar).",
        },
        BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = bad.Message },
        PostgresException { SqlState: var state } when state.StartsWith("22", StringComparison.Ordinal) => new ProblemDetails
        {
            Status = 400,
            Title = "The request holds a value the store cannot keep.",
            Detail = "Check the text for control characters or broken Unicode, and numbers for their range.",
        },
        NpgsqlException { IsTransient: true } or TimeoutException => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The store is unavailable.",
            Detail = "Nothing was recorded. Try again shortly with the same Idempotency-Key.",
        },
        _ when exception.InnerException is { } inner => Map(inner),
        _ => null,
    };
}
