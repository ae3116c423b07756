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

    [BindProperty] public RegisterDivisionForm Register { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Divisions = await DivisionQueries.List(query, ct);

    public Task<IActionResult> OnPostRegisterAsync(CancellationToken ct) => Post<RegisterDivision>(RegisterForm, async () =>
        FormValues.TryParseDate(Register.On, out var on)
            ? await commands.SendAsync(HttpContext, new RegisterDivision(Register.Name, Register.Field, on))
            : Outcome.Invalid("on", Korean.NotADate),
        o => $"/divisions/{o.CreatedId}?done=registered", () => OnGetAsync(ct));
}
