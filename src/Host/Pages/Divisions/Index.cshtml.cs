using Hyeopchi.Domain.Divisions;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Divisions;
using Hyeopchi.Host.Infrastructure.Clock;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.Divisions;

public sealed class RegisterDivisionForm
{
    public string? Name { get; set; }
    public string? Field { get; set; }
    public string? On { get; set; }
}

/// <summary>분과 목록과 등록: the list is GET /api/divisions; the form runs POST /api/divisions' own methods.</summary>
public class IndexModel(IQuerySession query, BusinessCalendar calendar, AdminCommands commands) : AdminPage
{
    public const string RegisterForm = "register";

    public IReadOnlyList<DivisionSummary> Divisions { get; private set; } = [];

    [BindProperty]
    public RegisterDivisionForm Register { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Divisions = await DivisionQueries.List(query, ct);

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken ct)
    {
        if (!User.MayCommand()) return Forbid();
        if (!Korean.TryParseDate(Register.On, out var on))
        {
            Fail(RegisterForm, Outcome.Invalid("on", Korean.NotADate));
            await OnGetAsync(ct);
            return Page();
        }

        var command = new RegisterDivision(Register.Name, Register.Field, on);
        string? id = null;
        var outcome = await commands.Run(HttpContext, session =>
        {
            if (Outcome.From(RegisterDivisionEndpoint.Validate(command)) is { } invalid) return Task.FromResult<Outcome?>(invalid);
            var (created, start) = RegisterDivisionEndpoint.Post(command, calendar);
            start.Execute(session);
            id = created.Id;
            return Task.FromResult<Outcome?>(null);
        });
        if (outcome.Succeeded) return Redirect($"/divisions/{id}?done=registered");

        Fail(RegisterForm, outcome);
        await OnGetAsync(ct);
        return Page();
    }
}
