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
}
