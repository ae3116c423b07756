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

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public string? Notice { get; private set; }

    [BindProperty]
    public CreateUserForm Create { get; set; } = new();

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done == CreateForm ? "사용자를 만들었습니다." : null;
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
}
