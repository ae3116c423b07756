using System.Text.Json.Serialization;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Wolverine.Http;

namespace Hyeopchi.Host.Auth;

/// <summary>
/// 사용자 만들기 (admin, operator): a user name of letters, digits, '.', '-', '_' (unique in the
/// installation), a password of at least <see cref="UserCommands.MinimumPasswordLength"/> characters,
/// roles, and — for operators — the code of the district the user belongs to (default: the
/// district the request acts in). Only an operator may make an operator.
/// </summary>
[Command("/api/users", "createUser", Auth.Roles.Admin + "," + Auth.Roles.Operator)]
public sealed record CreateUser(string? UserName, string? Password, string[]? Roles, string? District = null) : ICommand
{
    public static CreateUser Example => new("kim.coordinator", "a-long-password", [Auth.Roles.Coordinator], "seongbuk");

    public void Check(Checks checks) => checks
        .Text("userName", UserName, maxLength: 64)
        .That(UserName is null || UserName.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_'),
            "userName", "글자, 숫자, '.', '-', '_'만 쓸 수 있습니다. (letters, digits, '.', '-', '_')")
        .Password(Password)
        .Roles(Roles)
        .That(District is null || Districts.District.IsWellFormed(District), "district", Districts.DistrictHandler.MalformedCode);
}

public sealed record UserCreated(string Id, string Url) : CreationResponse(Url);

/// <summary>사용 중지 (admin): the user can no longer sign in and every session of theirs ends; not one's own account.</summary>
[Command("/api/users/{userName}/disable", "disableUser", Roles.Admin)]
public sealed record DisableUser : ICommand
{
    [JsonIgnore] public string UserName { get; init; } = "";
}

/// <summary>다시 사용 (admin).</summary>
[Command("/api/users/{userName}/enable", "enableUser", Roles.Admin)]
public sealed record EnableUser : ICommand
{
    [JsonIgnore] public string UserName { get; init; } = "";
}

/// <summary>사용자 삭제 (admin): 204; not one's own account.</summary>
[Command("/api/users/{userName}", "deleteUser", Roles.Admin, Method = "DELETE")]
public sealed record DeleteUser : ICommand
{
    [JsonIgnore] public string UserName { get; init; } = "";
}

public sealed record UserStatus(string UserName, bool Disabled);

/// <summary>비밀번호 재설정 (admin): every session of the user ends.</summary>
[Command("/api/users/{userName}/password", "resetUserPassword", Roles.Admin)]
public sealed record ResetPassword(string? Password) : ICommand
{
    public static ResetPassword Example => new("a-new-long-password");

    [JsonIgnore] public string UserName { get; init; } = "";

    public void Check(Checks checks) => checks.Password(Password);
}

public sealed record PasswordReset(string UserName);

/// <summary>역할 변경 (admin): every session of the user ends; an admin keeps their own admin role.</summary>
[Command("/api/users/{userName}/roles", "changeUserRoles", Auth.Roles.Admin)]
public sealed record ChangeRoles(string[]? Roles) : ICommand
{
    public static ChangeRoles Example => new([Auth.Roles.Auditor]);

    [JsonIgnore] public string UserName { get; init; } = "";

    public void Check(Checks checks) => checks.Roles(Roles);
}

public sealed record RolesChanged(string UserName, string[] Roles);

/// <summary>
/// The handlers of the user commands. Accounts are documents, not event streams; the rules they
/// share with the command-line verbs live in <see cref="UserAdministration"/>. The caller's own
/// account is protected there, so the handlers pass the caller's name (an access rule, like a
/// monitor's years), never a decision of the plan.
/// </summary>
public static class UserCommands
{
    public const int MinimumPasswordLength = 10;

    public static Checks Password(this Checks checks, string? password) => checks
        .Text("password", password, maxLength: 1000)
        .That(password is null || password.Length >= MinimumPasswordLength,
            "password", $"비밀번호는 {MinimumPasswordLength}자 이상이어야 합니다. (at least {MinimumPasswordLength} characters)");

    public static Checks Roles(this Checks checks, string[]? roles) => checks
        .That(roles is { Length: > 0 } && roles.All(Auth.Roles.All.Contains),
            "roles", $"역할을 하나 이상 고르세요: {string.Join(", ", Auth.Roles.All)}.");

