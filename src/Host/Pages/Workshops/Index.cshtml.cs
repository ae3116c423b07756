using Hyeopchi.Domain.People;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Divisions;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.People;
using Hyeopchi.Host.Workshops;
using Hyeopchi.Projections.Workshops;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NetworkState = Hyeopchi.Domain.Network.Network;

namespace Hyeopchi.Host.Pages.Workshops;

public sealed class HoldWorkshopForm
{
    public string? Kind { get; set; }
    public string? Scope { get; set; }
    public string? DivisionId { get; set; }
    public string? CounterpartDepartment { get; set; }
    public string? Title { get; set; }
    public List<string> Participants { get; set; } = [];
    public string? EducationTopics { get; set; }
    public string? ReviewedMonitoringYear { get; set; }
    public string? On { get; set; }
}

/// <summary>워크숍 목록과 기록: GET /api/workshops?year= and the POST /api/workshops command through <see cref="AdminCommands"/>.</summary>
public class IndexModel(IQuerySession query, BusinessCalendar calendar, AdminCommands commands) : AdminPage
{
    public const string HoldForm = "hold";

    public int Year { get; private set; }

    public IReadOnlyList<WorkshopView> Workshops { get; private set; } = [];

    public IReadOnlyList<DivisionSummary> Divisions { get; private set; } = [];

    public IReadOnlyList<Person> People { get; private set; } = [];

    public NetworkState? Network { get; private set; }

    [BindProperty] public HoldWorkshopForm Hold { get; set; } = new();

    public async Task OnGetAsync(int? year, CancellationToken ct) => await Load(year, ct);

    public Task<IActionResult> OnPostHoldAsync(CancellationToken ct) => Post<HoldWorkshop>(HoldForm, async () =>
    {
        if (!FormValues.TryParseDate(Hold.On, out var on)) return Outcome.Invalid("on", Korean.NotADate);
        if (!FormValues.TryParse<WorkshopKind>(Hold.Kind, out var kind)) return Outcome.Invalid("kind", Korean.NotAChoice);
        if (!FormValues.TryParse<WorkshopScope>(Hold.Scope, out var scope)) return Outcome.Invalid("scope", Korean.NotAChoice);
        if (!FormValues.TryParseIds([Hold.DivisionId ?? ""], out var division)) return Outcome.Invalid("divisionId", Korean.NotAChoice);
        if (!FormValues.TryParseIds(Hold.Participants, out var participants)) return Outcome.Invalid("participants", Korean.NotAChoice);
        if (!FormValues.TryParseInt(Hold.ReviewedMonitoringYear, out var reviewed)) return Outcome.Invalid("reviewedMonitoringYear", Korean.NotANumber);
        var topics = (Hold.EducationTopics ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return await commands.SendAsync(HttpContext, new HoldWorkshop(kind, scope, division.Count == 0 ? null : division[0], Blank(Hold.CounterpartDepartment),
            Blank(Hold.Title), participants, topics, reviewed, on));
    }, o => $"/workshops/{o.CreatedId}?done=held", () => Load(null, ct));

    /// <summary>R5 as the Domain decides it (<see cref="WorkshopReadings.LackingMonitoringReviewAsync"/>); a withdrawn workshop is never flagged.</summary>
    public bool FlaggedR5(WorkshopView w) => Flagged.Contains(w.Id);

    public IReadOnlySet<Guid> Flagged { get; private set; } = new HashSet<Guid>();

    /// <summary>The year shown when none was asked for (this year, or the latest with workshops).</summary>
    public Domain.Common.ShownYear? Shown { get; private set; }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private async Task Load(int? year, CancellationToken ct)
    {
        Shown = year is >= 2000 and <= 2100 ? null : await YearsOnRecord.WorkshopsAsync(query, calendar.Today, ct);
        Year = Shown?.Year ?? year!.Value;
        Workshops = await WorkshopQueries.List(Year, query, ct);
        Flagged = await WorkshopReadings.LackingMonitoringReviewAsync(query, Workshops, ct);
        Network = await query.LoadAsync<NetworkState>(NetworkState.StreamId, ct);
        Divisions = await DivisionQueries.List(query, ct);
        People = await PeopleToChooseAsync(query, ct, typeof(HoldWorkshop));
    }
}
