using Hyeopchi.Domain.People;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Education;
using Hyeopchi.Projections.Education;
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
    public string? Department { get; set; }
    public string? Reason { get; set; }
}

/// <summary>교육 과정 페이지: GET /api/courses/{id}'s read, and forms for enrolment, sessions, attendance and completion.</summary>
public class CourseModel(IQuerySession query, AdminCommands commands) : RecordPage(commands)
{
    public const string EnrolForm = "enrol";
    public const string SessionForm = "session";
    public const string AttendanceForm = "attendance";
    public const string CompleteForm = "complete";
    public const string PartnerForm = "partner";

    private Guid _id => RouteId;

    public CourseView Course { get; private set; } = null!;
    public IReadOnlyList<Person> People { get; private set; } = [];

    /// <summary>Each participant's discovery and its standing (발굴 → 교육), by person.</summary>
    public IReadOnlyDictionary<Guid, ParticipantDiscovery> Discoveries { get; private set; } = new Dictionary<Guid, ParticipantDiscovery>();

    [BindProperty] public CourseForm Enrol { get; set; } = new();
    [BindProperty] public CourseForm Session { get; set; } = new();
    [BindProperty] public CourseForm Attendance { get; set; } = new();
    [BindProperty] public CourseForm Completion { get; set; } = new();
    [BindProperty] public CourseForm Partner { get; set; } = new();

    protected override string Here => $"/education/{_id}";

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "opened" => "과정을 개설했습니다.",
            EnrolForm => "수강 신청을 기록했습니다.",
            SessionForm => "회차를 기록했습니다.",
            AttendanceForm => "출석을 기록했습니다.",
            CompleteForm => "수료를 기록했습니다.",
            PartnerForm => "협의 부서를 기록했습니다.",
            _ => null,
        };
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostEnrolAsync(Guid id, CancellationToken ct) => Run<EnrolInCourse>(EnrolForm, Enrol.On, on =>
        SendAsync(new EnrolInCourse(Id(Enrol.PersonId), on) { Id = id }), ct);

    public Task<IActionResult> OnPostSessionAsync(Guid id, CancellationToken ct) => Run<HoldSession>(SessionForm, Session.On, on =>
        SendAsync(new HoldSession(Session.Title, Session.Attendees.Select(Id).OfType<Guid>().ToList(), on) { Id = id }), ct);

    public Task<IActionResult> OnPostAttendanceAsync(Guid id, CancellationToken ct) => Run<RecordAttendance>(AttendanceForm, Attendance.On, on =>
        Id(Attendance.SessionId) is not { } sessionId
            ? NotAChoice("sessionId")
            : SendAsync(new RecordAttendance(Id(Attendance.PersonId), on) { Id = id, SessionId = sessionId }), ct);

    public Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct) => Run<CompleteCourse>(CompleteForm, Completion.On, on =>
        SendAsync(new CompleteCourse(Id(Completion.PersonId), on) { Id = id }), ct);

    public Task<IActionResult> OnPostPartnerAsync(Guid id, CancellationToken ct) => Run<SetPartnerDepartment>(PartnerForm, Partner.On, on =>
        SendAsync(new SetPartnerDepartment(Partner.Department, Partner.Reason, on) { Id = id }), ct);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await query.LoadAsync<CourseView>(_id, ct) is not { } course) return false;
        Course = course;
        Discoveries = (await DiscoveryFacts.ParticipantsAsync(query, course, ct)).ToDictionary(d => d.PersonId);
        People = await PeopleToChooseAsync(query, ct, typeof(EnrolInCourse));
        return true;
    }
}
