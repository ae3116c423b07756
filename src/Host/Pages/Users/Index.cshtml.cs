using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Auth;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.Users;

/// <summary>The fields of the page's forms; each form uses some of them.</summary>
public sealed class UserForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public List<string> Roles { get; set; } = [];
}

/// <summary>사용자 (admin only): the accounts behind both the API's tokens and the admin's cookie.</summary>
[Authorize(Roles = Roles.Admin)]
public class IndexModel(IQuerySession query, AdminCommands commands) : AdminPage
{
    public const string CreateForm = "create";
    public const string AccountForm = "account";
    public const string RolesForm = "roles";
    public const string PasswordForm = "password";

    /// <summary>The roles a district's user may be given here, in the order the forms list them.</summary>
    public static readonly string[] UserRoles = [Roles.Admin, Roles.Coordinator, Roles.Auditor, Roles.Monitor];

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public string? Notice { get; private set; }

    [BindProperty] public UserForm Create { get; set; } = new();
    [BindProperty] public UserForm NewRoles { get; set; } = new();
    [BindProperty] public UserForm NewPassword { get; set; } = new();

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            CreateForm => "사용자를 만들었습니다.",
            "disable" => "사용자를 사용 중지했습니다. 그 사용자의 로그인은 모두 끝났습니다.",
            "enable" => "사용자를 다시 쓸 수 있게 했습니다.",
            "delete" => "사용자를 지웠습니다.",
            RolesForm => "역할을 바꾸었습니다. 그 사용자의 로그인은 모두 끝났습니다.",
            PasswordForm => "비밀번호를 재설정했습니다. 그 사용자의 로그인은 모두 끝났습니다.",
            _ => null,
        };
        var district = Districts.RequestDistrict.Of(HttpContext).Id;
        Users = await query.Query<UserAccount>().Where(u => u.District == district).OrderBy(u => u.Id).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        await Finish(CreateForm, CreateForm, await commands.SendAsync(HttpContext, new CreateUser(Create.UserName, Create.Password, Create.Roles.ToArray())), ct);

    public Task<IActionResult> OnPostDisableAsync(string? userName, CancellationToken ct) => Change(new DisableUser { UserName = userName ?? "" }, "disable", ct);

    public Task<IActionResult> OnPostEnableAsync(string? userName, CancellationToken ct) => Change(new EnableUser { UserName = userName ?? "" }, "enable", ct);

    public Task<IActionResult> OnPostDeleteAsync(string? userName, CancellationToken ct) => Change(new DeleteUser { UserName = userName ?? "" }, "delete", ct);

    public Task<IActionResult> OnPostRolesAsync(CancellationToken ct) =>
        Send(RolesForm, NewRoles.UserName, name => new ChangeRoles(NewRoles.Roles.ToArray()) { UserName = name }, ct);

    public Task<IActionResult> OnPostPasswordAsync(CancellationToken ct) =>
        Send(PasswordForm, NewPassword.UserName, name => new ResetPassword(NewPassword.Password) { UserName = name }, ct);

    /// <summary>A form about one chosen user: the command goes through the same door as the API's; a failure is shown next to the form.</summary>
    private async Task<IActionResult> Send(string form, string? userName, Func<string, Infrastructure.Commands.ICommand> command, CancellationToken ct) =>
        await Finish(form, form, string.IsNullOrWhiteSpace(userName)
            ? Outcome.Invalid("userName", Korean.NotAChoice)
            : await commands.SendAsync(HttpContext, command(userName)), ct);

    /// <summary>Disable, enable or delete: the same commands as the API, through the same door.</summary>
    private async Task<IActionResult> Change(Infrastructure.Commands.ICommand command, string done, CancellationToken ct) =>
        await Finish(AccountForm, done, await commands.SendAsync(HttpContext, command), ct);

    /// <summary>Back with a notice, or the page again with the failure next to the form (never with a password typed).</summary>
    private Task<IActionResult> Finish(string form, string done, Outcome outcome, CancellationToken ct) =>
        Answer(form, outcome, _ => $"/users?done={done}", async () =>
        {
            Create.Password = NewPassword.Password = null;
            await OnGetAsync(null, ct);
            return true;
        });
}
