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
            Title = "계획의 규칙이 이 명령을 받아들이지 않았습니다. (The command was refused by a rule of the plan.)",
            Detail = Admin.Korean.RefusalDetail(refusal),
            Type = "https://hyeopchi.kr/problems/rule-refused",
        };
        problem.Extensions["rule"] = refusal.Rule;
        problem.Extensions["code"] = Admin.Korean.RefusalCodeName(refusal.Code);
        problem.Extensions["unmet"] = Admin.Korean.Conditions(refusal.Unmet);
        return problem;
    }

    /// <summary>Answers a problem from a middleware, before any endpoint runs: its status and the same problem-details body as every other answer.</summary>
    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    public static ProblemDetails NotFound(string what) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "찾을 수 없습니다. (Not found.)",
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
        Title = "입력이 올바르지 않습니다. (The request is invalid.)",
    };

    /// <summary>403 naming the rule that forbids this caller the command.</summary>
    public static ProblemDetails Forbidden(Commands.RuleForbiddenException forbidden)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Your role may not do this.", Detail = forbidden.Message };
        problem.Extensions["rule"] = forbidden.Rule;
        return problem;
    }

    /// <summary>The problem an exception of a command or a read stands for; null for an unexpected one (a 500, logged).</summary>
    public static ProblemDetails? For(Exception exception) => exception switch
    {
        RuleRefusedException refused => Refused(refused.Refusal),
        Commands.InvalidCommandException invalid => Invalid(invalid.Errors.ToDictionary()),
        Commands.ProblemException stated => stated.Problem,
        Clock.FutureBusinessDateException future => Invalid(future.Errors),
        Commands.UnknownRecordException or Wolverine.Persistence.RequiredDataMissingException => NotFound(exception.Message),
        Commands.CommandForbiddenException => new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "이 역할로는 할 수 없습니다. (Your role may not do this.)",
            Detail = "할 수 있는 역할을 관리자에게 요청하세요. (Ask an admin for a role that may.)",
        },
        Commands.RuleForbiddenException forbidden => Forbidden(forbidden),
        StaleVersionException stale => new ProblemDetails
        {
            Status = StatusCodes.Status412PreconditionFailed,
            Title = "읽은 뒤에 기록이 바뀌었습니다. (The record changed since you read it.)",
            Detail = $"버전 {stale.Expected}을(를) 보고 보냈지만 지금은 버전 {stale.Actual}입니다. 다시 읽고 바뀐 내용을 확인한 뒤 시도하세요. (You sent If-Match for version {stale.Expected}; it is now at version {stale.Actual}. Reload it, check the change, and try again.)",
        },
        ConcurrencyException or JasperFx.Events.EventStreamUnexpectedMaxEventIdException => Conflict(
            "작업하는 동안 기록이 바뀌었습니다. (The record changed while you were working on it.)",
            "다른 사람이 같은 기록을 동시에 바꾸었습니다. 다시 읽어 바뀐 내용을 본 뒤 시도하세요. (Someone else changed this record at the same time. Reload it to see the change, then try again.)"),
        JasperFx.Events.ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException
            or DocumentAlreadyExistsException => Conflict(
            "이미 기록되었습니다. (This was already recorded.)",
            "같은 식별자의 기록이나 같은 Idempotency-Key의 명령이 이미 기록되었습니다. (A record with this identity, or a command with this Idempotency-Key, was already recorded.)"),
        JasperFx.Events.StreamLockedException or Marten.Exceptions.StreamLockedException => Conflict(
            "다른 명령이 이 기록을 바꾸는 중입니다. (The record is being changed by another command.)", "잠시 뒤 다시 시도하세요. (Try again in a moment.)"),
        // A value of the wrong type or an unknown choice names its field, as the field checks do.
        JsonException { Path: ['$', '.', .. var path] } => new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            [path.Split('.', '[')[0]] = ["이 값을 읽을 수 없습니다: 종류나 선택지가 맞지 않습니다. (This value could not be read: wrong type or not one of the choices.)"],
        })
        {
            Status = 400,
            Title = "요청 본문을 읽을 수 없습니다. (The request body could not be read.)",
            Detail = "API 안내(/scalar)의 모양대로 JSON을 보내세요. (Send JSON in the shape the API reference gives (/scalar).)",
        },
        JsonException or BadHttpRequestException { StatusCode: 400 } => new ProblemDetails
        {
            Status = 400,
            Title = "요청 본문을 읽을 수 없습니다. (The request body could not be read.)",
            Detail = "API 안내(/scalar)의 모양대로 JSON을 보내세요. (Send JSON in the shape the API reference gives (/scalar).)",
        },
        BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = bad.Message },
        PostgresException { SqlState: Projections.People.PersonalDataErasure.ErasedSqlState } => Refused(People.KnownPerson.Refused(null).Refusal),
        PostgresException { SqlState: Projections.People.PersonalDataErasure.RetriedSqlState } => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "저장소가 이 삭제를 끝내지 못했습니다. (The store could not finish this erasure.)",
            Detail = "아무것도 기록되지 않았습니다. 같은 Idempotency-Key로 다시 시도하세요. (Nothing was recorded. Try again with the same Idempotency-Key.)",
        },
        PostgresException { SqlState: var state } when state.StartsWith("22", StringComparison.Ordinal) => new ProblemDetails
        {
            Status = 400,
            Title = "The request holds a value the store cannot keep.",
            Detail = "Check the text for control characters or broken Unicode, and numbers for their range.",
        },
        NpgsqlException { IsTransient: true } or TimeoutException => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "저장소가 응답하지 않습니다. (The store is unavailable.)",
            Detail = "아무것도 기록되지 않았습니다. 같은 Idempotency-Key로 잠시 뒤 다시 시도하세요. (Nothing was recorded. Try again shortly with the same Idempotency-Key.)",
        },
        _ when exception.InnerException is { } inner => For(inner),
        _ => null,
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

        var problem = Problems.For(exception);
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
}
