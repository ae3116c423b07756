using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Education;

/// <summary>
/// The decisions about a course. Completion needs enrolment and, when sessions were recorded,
/// attendance of at least the course's threshold (default 80%) of them. A course whose sessions
/// were not recorded in the engine (no session at all) is completed on the coordinator's record.
/// </summary>
public static class CourseDecisions
{
    public const string EnrolmentRule = "education.enrolment";
    public const string AttendanceRule = "education.attendance";

    public const string PartnerRule = "education.partner";

    public static Decision Open(Guid courseId, CourseKind kind, int year, string title, int? attendanceThreshold, DateOnly on, string? partnerDepartment = null) =>
        partnerDepartment is null
            ? Decision.Accept(new CourseOpened(courseId, kind, year, title, attendanceThreshold ?? Course.DefaultAttendanceThreshold, on))
            : Decision.Accept(
                new CourseOpened(courseId, kind, year, title, attendanceThreshold ?? Course.DefaultAttendanceThreshold, on),
                new CoursePartnerDepartmentSet(courseId, partnerDepartment, null, null, on));

    /// <summary>
    /// 협의 부서: the first one is set without a reason; a change replaces it and says why (R10), and
    /// setting the department the course already has changes nothing and is refused.
    /// </summary>
    public static Decision SetPartnerDepartment(Course course, string department, string? reason, DateOnly on)
    {
        if (string.Equals(course.PartnerDepartment, department, StringComparison.Ordinal))
            return Decision.Refuse(PartnerRule, RefusalCode.CoursePartnerDepartmentUnchanged, course.Title, department);
        if (course.PartnerDepartment is not null && string.IsNullOrWhiteSpace(reason))
            return Decision.Refuse(PartnerRule, RefusalCode.CoursePartnerDepartmentChangeNeedsReason, course.PartnerDepartment);
        return Decision.Accept(new CoursePartnerDepartmentSet(course.Id, department, course.PartnerDepartment, reason, on));
    }

    public static Decision HoldSession(Course course, Guid sessionId, string title, IReadOnlyList<Guid> attendees, DateOnly on)
    {
        var notEnrolled = attendees.Where(a => !course.Enrolled.Contains(a)).Select(a => Condition.Of(ConditionCode.CourseAttendeeEnrolled, a, course.Title)).ToArray();
        return notEnrolled.Length > 0
            ? Decision.Refuse(new Refusal(EnrolmentRule, RefusalCode.CourseAttendeesNotEnrolled).WithUnmet(notEnrolled))
            : Decision.Accept(new CourseSessionHeld(course.Id, sessionId, title, attendees.Distinct().ToList(), on));
    }

    public static Decision RecordAttendance(Course course, Guid sessionId, Guid personId, DateOnly on)
    {
        if (!course.Enrolled.Contains(personId))
            return Decision.Refuse(EnrolmentRule, RefusalCode.CourseNotEnrolled, personId, course.Title);
        var session = course.Sessions.FirstOrDefault(s => s.Id == sessionId);
        if (session is null)
            return Decision.Refuse("education.session", RefusalCode.CourseNoSuchSession, course.Title, sessionId);
        return session.Attendees.Contains(personId)
            ? Decision.Refuse(AttendanceRule, RefusalCode.CourseAttendanceAlreadyRecorded)
            : Decision.Accept(new CourseAttendanceRecorded(course.Id, sessionId, personId, on));
    }

    public static Decision Enrol(Course course, Guid personId, string personName, DateOnly on) =>
        course.Enrolled.Contains(personId)
            ? Decision.Refuse(EnrolmentRule, RefusalCode.CourseAlreadyEnrolled, personName, course.Title)
            : Decision.Accept(new CourseEnrolled(course.Id, course.Kind, course.Year, course.Title, personId, personName, on));

    public static Decision Complete(Course course, Guid personId, string personName, DateOnly on)
    {
        if (!course.Enrolled.Contains(personId))
            return Decision.Refuse(EnrolmentRule, RefusalCode.CourseNotEnrolled, personName, course.Title);
        if (course.Completed.Contains(personId))
            return Decision.Refuse(EnrolmentRule, RefusalCode.CourseAlreadyCompleted, personName, course.Title);

        var sessions = course.Sessions.Count;
        var attended = course.AttendedBy(personId);
        if (sessions > 0 && attended * 100 < course.AttendanceThreshold * sessions)
            return Decision.Refuse(new Refusal(AttendanceRule, RefusalCode.CourseAttendanceTooLow, personName, attended, sessions, course.AttendanceThreshold)
                .WithUnmet([Condition.Of(ConditionCode.CourseAttendanceAtLeast, course.AttendanceThreshold, attended * 100 / sessions)]));

        return Decision.Accept(new CourseCompleted(course.Id, course.Kind, course.Year, course.Title, personId, personName, attended, sessions, on));
    }
}
