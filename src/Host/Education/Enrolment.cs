using System.Text.Json.Serialization;
using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.People;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Education;

/// <summary>수강 신청: a registered person enrols in a course.</summary>
[Command("/api/courses/{id}/enrollments", "enrolInCourse", Roles.Commanders)]
public sealed record EnrolInCourse(Guid? PersonId, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks.NotEmpty("personId", PersonId);
}

public static class EnrolInCourseHandler
{
    /// <summary>The person the command names: 404 when nobody has the id.</summary>
    public static async Task<Person> LoadAsync(EnrolInCourse command, IQuerySession session, CancellationToken ct) =>
        await KnownPerson.RequireAsync(command.PersonId!.Value, session, ct);

    public static Recorded Handle(EnrolInCourse command, [WriteAggregate] IEventStream<Course> course, Person person, BusinessCalendar calendar) =>
        Recorded.Append(course, CourseDecisions.Enrol(course.Aggregate!, person.Id, person.Name, calendar.DateOf(command.On)));
}

/// <summary>수료: a registered person completes a course; 409 <c>education.attendance</c> when recorded attendance is below the course's threshold.</summary>
[Command("/api/courses/{id}/completions", "completeCourse", Roles.Commanders)]
public sealed record CompleteCourse(Guid? PersonId, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks.NotEmpty("personId", PersonId);
}

public static class CompleteCourseHandler
{
    /// <summary>The person the command names: 404 when nobody has the id.</summary>
    public static async Task<Person> LoadAsync(CompleteCourse command, IQuerySession session, CancellationToken ct) =>
        await KnownPerson.RequireAsync(command.PersonId!.Value, session, ct);

    public static Recorded Handle(CompleteCourse command, [WriteAggregate] IEventStream<Course> course, Person person, BusinessCalendar calendar) =>
        Recorded.Append(course, CourseDecisions.Complete(course.Aggregate!, person.Id, person.Name, calendar.DateOf(command.On)));
}
