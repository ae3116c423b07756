using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.TaskForce;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.TaskForce;

public sealed record TaskForceSummary(string Id, string Name, string Status, DateOnly CreatedOn, DateOnly? FormedOn, int MemberCount, int LatestDraft, EnactedOrdinance? Ordinance);

public sealed record TaskForceDetail(
    string Id,
    string Name,
    string Status,
    DateOnly CreatedOn,
    DateOnly? FormedOn,
    IReadOnlyList<string> MissingSectors,
    IReadOnlyList<TaskForceMemberView> Members,
    IReadOnlyList<TaskForceMemberView> FormerMembers,
    IReadOnlyList<TaskForceMeetingView> Meetings,
    IReadOnlyList<OrdinanceDraftView> Drafts,
    IReadOnlyList<SubmissionView> Submissions,
    EnactedOrdinance? Ordinance,
    long Version);

public sealed record DraftDiff(string TaskForceId, int From, int To, int Added, int Removed, IReadOnlyList<DiffLine> Lines, string Text);

public static class TaskForceQueries
{
    [Authorize]
    [WolverineGet("/api/task-force", OperationId = "listTaskForces")]
    public static async Task<IReadOnlyList<TaskForceSummary>> List(IQuerySession session, CancellationToken ct)
    {
        var all = await session.Query<TaskForceView>().OrderBy(t => t.CreatedOn).ToListAsync(ct);
        return all.Select(t => new TaskForceSummary(t.Id.ToString(), t.Name, t.Status, t.CreatedOn, t.FormedOn,
            t.Members.Count(m => m.Left is null), t.Drafts.Count, t.Ordinance)).ToList();
    }

    /// <summary>The TF's state, members, meetings and draft history (each version's full text).</summary>
    [Authorize]
    [ProducesResponseType<TaskForceDetail>(StatusCodes.Status200OK)]
    [WolverineGet("/api/task-force/{id}", OperationId = "getTaskForce")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpContext context, CancellationToken ct)
    {
        if (await session.LoadAsync<TaskForceView>(id, ct) is not { } tf)
            return Results.Problem(Problems.NotFound($"No task force has the id {id}."));
        ExpectedVersion.Tag(context, tf.Version);

        var current = tf.Members.Where(m => m.Left is null).ToList();
        var missing = JointTaskForce.MissingSectorsOf(current.Select(m => m.Sector)).Select(s => Korean.Condition(TaskForceDecisions.SectorMember(s))).ToList();
        return Results.Ok(new TaskForceDetail(tf.Id.ToString(), tf.Name, tf.Status, tf.CreatedOn, tf.FormedOn, missing, current,
            tf.Members.Where(m => m.Left is not null).ToList(), tf.Meetings, tf.Drafts, tf.Submissions, tf.Ordinance, tf.Version));
    }

    [Authorize]
    [ProducesResponseType<OrdinanceDraftView>(StatusCodes.Status200OK)]
    [WolverineGet("/api/task-force/{id}/drafts/{version}", OperationId = "getOrdinanceDraft")]
    public static async Task<IResult> Draft(Guid id, int version, IQuerySession session, CancellationToken ct)
    {
        var tf = await session.LoadAsync<TaskForceView>(id, ct);
        return tf?.Drafts.FirstOrDefault(d => d.Version == version) is { } draft
            ? Results.Ok(draft)
            : Results.Problem(Problems.NotFound($"The task force {id} has no draft version {version}."));
    }

    /// <summary>A line diff between two draft versions: <c>?from=1&amp;to=3</c>.</summary>
    [Authorize]
    [ProducesResponseType<DraftDiff>(StatusCodes.Status200OK)]
    [WolverineGet("/api/task-force/{id}/drafts/diff", OperationId = "diffOrdinanceDrafts")]
    public static async Task<IResult> Diff(Guid id, int? from, int? to, IQuerySession session, CancellationToken ct)
    {
        var invalid = new Checks().Range("from", from, 1, int.MaxValue).Range("to", to, 1, int.MaxValue).Result();
        if (!ReferenceEquals(invalid, WolverineContinue.NoProblems)) return Results.Problem(invalid);
        if (await session.LoadAsync<TaskForceView>(id, ct) is not { } tf)
            return Results.Problem(Problems.NotFound($"No task force has the id {id}."));

        var older = tf.Drafts.FirstOrDefault(d => d.Version == from);
        var newer = tf.Drafts.FirstOrDefault(d => d.Version == to);
        if (older is null || newer is null)
            return Results.Problem(Problems.NotFound($"The task force has drafts 1 to {tf.Drafts.Count}; there is no version {(older is null ? from : to)}."));

        var lines = LineDiff.Compute(older.Text, newer.Text);
        return Results.Ok(new DraftDiff(tf.Id.ToString(), older.Version, newer.Version,
            lines.Count(l => l.Op == DiffOp.Added), lines.Count(l => l.Op == DiffOp.Removed), lines, LineDiff.Render(lines)));
    }
}
