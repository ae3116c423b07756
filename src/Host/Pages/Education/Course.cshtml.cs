using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Education;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Projections.Education;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.Education;

public sealed class CourseForm
{
    public string? PersonId { get; set; }
    public string? SessionId { get; set; }
    public string? Title { get; set; }
    public List<string> Attendees { get; set; } = [];
    public string? On { get; set; }
}

/// <summary>교육 과정 페이지: GET /api/courses/{id}'s read, and forms for enrolment, sessions, attendance and completion.</summary>
public class CourseModel(IQuerySession query, BusinessCalendar calendar, AdminCommands commands) : RecordPage(commands)
{
    public const string EnrolForm = "enrol";
    public const string SessionForm = "session";
    public const string AttendanceForm = "attendance";
    public const string CompleteForm = "complete";

    private Guid _id;

    public CourseView Course { get; private set; } = null!;
    public IReadOnlyList<Person> People { get; private set; } = [];

    [BindProperty] public CourseForm Enrol { get; set; } = new();
    [BindProperty] public CourseForm Session { get; set; } = new();
    [BindProperty] public CourseForm Attendance { get; set; } = new();
    [BindProperty] public CourseForm Completion { get; set; } = new();

    protected override string Here => $"/education/{_id}";

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        _id = id;
        Notice = done switch
        {
            "opened" => "과정을 개설했습니다.",
            EnrolForm => "수강 신청을 기록했습니다.",
            SessionForm => "회차를 기록했습니다.",
            AttendanceForm => "출석을 기록했습니다.",
            CompleteForm => "수료를 기록했습니다.",
            _ => null,
        };
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostEnrolAsync(Guid id, CancellationToken ct) => Run(id, EnrolForm, Enrol, async (session, on) =>
    {
        var command = new CoursePerson(Id(Enrol.PersonId), on);
        var (person, problem) = await EnrolEndpoint.LoadAsync(command, session, ct);
        if (Outcome.From(problem) is { } stopped) return stopped;
        if (await Fetch(session, ct) is not { } course) return Missing;
        EnrolEndpoint.Post(command, course, person, calendar);
        return null;
    }, ct);

    public Task<IActionResult> OnPostSessionAsync(Guid id, CancellationToken ct) => Run(id, SessionForm, Session, async (session, on) =>
    {
        var command = new HoldSession(Session.Title, Session.Attendees.Select(Id).OfType<Guid>().ToList(), on);
        if (Outcome.From(HoldSessionEndpoint.Validate(command)) is { } invalid) return invalid;
        if (await Fetch(session, ct) is not { } course) return Missing;
        HoldSessionEndpoint.Post(command, course, calendar);
        return null;
    }, ct);

    public Task<IActionResult> OnPostAttendanceAsync(Guid id, CancellationToken ct) => Run(id, AttendanceForm, Attendance, async (session, on) =>
    {
        if (Id(Attendance.SessionId) is not { } sessionId) return Outcome.Invalid("sessionId", Korean.NotAChoice);
        var command = new RecordAttendance(Id(Attendance.PersonId), on);
        if (Outcome.From(RecordAttendanceEndpoint.Validate(command)) is { } invalid) return invalid;
        if (Outcome.From(await RecordAttendanceEndpoint.LoadAsync(id, sessionId, session, ct)) is { } stopped) return stopped;
        if (await Fetch(session, ct) is not { } course) return Missing;
        RecordAttendanceEndpoint.Post(command, sessionId, course, calendar);
        return null;
    }, ct);

    public Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct) => Run(id, CompleteForm, Completion, async (session, on) =>
    {
        var command = new CoursePerson(Id(Completion.PersonId), on);
        var (person, problem) = await CompleteEndpoint.LoadAsync(command, session, ct);
        if (Outcome.From(problem) is { } stopped) return stopped;
        if (await Fetch(session, ct) is not { } course) return Missing;
        CompleteEndpoint.Post(command, course, person, calendar);
        return null;
    }, ct);

    private async Task<IActionResult> Run(Guid id, string form, CourseForm input, Func<IDocumentSession, DateOnly?, Task<Outcome?>> work, CancellationToken ct)
    {
        _id = id;
        if (!User.MayCommand()) return Forbid();
        if (Date(input.On, out var on) is { } invalid) return await Finish(form, invalid, ct);
        return await Command(form, session => work(session, on), ct);
    }

    private Task<IEventStream<Course>?> Fetch(IDocumentSession session, CancellationToken ct) =>
        AdminCommands.ExistingStreamAsync<Course>(session, _id, ct);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await query.LoadAsync<CourseView>(_id, ct) is not { } course) return false;
        Course = course;
        if (User.MayCommand()) People = await query.Query<Person>().OrderBy(p => p.Name).ToListAsync(ct);
        return true;
    }
}
