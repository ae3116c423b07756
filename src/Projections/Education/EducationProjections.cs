using Hyeopchi.Domain.Education;
using JasperFx;
using JasperFx.Events;
using Marten.Events.Aggregation;
using Marten.Events.Projections;

namespace Hyeopchi.Projections.Education;

/// <summary>The course's decision state, folded live from its stream whenever a command needs it.</summary>
public partial class CourseStateProjection : SingleStreamProjection<Course, Guid>
{
    public override Course? Evolve(Course? snapshot, Guid id, IEvent e) => Course.Evolve(snapshot, e.Data);
}

public sealed record SessionView(Guid Id, string Title, DateOnly On, List<Guid> Attendees);

public sealed class Participant
{
    public Guid PersonId { get; set; }
    public string Name { get; set; } = "";
    public DateOnly EnrolledOn { get; set; }
    public int Attended { get; set; }
    public DateOnly? CompletedOn { get; set; }
}

/// <summary>교육 과정: a course with its sessions, who attended, who enrolled and who completed.</summary>
public sealed class CourseView : IRevisioned
{
    public Guid Id { get; set; }
    public CourseKind Kind { get; set; }
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public int AttendanceThreshold { get; set; }
    public DateOnly OpenedOn { get; set; }
    public List<SessionView> Sessions { get; set; } = [];
    public List<Participant> Participants { get; set; } = [];

    /// <summary>협의 부서 (plan L46), and since when.</summary>
    public string? PartnerDepartment { get; set; }

    public DateOnly? PartnerDepartmentSince { get; set; }

    /// <summary>Every department the course had, oldest first, with the reason of each change.</summary>
    public List<PartnerDepartmentEntry> PartnerDepartmentHistory { get; set; } = [];

    public int Version { get; set; }
}

public sealed record PartnerDepartmentEntry(string Department, DateOnly On, string? Reason);

public partial class CourseViewProjection : SingleStreamProjection<CourseView, Guid>
{
    /// <summary>Only the events it folds: a rebuild then reads just these, and inline skips other streams.</summary>
    public CourseViewProjection()
    {
        IncludeType<CourseOpened>();
        IncludeType<CourseSessionHeld>();
        IncludeType<CourseAttendanceRecorded>();
        IncludeType<CourseEnrolled>();
        IncludeType<CourseCompleted>();
        IncludeType<CoursePartnerDepartmentSet>();
    }

    public override CourseView? Evolve(CourseView? snapshot, Guid id, IEvent e)
    {
        switch (e.Data)
        {
            case CourseOpened opened:
                return new CourseView
                {
                    Id = opened.CourseId, Kind = opened.Kind, Year = opened.Year, Title = opened.Title,
                    AttendanceThreshold = opened.AttendanceThreshold, OpenedOn = opened.On,
                };
            case CourseSessionHeld held when snapshot is not null:
                snapshot.Sessions.Add(new SessionView(held.SessionId, held.Title, held.On, [.. held.Attendees]));
                foreach (var p in snapshot.Participants.Where(p => held.Attendees.Contains(p.PersonId))) p.Attended++;
                return snapshot;
            case CourseAttendanceRecorded attended when snapshot is not null:
                snapshot.Sessions.Single(s => s.Id == attended.SessionId).Attendees.Add(attended.PersonId);
                foreach (var p in snapshot.Participants.Where(p => p.PersonId == attended.PersonId)) p.Attended++;
                return snapshot;
            case CourseEnrolled enrolled when snapshot is not null:
                snapshot.Participants.Add(new Participant { PersonId = enrolled.PersonId, Name = enrolled.PersonName, EnrolledOn = enrolled.On });
                return snapshot;
            case CourseCompleted completed when snapshot is not null:
                foreach (var p in snapshot.Participants.Where(p => p.PersonId == completed.PersonId)) p.CompletedOn = completed.On;
                return snapshot;
            case CoursePartnerDepartmentSet partner when snapshot is not null:
                snapshot.PartnerDepartment = partner.Department;
                snapshot.PartnerDepartmentSince = partner.On;
                snapshot.PartnerDepartmentHistory.Add(new PartnerDepartmentEntry(partner.Department, partner.On, partner.Reason));
                return snapshot;
            default:
                return snapshot;
        }
    }
}