    internal static string? Actor => Caller.Current?.User.Identity?.Name;

    /// <summary>The district (tenant id) whose users the caller manages: the one the request acts in.</summary>
    internal static string? District => Caller.Current?.District.Id;

    /// <summary>Only an operator may give the operator role, or act for another district.</summary>
    internal static void RequireOperatorFor(bool needed)
    {
        if (needed && Caller.Current?.User.IsInRole(Auth.Roles.Operator) != true)
        {
            throw new ProblemException(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "운영자만 할 수 있습니다. (Only an operator may do this.)",
                Detail = "Only an operator may give the operator role or make users of another district.",
            });
        }
    }

    internal static void ThrowIf(Microsoft.AspNetCore.Mvc.ProblemDetails? problem)
    {
        if (problem is not null) throw new ProblemException(problem);
    }
}

public static class CreateUserHandler
{
    public static async Task<UserCreated> Handle(CreateUser command, IDocumentSession session, Districts.DistrictDirectory districts, TimeProvider clock, CancellationToken ct)
    {
        var acting = Caller.Current!.District;
        UserCommands.RequireOperatorFor(command.Roles!.Contains(Auth.Roles.Operator) || command.District is { } named && named != acting.Code);
        var district = command.District is { } code
            ? await districts.ByCodeAsync(code, ct) ?? throw new ProblemException(Problems.NotFound($"district '{code}'"))
            : acting;
        if (await session.LoadAsync<UserAccount>(command.UserName!, ct) is not null)
        {
            throw new ProblemException(Problems.Conflict("사용자가 이미 있습니다. (The user exists.)", $"A user named '{command.UserName}' already exists."));
        }

        session.Insert(UserAccount.Create(command.UserName!, command.Password!, command.Roles!, district.Id, clock.GetUtcNow()));
        return new UserCreated(command.UserName!, $"/api/users/{Uri.EscapeDataString(command.UserName!)}");
    }
}

public static class DisableUserHandler
{
    public static async Task<UserStatus> Handle(DisableUser command, IDocumentSession session, CancellationToken ct)
    {
        UserCommands.ThrowIf(await UserAdministration.ApplyAsync(session, UserCommands.Actor, UserCommands.District, command.UserName, UserAdministration.Change.Disable, ct));
        return new UserStatus(command.UserName, Disabled: true);
    }
}

public static class EnableUserHandler
{
    public static async Task<UserStatus> Handle(EnableUser command, IDocumentSession session, CancellationToken ct)
    {
        UserCommands.ThrowIf(await UserAdministration.ApplyAsync(session, UserCommands.Actor, UserCommands.District, command.UserName, UserAdministration.Change.Enable, ct));
        return new UserStatus(command.UserName, Disabled: false);
    }
}

public static class DeleteUserHandler
{
    public static async Task<UserStatus> Handle(DeleteUser command, IDocumentSession session, CancellationToken ct)
    {
        UserCommands.ThrowIf(await UserAdministration.ApplyAsync(session, UserCommands.Actor, UserCommands.District, command.UserName, UserAdministration.Change.Delete, ct));
        return new UserStatus(command.UserName, Disabled: true);
    }
}

public static class ResetPasswordHandler
{
    public static async Task<PasswordReset> Handle(ResetPassword command, IDocumentSession session, CancellationToken ct)
    {
        UserCommands.ThrowIf(await UserAdministration.ResetPasswordAsync(session, UserCommands.District, command.UserName, command.Password!, ct));
        return new PasswordReset(command.UserName);
    }
}

public static class ChangeRolesHandler
{
    public static async Task<RolesChanged> Handle(ChangeRoles command, IDocumentSession session, CancellationToken ct)
    {
        UserCommands.RequireOperatorFor(command.Roles!.Contains(Auth.Roles.Operator));
        UserCommands.ThrowIf(await UserAdministration.ChangeRolesAsync(session, UserCommands.Actor, UserCommands.District, command.UserName, command.Roles!, ct));
        return new RolesChanged(command.UserName, command.Roles!);
    }
}
