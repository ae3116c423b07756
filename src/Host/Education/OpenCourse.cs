using Hyeopchi.Domain.Education;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Education;

/// <summary>교육 과정 개설: a resident-leader education or monitoring-group training course for a year; <c>attendanceThreshold</c> (percent, default 80) is what completion needs.</summary>
[Command("/api/courses", "openCourse", Roles.Commanders)]
public sealed record OpenCourse(CourseKind? Kind, int? Year, string? Title, int? AttendanceThreshold, DateOnly? On) : ICommand
{
    public void Check(Checks checks) => checks
        .Defined("kind", Kind)
        .Range("year", Year, 2000, 2100)
        .Text("title", Title)
        .Range("attendanceThreshold", AttendanceThreshold, 0, 100, required: false);
}

public static class OpenCourseHandler
{
    public static (StreamCreated, IStartStream) Handle(OpenCourse command, BusinessCalendar calendar)
    {
        var id = Guid.CreateVersion7();
        var events = CourseDecisions.Open(id, command.Kind!.Value, command.Year!.Value, command.Title!.Trim(), command.AttendanceThreshold, calendar.DateOf(command.On)).EventsOrThrow();
        return (StreamCreated.At("/api/courses", id), MartenOps.StartStream<Course>(id, events.ToArray()));
    }
}
