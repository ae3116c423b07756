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

    private int _year;

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
        _year = year;
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

    public Task<IActionResult> OnPostSubmitAsync(int year, CancellationToken ct) => Run<SubmitExhibit>(year, SubmitForm, Exhibit, on =>
        !FormValues.TryParse<OrganisationType>(Exhibit.OrganisationType, out var type)
            ? Finish(SubmitForm, Outcome.Invalid("organisationType", Korean.NotAChoice), ct)
            : !FormValues.TryParse<PolicyRealisation>(Exhibit.Realisation, out var realisation)
            ? Finish(SubmitForm, Outcome.Invalid("realisation", Korean.NotAChoice), ct)
            : Send(SubmitForm, new SubmitExhibit(Exhibit.Organisation, type, Exhibit.Title, Exhibit.Summary, realisation, on) { Year = year }, ct), ct);

    public Task<IActionResult> OnPostReviewAsync(int year, CancellationToken ct) => Run<ReviewExhibit>(year, ReviewForm, Review, on =>
    {
        if (Id(Review.ExhibitId) is not { } exhibitId) return Finish(ReviewForm, Outcome.Invalid("exhibitId", Korean.NotAChoice), ct);
        if (!FormValues.TryParse<ReviewDecision>(Review.Decision, out var decision)) return Finish(ReviewForm, Outcome.Invalid("decision", Korean.NotAChoice), ct);
        return Send(ReviewForm, new ReviewExhibit(decision, Review.Reason, on) { Year = year, ExhibitId = exhibitId }, ct);
    }, ct);

    public Task<IActionResult> OnPostPlaceAsync(int year, CancellationToken ct) => Run<PlaceExhibit>(year, PlaceForm, Placement, on =>
    {
        if (Id(Placement.ExhibitId) is not { } exhibitId) return Finish(PlaceForm, Outcome.Invalid("exhibitId", Korean.NotAChoice), ct);
        if (!FormValues.TryParse<PlacementKind>(Placement.Kind, out var kind)) return Finish(PlaceForm, Outcome.Invalid("kind", Korean.NotAChoice), ct);
        return Send(PlaceForm, new PlaceExhibit(kind, Placement.Location, on) { Year = year, ExhibitId = exhibitId }, ct);
    }, ct);

    public Task<IActionResult> OnPostStaffAsync(int year, CancellationToken ct) => Run<AssignExhibitStaff>(year, StaffForm, Staff, on =>
    {
        if (Id(Staff.ExhibitId) is not { } exhibitId) return Finish(StaffForm, Outcome.Invalid("exhibitId", Korean.NotAChoice), ct);
        if (!FormValues.TryParse<StaffShift>(Staff.Shift, out var shift)) return Finish(StaffForm, Outcome.Invalid("shift", Korean.NotAChoice), ct);
        if (!FormValues.TryParseDate(Staff.Day, out var day)) return Finish(StaffForm, Outcome.Invalid("day", Korean.NotADate), ct);
        return Send(StaffForm, new AssignExhibitStaff(Staff.Name, day, shift, on) { Year = year, ExhibitId = exhibitId }, ct);
    }, ct);

    public Task<IActionResult> OnPostOpenAsync(int year, CancellationToken ct) => Run<OpenExpo>(year, OpenForm, Opening, on =>
        Send(OpenForm, new OpenExpo(on) { Year = year }, ct), ct);

    public Task<IActionResult> OnPostCloseAsync(int year, CancellationToken ct) => Run<CloseExpo>(year, CloseForm, Closing, on =>
        Send(CloseForm, new CloseExpo(on) { Year = year }, ct), ct);

    public Task<IActionResult> OnPostLinkageAsync(int year, CancellationToken ct) => Run<RecordExpoLinkage>(year, LinkageForm, Linkage, on =>
        Send(LinkageForm, new RecordExpoLinkage(Id(Linkage.ExhibitId), Linkage.Organisation, Linkage.Project, on) { Year = year }, ct), ct);

    public Task<IActionResult> OnPostVenueAsync(int year, CancellationToken ct) => Run<ChangeExpoVenue>(year, VenueForm, VenueChange, on =>
        Send(VenueForm, new ChangeExpoVenue(VenueChange.Venue, VenueChange.Reason, on) { Year = year }, ct), ct);

    public Task<IActionResult> OnPostTeamAsync(int year, CancellationToken ct) => Run<JoinExpoPlanningTeam>(year, TeamForm, Team, on =>
        Send(TeamForm, new JoinExpoPlanningTeam(Id(Team.PersonId), Team.Role, on) { Year = year }, ct), ct);

    public Task<IActionResult> OnPostPromotionAsync(int year, CancellationToken ct) => Run<SetExpoPromotion>(year, PromotionForm, Promotion, on =>
    {
        if (!FormValues.TryParseDate(Promotion.StartsOn, out var starts)) return Finish(PromotionForm, Outcome.Invalid("startsOn", Korean.NotADate), ct);
        if (!FormValues.TryParseDate(Promotion.EndsOn, out var ends)) return Finish(PromotionForm, Outcome.Invalid("endsOn", Korean.NotADate), ct);
        return Send(PromotionForm, new SetExpoPromotion(starts, ends, Promotion.Reason, on) { Year = year }, ct);
    }, ct);

    public Task<IActionResult> OnPostSideEventAsync(int year, CancellationToken ct) => Run<RecordExpoSideEvent>(year, SideEventForm, SideEvent, on =>
        !FormValues.TryParseDate(SideEvent.Day, out var day)
            ? Finish(SideEventForm, Outcome.Invalid("day", Korean.NotADate), ct)
            : Send(SideEventForm, new RecordExpoSideEvent(SideEvent.Title, day, SideEvent.Place, SideEvent.Organiser, on) { Year = year }, ct), ct);

    public Task<IActionResult> OnPostSideEventWithdrawalAsync(int year, CancellationToken ct) =>
        Run<WithdrawExpoSideEvent>(year, SideEventWithdrawalForm, SideEventWithdrawal, on =>
            Id(SideEventWithdrawal.SideEventId) is not { } sideEventId
                ? Finish(SideEventWithdrawalForm, Outcome.Invalid("sideEventId", Korean.NotAChoice), ct)
                : Send(SideEventWithdrawalForm, new WithdrawExpoSideEvent(SideEventWithdrawal.Reason, on) { Year = year, SideEventId = sideEventId }, ct), ct);

    public Task<IActionResult> OnPostRealisationAsync(int year, CancellationToken ct) => Run<CorrectExhibitRealisation>(year, RealisationForm, RealisationCorrection, on =>
    {
        if (Id(RealisationCorrection.ExhibitId) is not { } exhibitId) return Finish(RealisationForm, Outcome.Invalid("exhibitId", Korean.NotAChoice), ct);
        if (!FormValues.TryParse<PolicyRealisation>(RealisationCorrection.Realisation, out var realisation))
            return Finish(RealisationForm, Outcome.Invalid("realisation", Korean.NotAChoice), ct);
        return Send(RealisationForm, new CorrectExhibitRealisation(realisation, RealisationCorrection.Reason, on) { Year = year, ExhibitId = exhibitId }, ct);
    }, ct);

    public Task<IActionResult> OnPostWithdrawalAsync(int year, CancellationToken ct) => Run<WithdrawExhibit>(year, WithdrawalForm, Withdrawal, on =>
        Id(Withdrawal.ExhibitId) is not { } exhibitId
            ? Finish(WithdrawalForm, Outcome.Invalid("exhibitId", Korean.NotAChoice), ct)
            : Send(WithdrawalForm, new WithdrawExhibit(Withdrawal.Reason, on) { Year = year, ExhibitId = exhibitId }, ct), ct);

    public Task<IActionResult> OnPostRescheduleAsync(int year, CancellationToken ct) => Run<RescheduleExpo>(year, RescheduleForm, Reschedule, on =>
    {
        if (!FormValues.TryParseDate(Reschedule.SubmissionsOpen, out var submissionsOpen)) return Finish(RescheduleForm, Outcome.Invalid("submissionsOpen", Korean.NotADate), ct);
        if (!FormValues.TryParseDate(Reschedule.SubmissionsClose, out var submissionsClose)) return Finish(RescheduleForm, Outcome.Invalid("submissionsClose", Korean.NotADate), ct);
        if (!FormValues.TryParseDate(Reschedule.OpensOn, out var opensOn)) return Finish(RescheduleForm, Outcome.Invalid("opensOn", Korean.NotADate), ct);
        if (!FormValues.TryParseDate(Reschedule.ClosesOn, out var closesOn)) return Finish(RescheduleForm, Outcome.Invalid("closesOn", Korean.NotADate), ct);
        return Send(RescheduleForm, new RescheduleExpo(submissionsOpen, submissionsClose, opensOn, closesOn, Reschedule.Reason, on) { Year = year }, ct);
    }, ct);

    /// <summary>Refuses a role that may not run the form's command, reads the form's date (blank for today), then lets the form send its command.</summary>
    private async Task<IActionResult> Run<TCommand>(int year, string form, ExpoForm input, Func<DateOnly?, Task<IActionResult>> send, CancellationToken ct) where TCommand : ICommand
    {
        _year = year;
        if (!MayRun<TCommand>()) return Forbid();
        if (Date(input.On, out var on) is { } invalid) return await Finish(form, invalid, ct);
        return await send(on);
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await ExpoQueries.LoadAsync(query, _year, ct) is not { } expo) return false;
        Expo = expo;
        if (User.MayCommand()) People = await query.Query<Hyeopchi.Domain.People.Person>().OrderBy(p => p.Name).ToListAsync(ct);
        return true;
    }
}
