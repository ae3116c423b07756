using Hyeopchi.Domain.Divisions;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Divisions;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.Divisions;

public sealed class RegisterDivisionForm
{
    public string? Name { get; set; }
    public string? Field { get; set; }
    public string? On { get; set; }
}

/// <summary>분과 목록과 등록: the list is GET /api/divisions; the form sends the POST /api/divisions command through <see cref="AdminCommands"/>.</summary>
public class IndexModel(IQuerySession query, AdminCommands commands) : AdminPage
{
    public const string RegisterForm = "register";

    public IReadOnlyList<DivisionSummary> Divisions { get; private set; } = [];

    [BindProperty]
    public RegisterDivisionForm Register { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Divisions = await DivisionQueries.List(query, ct);

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken ct)
    {
        if (!MayRun<RegisterDivision>()) return Forbid();
        if (!FormValues.TryParseDate(Register.On, out var on))
        {
            Fail(RegisterForm, Outcome.Invalid("on", Korean.NotADate));
            await OnGetAsync(ct);
            return Page();
        }

        var command = new RegisterDivision(Register.Name, Register.Field, on);
        var outcome = await commands.SendAsync(HttpContext, command);
        if (outcome.Succeeded) return Redirect($"/divisions/{outcome.CreatedId}?done=registered");
        if (Stopped(outcome) is { } stopped) return stopped;

        Fail(RegisterForm, outcome);
        await OnGetAsync(ct);
        return Page();
    }
}
