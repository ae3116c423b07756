using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.People;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.People;

public sealed class RegisterPersonForm
{
    public string? Name { get; set; }
    public string? Sector { get; set; }
    public string? Organisation { get; set; }
    public string? Rank { get; set; }
    public string? On { get; set; }
}

/// <summary>참여자: GET /api/people's read; the form runs POST /api/people's own methods.</summary>
public class IndexModel(IQuerySession query, BusinessCalendar calendar, AdminCommands commands) : AdminPage
{
    public const string RegisterForm = "register";

    public IReadOnlyList<Person> People { get; private set; } = [];

    public string? Notice { get; private set; }

    [BindProperty]
    public RegisterPersonForm Register { get; set; } = new();

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done == RegisterForm ? "참여자를 등록했습니다." : null;
        People = await PersonQueries.List(query, ct);
    }

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken ct)
    {
        if (!User.MayCommand()) return Forbid();
        Outcome outcome;
        if (!Korean.TryParseDate(Register.On, out var on)) outcome = Outcome.Invalid("on", Korean.NotADate);
        else if (!Korean.TryParse<Sector>(Register.Sector, out var sector)) outcome = Outcome.Invalid("sector", Korean.NotAChoice);
        else if (!Korean.TryParse<Rank>(Register.Rank, out var rank)) outcome = Outcome.Invalid("rank", Korean.NotAChoice);
        else
        {
            var command = new RegisterPerson(Register.Name, sector, Register.Organisation, rank, on);
            outcome = await commands.Run(HttpContext, session =>
            {
                if (Outcome.From(RegisterPersonEndpoint.Validate(command)) is { } invalid) return Task.FromResult<Outcome?>(invalid);
                var (_, start) = RegisterPersonEndpoint.Post(command, calendar);
                start.Execute(session);
                return Task.FromResult<Outcome?>(null);
            });
        }

        if (outcome.Succeeded) return Redirect($"/people?done={RegisterForm}");
        Fail(RegisterForm, outcome);
        await OnGetAsync(null, ct);
        return Page();
    }
}
