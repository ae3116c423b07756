using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.StrategicTasks;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.StrategicTasks;

/// <summary>
/// The task as the contract pins it (<c>id, title, year, owner, status, percent, originWorkshopId, version</c>),
/// with its origin, links and milestones. The history fields are filled by GET /api/strategic-tasks/{id} only.
/// </summary>
public sealed record TaskDetail(
    string Id,
    string Title,
    int Year,
    StrategicTaskOwner Owner,
    StrategicTaskStatus Status,
    int Percent,
    string OriginWorkshopId,
    TaskOrigin Origin,
    DateOnly AdoptedOn,
    string? PredecessorId,
    string? SuccessorId,
    IReadOnlyList<Milestone> Milestones,
    long Version,
    LastProgress? LastProgress = null,
    IReadOnlyList<StatusChange>? StatusHistory = null,
    IReadOnlyList<OwnerChange>? OwnerHistory = null)
{
    public static TaskDetail Of(StrategicTaskView v) => new(v.Id.ToString(), v.Title, v.Year, v.Owner, v.Status, v.Percent,
        v.Origin.WorkshopId.ToString(), v.Origin, v.AdoptedOn, v.PredecessorId?.ToString(), v.SuccessorId?.ToString(), v.Milestones, v.Version,
        v.LastProgress, v.StatusHistory, v.OwnerHistory);

    /// <summary>The decision state folded from the first n events: what time travel answers.</summary>
    public static TaskDetail Of(StrategicTask t) => new(t.Id.ToString(), t.Title, t.Year, t.Owner, t.Status, t.Percent,
        t.Origin.WorkshopId.ToString(), t.Origin, t.AdoptedOn, t.PredecessorId?.ToString(), t.SuccessorId?.ToString(), t.Milestones, t.Version);
}

public sealed record TaskSummary(string Id, string Title, int Year, StrategicTaskOwner Owner, StrategicTaskStatus Status, int Percent,
    string OriginWorkshopId, string? PredecessorId, string? SuccessorId, long Version, DateOnly? WithdrawnOn = null)
{
    public static TaskSummary Of(StrategicTaskView v) => new(v.Id.ToString(), v.Title, v.Year, v.Owner, v.Status, v.Percent,
        v.Origin.WorkshopId.ToString(), v.PredecessorId?.ToString(), v.SuccessorId?.ToString(), v.Version, v.WithdrawnOn);
}

public sealed record BoardColumn(StrategicTaskStatus Status, IReadOnlyList<TaskSummary> Tasks);

public sealed record BoardOwner(Guid? DivisionId, bool Joint, IReadOnlyList<TaskSummary> Tasks);

/// <summary>A year's task board: every status as a column (empty ones too), and the same tasks grouped by owner; withdrawn tasks are shown, never counted.</summary>
public sealed record TaskBoard(int Year, int Total, int MeanPercent, IReadOnlyList<BoardColumn> ByStatus, IReadOnlyList<BoardOwner> ByOwner);

/// <summary>Reads of strategic tasks: every signed-in role (admin, coordinator, auditor, monitor).</summary>
public static class StrategicTaskQueries
{
    /// <summary>The tasks of a year (all years without <c>year</c>), by year and title.</summary>
    [Authorize]
    [ProducesResponseType<IReadOnlyList<TaskSummary>>(StatusCodes.Status200OK)]
    [WolverineGet("/api/strategic-tasks", OperationId = "listStrategicTasks")]
    public static async Task<IResult> List(string? year, IQuerySession session, CancellationToken ct)
    {
        if (!YearQuery.TryParse(year, required: false, out var y, out var invalid)) return Results.Problem(invalid);
        var query = session.Query<StrategicTaskView>();
        var tasks = y is { } only
            ? await query.Where(t => t.Year == only).OrderBy(t => t.Title).ToListAsync(ct)
            : await query.OrderBy(t => t.Year).ThenBy(t => t.Title).ToListAsync(ct);
        return Results.Ok(tasks.Select(TaskSummary.Of).ToList());
    }

    /// <summary>과제 현황판: the year's tasks grouped by status and by owner. <c>year</c> is required.</summary>
    [Authorize]
    [ProducesResponseType<TaskBoard>(StatusCodes.Status200OK)]
    [WolverineGet("/api/strategic-tasks/board", OperationId = "getStrategicTaskBoard")]
    public static async Task<IResult> Board(string? year, IQuerySession session, CancellationToken ct)
    {
        if (!YearQuery.TryParse(year, required: true, out var y, out var invalid)) return Results.Problem(invalid);
        return Results.Ok(await BoardAsync(session, y!.Value, ct));
    }

    /// <summary>The year's task board, for the API and the board page alike.</summary>
    public static async Task<TaskBoard> BoardAsync(IQuerySession session, int year, CancellationToken ct)
    {
        var tasks = (await session.Query<StrategicTaskView>().Where(t => t.Year == year).OrderBy(t => t.Title).ToListAsync(ct))
            .Select(TaskSummary.Of).ToList();
        var byStatus = Enum.GetValues<StrategicTaskStatus>()
            .Select(s => new BoardColumn(s, tasks.Where(t => t.Status == s).ToList())).ToList();
        var byOwner = tasks.GroupBy(t => (t.Owner.DivisionId, t.Owner.Joint))
            .OrderBy(g => g.Key.Joint).ThenBy(g => g.Key.DivisionId)
            .Select(g => new BoardOwner(g.Key.DivisionId, g.Key.Joint, g.ToList())).ToList();
        var counted = tasks.Where(t => t.WithdrawnOn is null).ToList();
        var mean = counted.Count == 0 ? 0 : (int)Math.Round(counted.Average(t => t.Percent));
        return new TaskBoard(year, counted.Count, mean, byStatus, byOwner);
    }

    [Authorize]
    [ProducesResponseType<TaskDetail>(StatusCodes.Status200OK)]
    [WolverineGet("/api/strategic-tasks/{id}", OperationId = "getStrategicTask")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpContext context, CancellationToken ct) =>
        await session.LoadAsync<StrategicTaskView>(id, ct) is { } view
            ? ExpectedVersion.Ok(context, TaskDetail.Of(view), view.Version)
            : Results.Problem(Problems.NotFound($"No strategic task has the id {id}."));
}

public static class YearQuery
{
    public static bool TryParse(string? text, bool required, out int? year, out Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        year = null;
        problem = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (!required) return true;
            problem = Problems.Invalid(new() { ["year"] = ["값을 입력하세요. (required)"] });
            return false;
        }

        if (int.TryParse(text, out var y) && y is >= 2000 and <= 2100)
        {
            year = y;
            return true;
        }

        problem = Problems.Invalid(new() { ["year"] = ["2000에서 2100 사이의 연도여야 합니다. (a year between 2000 and 2100)"] });
        return false;
    }
}