public sealed class TrainingEntry
{
    public Guid CourseId { get; set; }
    public CourseKind Kind { get; set; }
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public DateOnly EnrolledOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public int? Attended { get; set; }
    public int? Sessions { get; set; }
}

/// <summary>
/// 수강 기록: one person's enrolment in one course, and its completion. Both events are events of
/// that course's stream, so the document has one writer stream, whose commands the store already
/// serialises (each checks the course's version): two commands on different courses never write
/// the same document. A person's training record is the set of these with their id
/// (<see cref="TrainingFacts"/>); decisions read them there.
/// </summary>
public sealed class PersonCourse
{
    public string Id { get; set; } = "";
    public Guid PersonId { get; set; }
    public Guid CourseId { get; set; }
    public CourseKind Kind { get; set; }
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public DateOnly EnrolledOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public int? Attended { get; set; }
    public int? Sessions { get; set; }

    public static string KeyOf(Guid personId, Guid courseId) => $"{personId:N}|{courseId:N}";

    public TrainingEntry ToEntry() => new()
    {
        CourseId = CourseId, Kind = Kind, Year = Year, Title = Title, EnrolledOn = EnrolledOn,
        CompletedOn = CompletedOn, Attended = Attended, Sessions = Sessions,
    };
}

/// <summary>Keyed by (person, course): each document is fed by one course's stream only.</summary>
public partial class PersonCourseProjection : MultiStreamProjection<PersonCourse, string>
{
    public PersonCourseProjection()
    {
        IncludeType<CourseEnrolled>();
        IncludeType<CourseCompleted>();
        Identity<CourseEnrolled>(e => PersonCourse.KeyOf(e.PersonId, e.CourseId));
        Identity<CourseCompleted>(e => PersonCourse.KeyOf(e.PersonId, e.CourseId));
    }

    public override PersonCourse? Evolve(PersonCourse? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case CourseEnrolled enrolled:
                return new PersonCourse
                {
                    Id = id, PersonId = enrolled.PersonId, CourseId = enrolled.CourseId, Kind = enrolled.Kind, Year = enrolled.Year,
                    Title = enrolled.Title, EnrolledOn = enrolled.On,
                };
            case CourseCompleted completed when snapshot is not null:
                snapshot.CompletedOn = completed.On;
                snapshot.Attended = completed.Attended;
                snapshot.Sessions = completed.Sessions;
                return snapshot;
            default:
                return snapshot;
        }
    }
}

/// <summary>
/// 교육 이력 (the web admin's copy): a person's enrolments and completions across years, gathered
/// from every course's stream into one document per person. Commands on different courses write
/// this one document concurrently, and the last to commit wins: it can lose entries. Nothing
/// decides from it and the API does not read it; <see cref="TrainingFacts"/> reads
/// <see cref="PersonCourse"/> instead. Kept only while the admin's training page loads it.
/// </summary>
public sealed class PersonTraining
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public List<TrainingEntry> Courses { get; set; } = [];
}

public partial class PersonTrainingProjection : MultiStreamProjection<PersonTraining, Guid>
{
    public PersonTrainingProjection()
    {
        IncludeType<CourseEnrolled>();
        IncludeType<CourseCompleted>();
        Identity<CourseEnrolled>(e => e.PersonId);
        Identity<CourseCompleted>(e => e.PersonId);
    }

    public override PersonTraining? Evolve(PersonTraining? snapshot, Guid id, IEvent e)
    {
        switch (e.Data)
        {
            case CourseEnrolled enrolled:
                snapshot ??= new PersonTraining { Id = enrolled.PersonId };
                snapshot.Name = enrolled.PersonName;
                snapshot.Courses.Add(new TrainingEntry
                {
                    CourseId = enrolled.CourseId, Kind = enrolled.Kind, Year = enrolled.Year, Title = enrolled.Title, EnrolledOn = enrolled.On,
                });
                snapshot.Courses.Sort((a, b) => (a.Year, a.EnrolledOn).CompareTo((b.Year, b.EnrolledOn)));
                return snapshot;
            case CourseCompleted completed when snapshot is not null:
                foreach (var c in snapshot.Courses.Where(c => c.CourseId == completed.CourseId))
                {
                    c.CompletedOn = completed.On;
                    c.Attended = completed.Attended;
                    c.Sessions = completed.Sessions;
                }

                return snapshot;
            default:
                return snapshot;
        }
    }
}
