using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.People;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Education;

/// <summary>수강 신청 / 수료: a registered person enrols in, or completes, a course.</summary>
public sealed record CoursePerson(Guid? PersonId, DateOnly? On);

public static class EnrolEndpoint
{
    public static Task<(Person?, ProblemDetails)> LoadAsync(CoursePerson command, IQuerySession session, CancellationToken ct) =>
        KnownPerson.LoadAsync(command.PersonId, session, ct);

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/courses/{id}/enrollments", OperationId = "enrolInCourse")]
    public static Recorded Post(CoursePerson command, [WriteAggregate("id")] IEventStream<Course> course, Person? person, BusinessCalendar calendar) =>
        Recorded.Append(course, CourseDecisions.Enrol(course.Aggregate!, person!.Id, person.Name, calendar.DateOf(command.On)));
}

public static class CompleteEndpoint
{
    public static Task<(Person?, ProblemDetails)> LoadAsync(CoursePerson command, IQuerySession session, CancellationToken ct) =>
        KnownPerson.LoadAsync(command.PersonId, session, ct);

    /// <summary>409 <c>education.attendance</c> when recorded attendance is below the course's threshold.</summary>
    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/courses/{id}/completions", OperationId = "completeCourse")]
    public static Recorded Post(CoursePerson command, [WriteAggregate("id")] IEventStream<Course> course, Person? person, BusinessCalendar calendar) =>
        Recorded.Append(course, CourseDecisions.Complete(course.Aggregate!, person!.Id, person.Name, calendar.DateOf(command.On)));
}
