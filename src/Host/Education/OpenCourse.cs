using Hyeopchi.Domain.Education;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Education;

/// <summary>교육 과정 개설: a resident-leader education or monitoring-group training course for a year; <c>attendanceThreshold</c> (percent, default 80) is what completion needs.</summary>
public sealed record OpenCourse(CourseKind? Kind, int? Year, string? Title, int? AttendanceThreshold, DateOnly? On);

public static class OpenCourseEndpoint
{
    public static ProblemDetails Validate(OpenCourse command) => new Checks()
        .Defined("kind", command.Kind)
        .Range("year", command.Year, 2000, 2100)
        .Text("title", command.Title)
        .Range("attendanceThreshold", command.AttendanceThreshold, 0, 100, required: false)
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/courses", OperationId = "openCourse")]
    public static (StreamCreated, IStartStream) Post(OpenCourse command, BusinessCalendar calendar)
    {
        var id = Guid.CreateVersion7();
        var events = CourseDecisions.Open(id, command.Kind!.Value, command.Year!.Value, command.Title!.Trim(), command.AttendanceThreshold, calendar.DateOf(command.On)).EventsOrThrow();
        return (StreamCreated.At("/api/courses", id), MartenOps.StartStream<Course>(id, events.ToArray()));
    }
}
