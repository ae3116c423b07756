using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Auth;

public sealed record IssueToken(string? UserName, string? Password)
{
    public static IssueToken Example => new("kim.coordinator", "a-long-password");
}

/// <param name="District">The code of the district every route acts in for this token.</param>
public sealed record TokenIssued(string AccessToken, DateTimeOffset ExpiresAt, string District);

public static class IssueTokenEndpoint
{
    public static ProblemDetails Validate(IssueToken request) => new Checks()
        .Text("userName", request.UserName)
        .Text("password", request.Password, maxLength: 1000)
        .Result();

    /// <summary>
    /// Signs a user in: the same answer, after the same work, for an unknown user, a disabled one,
    /// one of a disabled district and a wrong password; throttled per client address and per user name at that address (429).
    /// </summary>
    [AllowAnonymous]
    [ProducesResponseType<TokenIssued>(StatusCodes.Status200OK)]
    [WolverinePost("/api/auth/token", OperationId = "issueToken")]
    public static async Task<IResult> Post(IssueToken request, IQuerySession session, Tokens tokens, SignInThrottle throttle, Districts.DistrictDirectory districts, HttpContext context, CancellationToken ct)
    {
        using var attempt = await throttle.BeginAsync(context.Connection.RemoteIpAddress, request.UserName!, ct);
        if (attempt.Wait is { } wait)
        {
            context.Response.Headers.RetryAfter = attempt.RetryAfterSeconds;
            return Results.Problem(statusCode: 429, title: "Too many sign-in attempts.",
                detail: $"Try again in {Math.Ceiling(wait.TotalMinutes)} minute(s).");
        }

        var user = await session.LoadAsync<UserAccount>(request.UserName!, ct);
        var district = user is null ? null : await districts.ByTenantAsync(user.District, ct);
        if (!UserAccount.SignsIn(user, request.Password!, district))
        {
            attempt.Failed();
            return Results.Problem(statusCode: 401, title: "The user name or password is wrong.");
        }

        var (token, expiresAt) = tokens.Issue(user!);
        return Results.Ok(new TokenIssued(token, expiresAt, district!.Code));
    }
}
