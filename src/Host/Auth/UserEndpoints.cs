using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Auth;

public sealed record ResetPassword(string? Password)
{
    public static ResetPassword Example => new("a-new-long-password");
}

public sealed record ChangeRoles(string[]? Roles)
{
    public static ChangeRoles Example => new([Auth.Roles.Auditor]);
}

/// <summary>Users (admin only): list, disable, enable, delete, reset a password, change roles. Each change ends the user's sessions.</summary>
public static class UserEndpoints
{
    [Authorize(Roles = Roles.Admin)]
    [WolverineGet("/api/users", OperationId = "listUsers")]
    public static Task<IReadOnlyList<UserSummary>> List(IQuerySession session, CancellationToken ct) =>
        UserAdministration.ListAsync(session, ct);

    [Authorize(Roles = Roles.Admin)]
    [WolverinePost("/api/users/{userName}/disable", OperationId = "disableUser")]
    public static Task<IResult> Disable(string userName, IDocumentSession session, HttpContext context, CancellationToken ct) =>
        Apply(userName, UserAdministration.Change.Disable, session, context, ct);

    [Authorize(Roles = Roles.Admin)]
    [WolverinePost("/api/users/{userName}/enable", OperationId = "enableUser")]
    public static Task<IResult> Enable(string userName, IDocumentSession session, HttpContext context, CancellationToken ct) =>
        Apply(userName, UserAdministration.Change.Enable, session, context, ct);

    [Authorize(Roles = Roles.Admin)]
    [WolverineDelete("/api/users/{userName}", OperationId = "deleteUser")]
    public static Task<IResult> Delete(string userName, IDocumentSession session, HttpContext context, CancellationToken ct) =>
        Apply(userName, UserAdministration.Change.Delete, session, context, ct);

    private static async Task<IResult> Apply(string userName, UserAdministration.Change change, IDocumentSession session, HttpContext context, CancellationToken ct)
    {
        if (await UserAdministration.ApplyAsync(session, context.User.Identity?.Name, userName, change, ct) is { } problem) return Results.Problem(problem);
        return change == UserAdministration.Change.Delete
            ? Results.NoContent()
            : Results.Ok(new { userName, disabled = change == UserAdministration.Change.Disable });
    }
}

public static class ResetPasswordEndpoint
{
    public static ProblemDetails Validate(ResetPassword request) => new Checks()
        .Text("password", request.Password, maxLength: 1000)
        .That(request.Password is null || request.Password.Length >= CreateUserEndpoint.MinimumPasswordLength,
            "password", $"비밀번호는 {CreateUserEndpoint.MinimumPasswordLength}자 이상이어야 합니다. (at least {CreateUserEndpoint.MinimumPasswordLength} characters)")
        .Result();

    [Authorize(Roles = Roles.Admin)]
    [WolverinePost("/api/users/{userName}/password", OperationId = "resetUserPassword")]
    public static async Task<IResult> Post(string userName, ResetPassword request, IDocumentSession session, CancellationToken ct) =>
        await UserAdministration.ResetPasswordAsync(session, userName, request.Password!, ct) is { } problem
            ? Results.Problem(problem)
            : Results.Ok(new { userName });
}

public static class ChangeRolesEndpoint
{
    public static ProblemDetails Validate(ChangeRoles request) => new Checks()
        .That(request.Roles is { Length: > 0 } && request.Roles.All(Roles.All.Contains),
            "roles", $"역할을 하나 이상 고르세요: {string.Join(", ", Roles.All)}.")
        .Result();

    [Authorize(Roles = Roles.Admin)]
    [WolverinePost("/api/users/{userName}/roles", OperationId = "changeUserRoles")]
    public static async Task<IResult> Post(string userName, ChangeRoles request, IDocumentSession session, HttpContext context, CancellationToken ct) =>
        await UserAdministration.ChangeRolesAsync(session, context.User.Identity?.Name, userName, request.Roles!, ct) is { } problem
            ? Results.Problem(problem)
            : Results.Ok(new { userName, roles = request.Roles });
}
