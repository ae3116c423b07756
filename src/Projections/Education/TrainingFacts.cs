using Hyeopchi.Domain.Education;
using Marten;

namespace Hyeopchi.Projections.Education;

/// <summary>
/// A person's training as the rules and the API read it: from <see cref="PersonCourse"/>, one
/// document per (person, course), each written only with its course's events, so no concurrent
/// command on another course can have overwritten it. R7 (appointing monitors) and linking a
/// trained leader to a division decide from here.
/// </summary>
public static class TrainingFacts
{
    /// <summary>Every course the person enrolled in, by year and enrolment date (then by course, oldest first).</summary>
    public static async Task<IReadOnlyList<TrainingEntry>> CoursesAsync(IQuerySession session, Guid personId, CancellationToken ct)
    {
        var courses = await session.Query<PersonCourse>().Where(c => c.PersonId == personId).ToListAsync(ct);
        return courses
            .OrderBy(c => c.Year).ThenBy(c => c.EnrolledOn).ThenBy(c => c.CourseId)
            .Select(c => c.ToEntry())
            .ToList();
    }

    /// <summary>Every course the person completed, by kind and completion date: what R7 reads (<c>MonitoringDecisions.Appoint</c>).</summary>
    public static async Task<IReadOnlyList<Domain.Monitoring.TrainingCompletion>> CompletionsAsync(IQuerySession session, Guid personId, CancellationToken ct)
    {
        var completed = await session.Query<PersonCourse>().Where(c => c.PersonId == personId && c.CompletedOn != null).ToListAsync(ct);
        return completed.OrderBy(c => c.CompletedOn).Select(c => new Domain.Monitoring.TrainingCompletion(c.Kind, c.CompletedOn!.Value)).ToList();
    }

    /// <summary>R7: the person completed a monitoring-group course of <paramref name="year"/> or before.</summary>
    public static Task<bool> CompletedMonitorTrainingAsync(IQuerySession session, Guid personId, int year, CancellationToken ct) =>
        session.Query<PersonCourse>()
            .AnyAsync(c => c.PersonId == personId && c.Kind == CourseKind.MonitorTraining && c.CompletedOn != null && c.Year <= year, ct);

    /// <summary>The person completed a resident-leader course (any year).</summary>
    public static Task<bool> CompletedLeaderEducationAsync(IQuerySession session, Guid personId, CancellationToken ct) =>
        session.Query<PersonCourse>()
            .AnyAsync(c => c.PersonId == personId && c.Kind == CourseKind.LeaderEducation && c.CompletedOn != null, ct);
}
