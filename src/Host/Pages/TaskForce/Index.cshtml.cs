using Hyeopchi.Host.Admin;
using Hyeopchi.Host.TaskForce;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.TaskForce;

public sealed class CreateTaskForceForm
{
    public string? Name { get; set; }
    public string? On { get; set; }
}

/// <summary>합동 TF 목록과 설치: GET /api/task-force's list; the form sends POST /api/task-force's command.</summary>
public class IndexModel(IQuerySession query, AdminCommands commands) : AdminPage
{
    public const string CreateForm = "create";

    public IReadOnlyList<TaskForceSummary> TaskForces { get; private set; } = [];

    [BindProperty] public CreateTaskForceForm Create { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => TaskForces = await TaskForceQueries.List(query, ct);

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct) => Post<CreateTaskForce>(CreateForm, async () =>
        FormValues.TryParseDate(Create.On, out var on)
            ? await commands.SendAsync(HttpContext, new CreateTaskForce(Create.Name, on))
            : Outcome.Invalid("on", Korean.NotADate),
        o => $"/task-force/{o.CreatedId}?done=created", () => OnGetAsync(ct));
}
