using System.Text.Json.Serialization;
using Hyeopchi.Domain.Education;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Education;
using JasperFx.Events;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Education;

/// <summary>교육 회차: a session held on <c>on</c>, with the enrolled people who attended it.</summary>
[Command("/api/courses/{id}/sessions", "holdCourseSession", Roles.Commanders)]
public sealed record HoldSession(string? Title, IReadOnlyList<Guid>? Attendees, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Text("title", Title)
        .That(Attendees is null || Attendees.All(a => a != Guid.Empty), "attendees", "빈 id가 있습니다. (an empty id)")
        .That(Attendees is null || Attendees.Count <= 500, "attendees", "500명 이하 (at most 500)");
}

public sealed record SessionCreated(string Id, string CourseId, long Version, string Url) : CreationResponse(Url);

public static class HoldSessionHandler
{
    public static SessionCreated Handle(HoldSession command, [WriteAggregate] IEventStream<Course> course, BusinessCalendar calendar)
    {
        var sessionId = Guid.CreateVersion7();
        var recorded = Recorded.Append(course, CourseDecisions.HoldSession(course.Aggregate!, sessionId, command.Title!.Trim(), command.Attendees ?? [], calendar.DateOf(command.On)));
        return new SessionCreated(sessionId.ToString(), recorded.Id, recorded.Version, $"/api/courses/{recorded.Id}/sessions/{sessionId}");
    }
}

/// <summary>출석: attendance of one enrolled person, recorded after the session.</summary>
[Command("/api/courses/{id}/sessions/{sessionId}/attendance", "recordCourseAttendance", Roles.Commanders)]
public sealed record RecordAttendance(Guid? PersonId, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    [JsonIgnore] public Guid SessionId { get; init; }

    public void Check(Checks checks) => checks.NotEmpty("personId", PersonId);
}

public static class RecordAttendanceHandler
{
    /// <summary>404 when the course has no such session (an unknown course is 404 when its stream is fetched).</summary>
    public static async Task LoadAsync(RecordAttendance command, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<CourseView>(command.Id, ct) is { } course && course.Sessions.All(s => s.Id != command.SessionId))
        {
            throw new UnknownRecordException($"The course {command.Id} has no session {command.SessionId}.");
        }
    }

    public static Recorded Handle(RecordAttendance command, [WriteAggregate] IEventStream<Course> course, BusinessCalendar calendar) =>
        Recorded.Append(course, CourseDecisions.RecordAttendance(course.Aggregate!, command.SessionId, command.PersonId!.Value, calendar.DateOf(command.On)));
}
