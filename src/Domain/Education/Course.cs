using System.Collections.Immutable;
using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Education;

/// <summary>주민 리더 교육 / 모니터링단 교육: the two standing programmes of the plan.</summary>
public enum CourseKind
{
    LeaderEducation,
    MonitorTraining,
}

/// <summary>A course of a kind was opened for a year; <see cref="AttendanceThreshold"/> is the percentage of sessions a completer must attend.</summary>
public sealed record CourseOpened(Guid CourseId, CourseKind Kind, int Year, string Title, int AttendanceThreshold, DateOnly On) : IDomainEvent;

/// <summary>A session of the course was held; <see cref="Attendees"/> are the enrolled people who attended it.</summary>
public sealed record CourseSessionHeld(Guid CourseId, Guid SessionId, string Title, IReadOnlyList<Guid> Attendees, DateOnly On) : IDomainEvent;

/// <summary>Attendance recorded afterwards for one person at a session already held.</summary>
public sealed record CourseAttendanceRecorded(Guid CourseId, Guid SessionId, Guid PersonId, DateOnly On) : IDomainEvent;

/// <summary>A person enrolled; the course's kind, year and title travel with it so a training record stands alone.</summary>
public sealed record CourseEnrolled(Guid CourseId, CourseKind Kind, int Year, string Title, Guid PersonId, string PersonName, DateOnly On) : IDomainEvent;

/// <summary>A person completed the course, having attended <see cref="Attended"/> of <see cref="Sessions"/> recorded sessions.</summary>
public sealed record CourseCompleted(
    Guid CourseId, CourseKind Kind, int Year, string Title, Guid PersonId, string PersonName, int Attended, int Sessions, DateOnly On) : IDomainEvent;

/// <summary>
/// 협의 부서: the district department the course is run in consultation with (plan L46, e.g.
/// 성북구청 마을민주주의과), from <see cref="On"/>; <see cref="Previous"/> and <see cref="Reason"/>
/// say what a change replaced and why.
/// </summary>
public sealed record CoursePartnerDepartmentSet(Guid CourseId, string Department, string? Previous, string? Reason, DateOnly On) : IDomainEvent;

public sealed record CourseSession(Guid Id, string Title, DateOnly On, ImmutableHashSet<Guid> Attendees);

/// <summary>A course's state, folded from its own stream.</summary>
public sealed record Course(
    Guid Id,
    CourseKind Kind,
    int Year,
    string Title,
    int AttendanceThreshold,
    ImmutableList<CourseSession> Sessions,
    ImmutableHashSet<Guid> Enrolled,
    ImmutableHashSet<Guid> Completed)
{
    public const int DefaultAttendanceThreshold = 80;

    /// <summary>협의 부서, when one was set.</summary>
    public string? PartnerDepartment { get; init; }

    public static Course? Evolve(Course? state, object @event) => (state, @event) switch
    {
        (_, CourseOpened e) => new Course(e.CourseId, e.Kind, e.Year, e.Title, e.AttendanceThreshold, [], [], []),
        (not null, CourseSessionHeld e) => state with { Sessions = state.Sessions.Add(new CourseSession(e.SessionId, e.Title, e.On, [.. e.Attendees])) },
        (not null, CourseAttendanceRecorded e) => state with
        {
            Sessions = state.Sessions.Select(s => s.Id == e.SessionId ? s with { Attendees = s.Attendees.Add(e.PersonId) } : s).ToImmutableList(),
        },
        (not null, CourseEnrolled e) => state with { Enrolled = state.Enrolled.Add(e.PersonId) },
        (not null, CourseCompleted e) => state with { Completed = state.Completed.Add(e.PersonId) },
        (not null, CoursePartnerDepartmentSet e) => state with { PartnerDepartment = e.Department },
        _ => state,
    };

    public int AttendedBy(Guid personId) => Sessions.Count(s => s.Attendees.Contains(personId));
}
