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

public sealed record TokenIssued(string AccessToken, DateTimeOffset ExpiresAt);

public static class IssueTokenEndpoint
{
    public static ProblemDetails Validate(IssueToken request) => new Checks()
        .Text("userName", request.UserName)
        .Text("password", request.Password, maxLength: 1000)
        .Result();

    /// <summary>
    /// Signs a user in: the same answer, after the same work, for an unknown user, a disabled one
    /// and a wrong password; throttled per client address and per user name at that address (429).
    /// </summary>
    [AllowAnonymous]
    [WolverinePost("/api/auth/token", OperationId = "issueToken")]
    public static async Task<IResult> Post(IssueToken request, IQuerySession session, Tokens tokens, SignInThrottle throttle, HttpContext context, CancellationToken ct)
    {
        using var attempt = await throttle.BeginAsync(context.Connection.RemoteIpAddress, request.UserName!, ct);
        if (attempt.Wait is { } wait)
        {
            context.Response.Headers.RetryAfter = attempt.RetryAfterSeconds;
            return Results.Problem(statusCode: 429, title: "Too many sign-in attempts.",
                detail: $"Try again in {Math.Ceiling(wait.TotalMinutes)} minute(s).");
        }

        var user = await session.LoadAsync<UserAccount>(request.UserName!, ct);
        if (!UserAccount.SignsIn(user, request.Password!))
        {
            attempt.Failed();
            return Results.Problem(statusCode: 401, title: "The user name or password is wrong.");
        }

        var (token, expiresAt) = tokens.Issue(user!);
        return Results.Ok(new TokenIssued(token, expiresAt));
    }
}

public sealed record CreateUser(string? UserName, string? Password, string[]? Roles)
{
    public static CreateUser Example => new("kim.coordinator", "a-long-password", [Auth.Roles.Coordinator]);
}

public static class CreateUserEndpoint
{
    public const int MinimumPasswordLength = 10;

    public static ProblemDetails Validate(CreateUser request) => new Checks()
        .Text("userName", request.UserName, maxLength: 64)
        .That(request.UserName is null || request.UserName.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_'),
            "userName", "글자, 숫자, '.', '-', '_'만 쓸 수 있습니다. (letters, digits, '.', '-', '_')")
        .Text("password", request.Password, maxLength: 1000)
        .That(request.Password is null || request.Password.Length >= MinimumPasswordLength,
            "password", $"비밀번호는 {MinimumPasswordLength}자 이상이어야 합니다. (at least {MinimumPasswordLength} characters)")
        .That(request.Roles is { Length: > 0 } && request.Roles.All(Roles.All.Contains),
            "roles", $"역할을 하나 이상 고르세요: {string.Join(", ", Roles.All)}.")
        .Result();

    [Authorize(Roles = Roles.Admin)]
    [WolverinePost("/api/users", OperationId = "createUser")]
    public static async Task<IResult> Post(CreateUser request, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (await session.LoadAsync<UserAccount>(request.UserName!, ct) is not null)
        {
            return Results.Problem(Problems.Conflict("The user exists.", $"A user named '{request.UserName}' already exists."));
        }

        session.Insert(UserAccount.Create(request.UserName!, request.Password!, request.Roles!, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/users/{Uri.EscapeDataString(request.UserName!)}", new { id = request.UserName });
    }
}
