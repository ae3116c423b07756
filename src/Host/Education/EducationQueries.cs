using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Education;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Education;

public sealed record TrainingRecord(string PersonId, string Name, IReadOnlyList<TrainingEntry> Courses);

public static class EducationQueries
{
    [Authorize]
    [WolverineGet("/api/courses", OperationId = "listCourses")]
    public static async Task<IReadOnlyList<CourseView>> List(int? year, CourseKind? kind, IQuerySession session, CancellationToken ct)
    {
        var query = session.Query<CourseView>().AsQueryable();
        if (year is not null) query = query.Where(c => c.Year == year);
        if (kind is not null) query = query.Where(c => c.Kind == kind);
        return await query.OrderBy(c => c.Year).ThenBy(c => c.OpenedOn).ToListAsync(ct);
    }

    [Authorize]
    [ProducesResponseType<CourseView>(StatusCodes.Status200OK)]
    [WolverineGet("/api/courses/{id}", OperationId = "getCourse")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpContext context, CancellationToken ct) =>
        await session.LoadAsync<CourseView>(id, ct) is { } course
            ? ExpectedVersion.Ok(context, course, course.Version)
            : Results.Problem(Problems.NotFound($"No course has the id {id}."));

    /// <summary>교육 이력: a person's courses across years, enrolled and completed.</summary>
    [Authorize]
    [ProducesResponseType<TrainingRecord>(StatusCodes.Status200OK)]
    [WolverineGet("/api/people/{id}/training", OperationId = "getPersonTraining")]
    public static async Task<IResult> Training(Guid id, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<Person>(id, ct) is not { } person)
            return Results.Problem(Problems.NotFound($"No person has the id {id}."));
        return Results.Ok(new TrainingRecord(person.Id.ToString(), person.Name, await TrainingFacts.CoursesAsync(session, id, ct)));
    }

    /// <summary>주민 리더 후보: everyone discovered (in <paramref name="year"/>, when given), withdrawn ones marked, with their resident-leader courses.</summary>
    [Authorize]
    [WolverineGet("/api/leader-discoveries", OperationId = "listResidentLeaderDiscoveries")]
    public static Task<IReadOnlyList<LeaderProspect>> Discoveries(int? year, IQuerySession session, CancellationToken ct) =>
        DiscoveryFacts.ProspectsAsync(session, year, ct);

    /// <summary>A person's discovery as a prospective resident leader; 404 when the person is unknown or was never discovered.</summary>
    [Authorize]
    [ProducesResponseType<LeaderProspect>(StatusCodes.Status200OK)]
    [WolverineGet("/api/people/{id}/leader-discovery", OperationId = "getResidentLeaderDiscovery")]
    public static async Task<IResult> Discovery(Guid id, IQuerySession session, CancellationToken ct) =>
        await DiscoveryFacts.ProspectAsync(session, id, ct) is { } prospect
            ? Results.Ok(prospect)
            : Results.Problem(Problems.NotFound($"No discovered person has the id {id}."));

    /// <summary>Each participant's discovery and its standing against "발굴 → 교육": a flag, never a refusal (docs/rules.md).</summary>
    [Authorize]
    [ProducesResponseType<IReadOnlyList<ParticipantDiscovery>>(StatusCodes.Status200OK)]
    [WolverineGet("/api/courses/{id}/leader-discovery", OperationId = "getCourseLeaderDiscovery")]
    public static async Task<IResult> CourseDiscovery(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<CourseView>(id, ct) is { } course
            ? Results.Ok(await DiscoveryFacts.ParticipantsAsync(session, course, ct))
            : Results.Problem(Problems.NotFound($"No course has the id {id}."));
}
