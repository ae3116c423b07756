using Hyeopchi.Domain.Education;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Education;
using Hyeopchi.Projections.Education;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.Education;

public sealed class OpenCourseForm
{
    public string? Kind { get; set; }
    public string? Year { get; set; }
    public string? Title { get; set; }
    public string? AttendanceThreshold { get; set; }
    public string? On { get; set; }
}

/// <summary>교육 과정: GET /api/courses?year=&amp;kind= and the form that sends POST /api/courses's command.</summary>
public class IndexModel(IQuerySession query, AdminCommands commands) : AdminPage
{
    public const string OpenForm = "open";

    [BindProperty(SupportsGet = true, Name = "year")] public int? FilterYear { get; set; }
    [BindProperty(SupportsGet = true, Name = "kind")] public string? FilterKind { get; set; }

    public IReadOnlyList<CourseView> Courses { get; private set; } = [];

    /// <summary>주민 리더 후보: the discoveries of the year shown (every year's when none is), and what came of each.</summary>
    public IReadOnlyList<LeaderProspect> Prospects { get; private set; } = [];

    [BindProperty] public OpenCourseForm Open { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        FormValues.TryParse<CourseKind>(FilterKind, out var kind);
        Courses = await EducationQueries.List(FilterYear, kind, query, ct);
        Prospects = await DiscoveryFacts.ProspectsAsync(query, FilterYear, ct);
    }

    public Task<IActionResult> OnPostOpenAsync(CancellationToken ct) => Post<OpenCourse>(OpenForm, async () =>
    {
        int? year = int.TryParse(Open.Year, out var y) ? y : null;
        int? threshold = int.TryParse(Open.AttendanceThreshold, out var t) ? t : null;
        if (!FormValues.TryParseDate(Open.On, out var on)) return Outcome.Invalid("on", Korean.NotADate);
        if (!FormValues.TryParse<CourseKind>(Open.Kind, out var kind)) return Outcome.Invalid("kind", Korean.NotAChoice);
        if (!string.IsNullOrWhiteSpace(Open.Year) && year is null) return Outcome.Invalid("year", "연도를 숫자로 입력하세요.");
        if (!string.IsNullOrWhiteSpace(Open.AttendanceThreshold) && threshold is null) return Outcome.Invalid("attendanceThreshold", "숫자로 입력하세요.");
        return await commands.SendAsync(HttpContext, new OpenCourse(kind, year, Open.Title, threshold, on));
    }, o => $"/education/{o.CreatedId}?done=opened", () => OnGetAsync(ct));
}
