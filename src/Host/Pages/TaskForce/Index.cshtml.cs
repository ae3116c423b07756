using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.TaskForce;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.TaskForce;

public sealed class CreateTaskForceForm
{
    public string? Name { get; set; }
    public string? On { get; set; }
}

/// <summary>합동 TF 목록과 설치: GET /api/task-force's list; the form runs POST /api/task-force's own methods.</summary>
public class IndexModel(IQuerySession query, BusinessCalendar calendar, AdminCommands commands) : AdminPage
{
    public const string CreateForm = "create";

    public IReadOnlyList<TaskForceSummary> TaskForces { get; private set; } = [];

    [BindProperty] public CreateTaskForceForm Create { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => TaskForces = await TaskForceQueries.List(query, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!User.MayCommand()) return Forbid();
        Outcome outcome;
        string? id = null;
        if (!Korean.TryParseDate(Create.On, out var on))
        {
            outcome = Outcome.Invalid("on", Korean.NotADate);
        }
        else
        {
            var command = new CreateTaskForce(Create.Name, on);
            outcome = await commands.Run(HttpContext, session =>
            {
                if (Outcome.From(CreateTaskForceEndpoint.Validate(command)) is { } invalid) return Task.FromResult<Outcome?>(invalid);
                var (created, start) = CreateTaskForceEndpoint.Post(command, calendar);
                start.Execute(session);
                id = created.Id;
                return Task.FromResult<Outcome?>(null);
            });
        }

        if (outcome.Succeeded) return Redirect($"/task-force/{id}?done=created");
        Fail(CreateForm, outcome);
        await OnGetAsync(ct);
        return Page();
    }
}
