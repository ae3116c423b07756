using Hyeopchi.Domain.Expos;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Expos;
using Hyeopchi.Projections.Expos;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.Expo;

public sealed class ExpoForm
{
    public string? ExhibitId { get; set; }
    public string? Organisation { get; set; }
    public string? OrganisationType { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Decision { get; set; }
    public string? Reason { get; set; }
    public string? Kind { get; set; }
    public string? Location { get; set; }
    public string? Name { get; set; }
    public string? Day { get; set; }
    public string? Shift { get; set; }
    public string? Project { get; set; }
    public string? Venue { get; set; }
    public string? PersonId { get; set; }
    public string? Role { get; set; }
    public string? Realisation { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    public string? Place { get; set; }
    public string? Organiser { get; set; }
    public string? SideEventId { get; set; }
    public string? SubmissionsOpen { get; set; }
    public string? SubmissionsClose { get; set; }
    public string? OpensOn { get; set; }
    public string? ClosesOn { get; set; }
    public string? On { get; set; }
}

/// <summary>
/// 정책 박람회 페이지: GET /api/expos/{year}'s read (every exhibit with its review, placement, staff and
/// linkages), and forms that send the expo commands: submission (R9's window), review,
/// placement, staff, opening (R9: every accepted exhibit staffed), closing and linkages; the promotion
/// period, side events and each exhibit's mark as realised or hoped for (L41); an exhibit withdrawn by its
/// organisation and the expo's dates changed before it opens (R9, R10).
/// </summary>
public class DetailModel(IQuerySession query, AdminCommands commands) : RecordPage(commands)
{
    public const string SubmitForm = "submit";
    public const string ReviewForm = "review";
    public const string PlaceForm = "place";
    public const string StaffForm = "staff";
    public const string OpenForm = "open";
    public const string CloseForm = "close";
    public const string LinkageForm = "linkage";
    public const string VenueForm = "venue";
    public const string TeamForm = "team";
    public const string PromotionForm = "promotion";
    public const string SideEventForm = "side-event";
    public const string SideEventWithdrawalForm = "side-event-withdrawal";
    public const string RealisationForm = "realisation";
    public const string WithdrawalForm = "withdrawal";
    public const string RescheduleForm = "reschedule";

    private int _year => RouteYear;

    public ExpoCatalogue Expo { get; private set; } = null!;

    public IReadOnlyList<Hyeopchi.Domain.People.Person> People { get; private set; } = [];

    [BindProperty] public ExpoForm Exhibit { get; set; } = new();
    [BindProperty] public ExpoForm Review { get; set; } = new();
    [BindProperty] public ExpoForm Placement { get; set; } = new();
    [BindProperty] public ExpoForm Staff { get; set; } = new();
    [BindProperty] public ExpoForm Opening { get; set; } = new();
    [BindProperty] public ExpoForm Closing { get; set; } = new();
    [BindProperty] public ExpoForm Linkage { get; set; } = new();
    [BindProperty] public ExpoForm VenueChange { get; set; } = new();
    [BindProperty] public ExpoForm Team { get; set; } = new();
    [BindProperty] public ExpoForm Promotion { get; set; } = new();
    [BindProperty] public ExpoForm SideEvent { get; set; } = new();
    [BindProperty] public ExpoForm SideEventWithdrawal { get; set; } = new();
    [BindProperty] public ExpoForm RealisationCorrection { get; set; } = new();
    [BindProperty] public ExpoForm Withdrawal { get; set; } = new();
    [BindProperty] public ExpoForm Reschedule { get; set; } = new();

    protected override string Here => $"/expo/{_year}";

    public async Task<IActionResult> OnGetAsync(int year, string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "planned" => "박람회를 계획했습니다.",
            SubmitForm => "출품 신청을 기록했습니다.",
            ReviewForm => "심사 결과를 기록했습니다.",
            PlaceForm => "배치를 기록했습니다.",
            StaffForm => "상주 인력을 배정했습니다.",
            OpenForm => "박람회가 개막했습니다.",
            CloseForm => "박람회가 폐막했습니다.",
            LinkageForm => "연계 성과를 기록했습니다.",
            VenueForm => "장소를 바꿨습니다.",
            TeamForm => "추진팀에 합류했습니다.",
            PromotionForm => "홍보 기간을 기록했습니다.",
            SideEventForm => "부대 행사를 기록했습니다.",
            SideEventWithdrawalForm => "부대 행사를 철회했습니다.",
            RealisationForm => "출품의 정책 구분을 정정했습니다.",
            WithdrawalForm => Korean.Forms.ExhibitWithdrawn,
            RescheduleForm => Korean.Forms.ExpoRescheduled,
            _ => null,
        };
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostSubmitAsync(int year, CancellationToken ct) => Run<SubmitExhibit>(SubmitForm, Exhibit.On, on =>
        !FormValues.TryParse<OrganisationType>(Exhibit.OrganisationType, out var type)
            ? NotAChoice("organisationType")
            : !FormValues.TryParse<PolicyRealisation>(Exhibit.Realisation, out var realisation)
            ? NotAChoice("realisation")
            : SendAsync(new SubmitExhibit(Exhibit.Organisation, type, Exhibit.Title, Exhibit.Summary, realisation, on) { Year = year }), ct);

    public Task<IActionResult> OnPostReviewAsync(int year, CancellationToken ct) => Run<ReviewExhibit>(ReviewForm, Review.On, on =>
    {
        if (Id(Review.ExhibitId) is not { } exhibitId) return NotAChoice("exhibitId");
        if (!FormValues.TryParse<ReviewDecision>(Review.Decision, out var decision)) return NotAChoice("decision");
        return SendAsync(new ReviewExhibit(decision, Review.Reason, on) { Year = year, ExhibitId = exhibitId });
    }, ct);

    public Task<IActionResult> OnPostPlaceAsync(int year, CancellationToken ct) => Run<PlaceExhibit>(PlaceForm, Placement.On, on =>
    {
        if (Id(Placement.ExhibitId) is not { } exhibitId) return NotAChoice("exhibitId");
        if (!FormValues.TryParse<PlacementKind>(Placement.Kind, out var kind)) return NotAChoice("kind");
        return SendAsync(new PlaceExhibit(kind, Placement.Location, on) { Year = year, ExhibitId = exhibitId });
    }, ct);

    public Task<IActionResult> OnPostStaffAsync(int year, CancellationToken ct) => Run<AssignExhibitStaff>(StaffForm, Staff.On, on =>
    {
        if (Id(Staff.ExhibitId) is not { } exhibitId) return NotAChoice("exhibitId");
        if (!FormValues.TryParse<StaffShift>(Staff.Shift, out var shift)) return NotAChoice("shift");
        if (!FormValues.TryParseDate(Staff.Day, out var day)) return NotADate("day");
        return SendAsync(new AssignExhibitStaff(Staff.Name, day, shift, on) { Year = year, ExhibitId = exhibitId });
    }, ct);

    public Task<IActionResult> OnPostOpenAsync(int year, CancellationToken ct) => Run<OpenExpo>(OpenForm, Opening.On, on =>
        SendAsync(new OpenExpo(on) { Year = year }), ct);

    public Task<IActionResult> OnPostCloseAsync(int year, CancellationToken ct) => Run<CloseExpo>(CloseForm, Closing.On, on =>
        SendAsync(new CloseExpo(on) { Year = year }), ct);

    public Task<IActionResult> OnPostLinkageAsync(int year, CancellationToken ct) => Run<RecordExpoLinkage>(LinkageForm, Linkage.On, on =>
        SendAsync(new RecordExpoLinkage(Id(Linkage.ExhibitId), Linkage.Organisation, Linkage.Project, on) { Year = year }), ct);

    public Task<IActionResult> OnPostVenueAsync(int year, CancellationToken ct) => Run<ChangeExpoVenue>(VenueForm, VenueChange.On, on =>
        SendAsync(new ChangeExpoVenue(VenueChange.Venue, VenueChange.Reason, on) { Year = year }), ct);

    public Task<IActionResult> OnPostTeamAsync(int year, CancellationToken ct) => Run<JoinExpoPlanningTeam>(TeamForm, Team.On, on =>
        SendAsync(new JoinExpoPlanningTeam(Id(Team.PersonId), Team.Role, on) { Year = year }), ct);

    public Task<IActionResult> OnPostPromotionAsync(int year, CancellationToken ct) => Run<SetExpoPromotion>(PromotionForm, Promotion.On, on =>
    {
        if (!FormValues.TryParseDate(Promotion.StartsOn, out var starts)) return NotADate("startsOn");
        if (!FormValues.TryParseDate(Promotion.EndsOn, out var ends)) return NotADate("endsOn");
        return SendAsync(new SetExpoPromotion(starts, ends, Promotion.Reason, on) { Year = year });
    }, ct);

    public Task<IActionResult> OnPostSideEventAsync(int year, CancellationToken ct) => Run<RecordExpoSideEvent>(SideEventForm, SideEvent.On, on =>
        !FormValues.TryParseDate(SideEvent.Day, out var day)
            ? NotADate("day")
            : SendAsync(new RecordExpoSideEvent(SideEvent.Title, day, SideEvent.Place, SideEvent.Organiser, on) { Year = year }), ct);

    public Task<IActionResult> OnPostSideEventWithdrawalAsync(int year, CancellationToken ct) =>
        Run<WithdrawExpoSideEvent>(SideEventWithdrawalForm, SideEventWithdrawal.On, on =>
            Id(SideEventWithdrawal.SideEventId) is not { } sideEventId
                ? NotAChoice("sideEventId")
                : SendAsync(new WithdrawExpoSideEvent(SideEventWithdrawal.Reason, on) { Year = year, SideEventId = sideEventId }), ct);

    public Task<IActionResult> OnPostRealisationAsync(int year, CancellationToken ct) => Run<CorrectExhibitRealisation>(RealisationForm, RealisationCorrection.On, on =>
    {
        if (Id(RealisationCorrection.ExhibitId) is not { } exhibitId) return NotAChoice("exhibitId");
        if (!FormValues.TryParse<PolicyRealisation>(RealisationCorrection.Realisation, out var realisation))
            return NotAChoice("realisation");
        return SendAsync(new CorrectExhibitRealisation(realisation, RealisationCorrection.Reason, on) { Year = year, ExhibitId = exhibitId });
    }, ct);

    public Task<IActionResult> OnPostWithdrawalAsync(int year, CancellationToken ct) => Run<WithdrawExhibit>(WithdrawalForm, Withdrawal.On, on =>
        Id(Withdrawal.ExhibitId) is not { } exhibitId
            ? NotAChoice("exhibitId")
            : SendAsync(new WithdrawExhibit(Withdrawal.Reason, on) { Year = year, ExhibitId = exhibitId }), ct);

    public Task<IActionResult> OnPostRescheduleAsync(int year, CancellationToken ct) => Run<RescheduleExpo>(RescheduleForm, Reschedule.On, on =>
    {
        if (!FormValues.TryParseDate(Reschedule.SubmissionsOpen, out var submissionsOpen)) return NotADate("submissionsOpen");
        if (!FormValues.TryParseDate(Reschedule.SubmissionsClose, out var submissionsClose)) return NotADate("submissionsClose");
        if (!FormValues.TryParseDate(Reschedule.OpensOn, out var opensOn)) return NotADate("opensOn");
        if (!FormValues.TryParseDate(Reschedule.ClosesOn, out var closesOn)) return NotADate("closesOn");
        return SendAsync(new RescheduleExpo(submissionsOpen, submissionsClose, opensOn, closesOn, Reschedule.Reason, on) { Year = year });
    }, ct);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await ExpoQueries.LoadAsync(query, _year, ct) is not { } expo) return false;
        Expo = expo;
        People = await PeopleToChooseAsync(query, ct, typeof(JoinExpoPlanningTeam));
        return true;
    }
}
