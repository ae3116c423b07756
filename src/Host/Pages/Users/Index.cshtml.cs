using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Auth;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.Users;

public sealed class CreateUserForm
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

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public string? Notice { get; private set; }

    [BindProperty]
    public CreateUserForm Create { get; set; } = new();

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            CreateForm => "사용자를 만들었습니다.",
            "disable" => "사용자를 사용 중지했습니다. 그 사용자의 로그인은 모두 끝났습니다.",
            "enable" => "사용자를 다시 쓸 수 있게 했습니다.",
            "delete" => "사용자를 지웠습니다.",
            _ => null,
        };
        var district = Districts.RequestDistrict.Of(HttpContext).Id;
        Users = await query.Query<UserAccount>().Where(u => u.District == district).OrderBy(u => u.Id).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var outcome = await commands.SendAsync(HttpContext, new CreateUser(Create.UserName, Create.Password, Create.Roles.ToArray()));
        if (outcome.Succeeded) return Redirect($"/users?done={CreateForm}");
        if (Stopped(outcome) is { } stopped) return stopped;
        Create.Password = null;
        Fail(CreateForm, outcome);
        await OnGetAsync(null, ct);
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(string? userName, CancellationToken ct) => Change(new DisableUser { UserName = userName ?? "" }, "disable", ct);

    public Task<IActionResult> OnPostEnableAsync(string? userName, CancellationToken ct) => Change(new EnableUser { UserName = userName ?? "" }, "enable", ct);

    public Task<IActionResult> OnPostDeleteAsync(string? userName, CancellationToken ct) => Change(new DeleteUser { UserName = userName ?? "" }, "delete", ct);

    /// <summary>Disable, enable or delete: the same commands as the API, through the same door.</summary>
    private async Task<IActionResult> Change(Infrastructure.Commands.ICommand command, string done, CancellationToken ct)
    {
        var outcome = await commands.SendAsync(HttpContext, command);
        if (outcome.Succeeded) return Redirect($"/users?done={done}");
        if (Stopped(outcome) is { } stopped) return stopped;
        Fail(AccountForm, outcome);
        await OnGetAsync(null, ct);
        return Page();
    }
}
