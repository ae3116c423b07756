using Hyeopchi.Domain.Education;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Education;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Education;

/// <summary>교육 회차: a session held on <c>on</c>, with the enrolled people who attended it.</summary>
public sealed record HoldSession(string? Title, IReadOnlyList<Guid>? Attendees, DateOnly? On);

public sealed record SessionCreated(string Id, string CourseId, long Version, string Url) : CreationResponse(Url);

public static class HoldSessionEndpoint
{
    public static ProblemDetails Validate(HoldSession command) => new Checks()
        .Text("title", command.Title)
        .That(command.Attendees is null || command.Attendees.All(a => a != Guid.Empty), "attendees", "빈 id가 있습니다. (an empty id)")
        .That(command.Attendees is null || command.Attendees.Count <= 500, "attendees", "500명 이하 (at most 500)")
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/courses/{id}/sessions", OperationId = "holdCourseSession")]
    public static SessionCreated Post(HoldSession command, [WriteAggregate("id")] IEventStream<Course> course, BusinessCalendar calendar)
    {
        var sessionId = Guid.CreateVersion7();
        var recorded = Recorded.Append(course, CourseDecisions.HoldSession(course.Aggregate!, sessionId, command.Title!.Trim(), command.Attendees ?? [], calendar.DateOf(command.On)));
        return new SessionCreated(sessionId.ToString(), recorded.Id, recorded.Version, $"/api/courses/{recorded.Id}/sessions/{sessionId}");
    }
}

/// <summary>출석: attendance of one enrolled person, recorded after the session.</summary>
public sealed record RecordAttendance(Guid? PersonId, DateOnly? On);

public static class RecordAttendanceEndpoint
{
    public static ProblemDetails Validate(RecordAttendance command) => new Checks().NotEmpty("personId", command.PersonId).Result();

    public static async Task<ProblemDetails> LoadAsync(Guid id, Guid sessionId, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<CourseView>(id, ct) is { } course && course.Sessions.All(s => s.Id != sessionId)
            ? Problems.NotFound($"The course {id} has no session {sessionId}.")
            : WolverineContinue.NoProblems;

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/courses/{id}/sessions/{sessionId}/attendance", OperationId = "recordCourseAttendance")]
    public static Recorded Post(RecordAttendance command, Guid sessionId, [WriteAggregate("id")] IEventStream<Course> course, BusinessCalendar calendar)
=>
        Recorded.Append(course, CourseDecisions.RecordAttendance(course.Aggregate!, sessionId, command.PersonId!.Value, calendar.DateOf(command.On)));
}
