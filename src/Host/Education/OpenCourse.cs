using Hyeopchi.Domain.Education;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.Education;

/// <summary>
/// 교육 과정 개설: a resident-leader education or monitoring-group training course for a year;
/// <c>attendanceThreshold</c> (percent, default 80) is what completion needs, and
/// <c>partnerDepartment</c> the district department it is run with (협의 부서, e.g. 성북구청 마을민주주의과).
/// </summary>
[Command("/api/courses", "openCourse", Roles.Commanders)]
public sealed record OpenCourse(CourseKind? Kind, int? Year, string? Title, int? AttendanceThreshold, DateOnly? On, string? PartnerDepartment = null) : ICommand
{
    public void Check(Checks checks) => checks
        .Defined("kind", Kind)
        .Range("year", Year, 2000, 2100)
        .Text("title", Title)
        .Range("attendanceThreshold", AttendanceThreshold, 0, 100, required: false)
        .Text("partnerDepartment", PartnerDepartment, required: false);
}

public static class OpenCourseHandler
{
    public static (StreamCreated, IStartStream) Handle(OpenCourse command, BusinessCalendar calendar)
    {
        var id = Guid.CreateVersion7();
        var events = CourseDecisions.Open(id, command.Kind!.Value, command.Year!.Value, command.Title!.Trim(), command.AttendanceThreshold, calendar.DateOf(command.On),
            string.IsNullOrWhiteSpace(command.PartnerDepartment) ? null : command.PartnerDepartment.Trim()).EventsOrThrow();
        return (StreamCreated.At("/api/courses", id), MartenOps.StartStream<Course>(id, events.ToArray()));
    }
}

/// <summary>협의 부서 지정·변경: the course's partner department from <c>on</c>; a change gives its <c>reason</c> (409 <c>education.partner</c> without one).</summary>
[Command("/api/courses/{id}/partner-department", "setCoursePartnerDepartment", Roles.Commanders)]
public sealed record SetPartnerDepartment(string? Department, string? Reason, DateOnly? On) : ICommand
{
    [System.Text.Json.Serialization.JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Text("department", Department)
        .Text("reason", Reason, Checks.MaxLongTextLength, required: false);
}

public static class SetPartnerDepartmentHandler
{
    public static Recorded Handle(SetPartnerDepartment command, [WriteAggregate] IEventStream<Course> course, BusinessCalendar calendar) =>
        Recorded.Append(course, CourseDecisions.SetPartnerDepartment(
            course.Aggregate!, command.Department!.Trim(), string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), calendar.DateOf(command.On)));
}
