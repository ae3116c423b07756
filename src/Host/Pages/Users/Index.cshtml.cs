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
        Users = await query.Query<UserAccount>().OrderBy(u => u.Id).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync([FromServices] TimeProvider clock, CancellationToken ct)
    {
        var request = new CreateUser(Create.UserName, Create.Password, Create.Roles.ToArray());
        var outcome = await commands.Run(HttpContext, async session =>
        {
            if (Outcome.From(CreateUserEndpoint.Validate(request)) is { } invalid) return invalid;
            var created = Outcome.From(await CreateUserEndpoint.Post(request, session, clock, ct));
            return created.Succeeded ? null : created;
        });
        if (outcome.Succeeded) return Redirect($"/users?done={CreateForm}");
        Create.Password = null;
        Fail(CreateForm, outcome);
        await OnGetAsync(null, ct);
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(string? userName, CancellationToken ct) => Change(userName, UserAdministration.Change.Disable, "disable", ct);

    public Task<IActionResult> OnPostEnableAsync(string? userName, CancellationToken ct) => Change(userName, UserAdministration.Change.Enable, "enable", ct);

    public Task<IActionResult> OnPostDeleteAsync(string? userName, CancellationToken ct) => Change(userName, UserAdministration.Change.Delete, "delete", ct);

    /// <summary>Disable, enable or delete: the same <see cref="UserAdministration"/> as the API and the verbs.</summary>
    private async Task<IActionResult> Change(string? userName, UserAdministration.Change change, string done, CancellationToken ct)
    {
        var outcome = await commands.Run(HttpContext, async session =>
            await UserAdministration.ApplyAsync(session, User.Identity?.Name, userName ?? "", change, ct) is { } problem ? Outcome.From(problem) : null);
        if (outcome.Succeeded) return Redirect($"/users?done={done}");
        Fail(AccountForm, outcome);
        await OnGetAsync(null, ct);
        return Page();
    }
}
