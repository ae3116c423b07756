using Hyeopchi.Domain.Divisions;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Divisions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Divisions;

/// <summary>The next gate as the API and the division page say it: its conditions met and unmet, in words (Admin/Korean.cs).</summary>
public sealed record NextGate(int ToStage, string Rule, IReadOnlyList<string> Met, IReadOnlyList<string> Unmet);

public sealed record DivisionSummary(string Id, string Name, string Field, int Stage, DateOnly StageSince, int MemberCount);

public sealed record DivisionDetail(
    string Id,
    string Name,
    string Field,
    int Stage,
    DateOnly StageSince,
    ChairView? Chair,
    int MemberCount,
    IReadOnlyList<DivisionMember> Members,
    IReadOnlyList<StageChange> StageHistory,
    NextGate? NextGate,
    long Version,
    IReadOnlyList<VisionStatement> Visions);

public static class DivisionQueries
{
    [Authorize]
    [WolverineGet("/api/divisions", OperationId = "listDivisions")]
    public static async Task<IReadOnlyList<DivisionSummary>> List(IQuerySession session, CancellationToken ct)
    {
        var divisions = await session.Query<DivisionProgress>().OrderBy(d => d.Name).ToListAsync(ct);
        return divisions.Select(d => new DivisionSummary(d.Id.ToString(), d.Name, d.Field, d.Stage, d.StageSince, d.CurrentMembers.Count)).ToList();
    }

    /// <summary>A division's progress, with what its next gate still needs as of today.</summary>
    [Authorize]
    [ProducesResponseType<DivisionDetail>(StatusCodes.Status200OK)]
    [WolverineGet("/api/divisions/{id}", OperationId = "getDivision")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, BusinessCalendar calendar, GateThresholds thresholds, HttpContext context, CancellationToken ct)
    {
        if (await Detail(id, session, calendar, thresholds, ct) is not { } detail)
            return Results.Problem(Problems.NotFound($"No division has the id {id}."));
        ExpectedVersion.Tag(context, detail.Version);
        return Results.Ok(detail);
    }

    /// <summary>The read behind GET /api/divisions/{id}, shared with the admin's division page.</summary>
    public static async Task<DivisionDetail?> Detail(Guid id, IQuerySession session, BusinessCalendar calendar, GateThresholds thresholds, CancellationToken ct)
    {
        var progress = await session.LoadAsync<DivisionProgress>(id, ct);
        if (progress is null) return null;

        var state = await session.Events.AggregateStreamAsync<Division>(id, token: ct);
        var facts = await DivisionGates.FactsAsync(session, id, calendar.Today, ct);
        var gate = StageGate.Next(state!, facts, thresholds, calendar.Today);
        return new DivisionDetail(
            progress.Id.ToString(), progress.Name, progress.Field, progress.Stage, progress.StageSince, progress.Chair,
            progress.CurrentMembers.Count, progress.Members, progress.StageHistory,
            gate is null ? null : new NextGate((int)gate.ToStage, gate.Rule, Korean.Conditions(gate.Met), Korean.Conditions(gate.Unmet)),
            progress.Version, progress.Visions);
    }
}
