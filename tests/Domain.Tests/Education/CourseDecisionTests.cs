using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Education;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Education;

public class CourseDecisionTests
{
    private static readonly Guid CourseId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e1");
    private static readonly Guid Person = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a1");
    private static readonly Guid S1 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000f1");
    private static readonly Guid S2 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000f2");
    private static readonly DateOnly On = new(2027, 5, 1);

    private static readonly object[] Opened = [new CourseOpened(CourseId, CourseKind.MonitorTraining, 2027, "모니터링단 교육", 80, On)];
    private static readonly object[] Enrolled = [.. Opened, new CourseEnrolled(CourseId, CourseKind.MonitorTraining, 2027, "모니터링단 교육", Person, "한지호", On)];

    private static Course GivenCourse(params object[] history) => Given<Course>(Course.Evolve, history);

    [Fact]
    public void When_a_course_opens_without_a_threshold_then_it_needs_80_percent() =>
        CourseDecisions.Open(CourseId, CourseKind.MonitorTraining, 2027, "모니터링단 교육", null, On)
            .ThenEvents(new CourseOpened(CourseId, CourseKind.MonitorTraining, 2027, "모니터링단 교육", 80, On));

    [Fact]
    public void Given_an_enrolled_person_when_they_enrol_again_then_it_is_refused() =>
        CourseDecisions.Enrol(GivenCourse(Enrolled), Person, "한지호", On).ThenRefused(CourseDecisions.EnrolmentRule);

    [Fact]
    public void Given_a_course_when_someone_not_enrolled_attends_then_it_is_refused() =>
        CourseDecisions.HoldSession(GivenCourse(Opened), S1, "1회차", [Person], On).ThenRefused(CourseDecisions.EnrolmentRule);

    [Fact]
    public void Given_no_sessions_recorded_when_an_enrolled_person_completes_then_completion_is_on_the_record() =>
        CourseDecisions.Complete(GivenCourse(Enrolled), Person, "한지호", On)
            .ThenEvents(new CourseCompleted(CourseId, CourseKind.MonitorTraining, 2027, "모니터링단 교육", Person, "한지호", 0, 0, On));

    [Fact]
    public void Given_attendance_below_the_threshold_when_completing_then_it_is_refused_naming_the_attendance()
    {
        var course = GivenCourse([.. Enrolled, new CourseSessionHeld(CourseId, S1, "1회차", [Person], On), new CourseSessionHeld(CourseId, S2, "2회차", [], On)]);

        var refusal = CourseDecisions.Complete(course, Person, "한지호", On).ThenRefused(CourseDecisions.AttendanceRule);

        Assert.Equal(Condition.Of(ConditionCode.CourseAttendanceAtLeast, 80, 50), Assert.Single(refusal.Unmet));
    }

    [Fact]
    public void Given_attendance_recorded_afterwards_when_completing_then_it_counts()
    {
        var course = GivenCourse([.. Enrolled, new CourseSessionHeld(CourseId, S1, "1회차", [Person], On), new CourseSessionHeld(CourseId, S2, "2회차", [], On),
            new CourseAttendanceRecorded(CourseId, S2, Person, On)]);

        CourseDecisions.Complete(course, Person, "한지호", On)
            .ThenEvents(new CourseCompleted(CourseId, CourseKind.MonitorTraining, 2027, "모니터링단 교육", Person, "한지호", 2, 2, On));
    }

    [Fact]
    public void Given_a_not_enrolled_person_when_completing_then_it_is_refused() =>
        CourseDecisions.Complete(GivenCourse(Opened), Person, "한지호", On).ThenRefused(CourseDecisions.EnrolmentRule);

    [Fact]
    public void Given_a_completion_when_completing_again_then_it_is_refused() =>
        CourseDecisions.Complete(GivenCourse([.. Enrolled, new CourseCompleted(CourseId, CourseKind.MonitorTraining, 2027, "모니터링단 교육", Person, "한지호", 0, 0, On)]), Person, "한지호", On)
            .ThenRefused(CourseDecisions.EnrolmentRule);
}
