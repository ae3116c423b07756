using Hyeopchi.Domain.People;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Divisions;
using Hyeopchi.Host.Workshops;
using Hyeopchi.Projections.Workshops;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NetworkState = Hyeopchi.Domain.Network.Network;

namespace Hyeopchi.Host.Pages.Workshops;

/// <summary>The fields of the workshop page's forms; each form uses some of them (a correction's field left empty is not changed).</summary>
public sealed class WorkshopForm
{
    public string? FindingId { get; set; }
    public string? Kind { get; set; }
    public string? Viewpoint { get; set; }
    public string? Text { get; set; }
    public string? PersonId { get; set; }
    public string? Role { get; set; }
    public string? Title { get; set; }
    public string? Year { get; set; }

    /// <summary>A division's id, or "joint" for a joint civil–government task.</summary>
    public string? Owner { get; set; }

    public string? ProposalId { get; set; }
    public string? HeldOn { get; set; }
    public string? Scope { get; set; }
    public string? DivisionId { get; set; }
    public string? CounterpartDepartment { get; set; }
    public List<string> Participants { get; set; } = [];
    public string? ReviewedMonitoringYear { get; set; }
    public string? Reason { get; set; }
    public string? On { get; set; }
}

/// <summary>
/// 워크숍 페이지: GET /api/workshops/{id}'s read, and forms that send the finding, finding correction,
/// proposal and adoption commands through <see cref="AdminCommands"/>, and the workshop's own correction
/// and withdrawal (R10). A withdrawn workshop is shown as such, with no forms.
/// </summary>
public class DetailModel(IQuerySession query, AdminCommands commands) : RecordPage(commands)
{
    public const string FindingFormName = "finding";
    public const string ProposalFormName = "proposal";
    public const string AdoptFormName = "adopt";
    public const string CorrectionFormName = "correction";
    public const string OrganiserFormName = "organiser";
    public const string WorkshopCorrectionFormName = "workshop-correction";
    public const string WithdrawalFormName = "withdrawal";
    public const string Joint = "joint";

    public WorkshopView Workshop { get; private set; } = null!;

    public IReadOnlyList<DivisionSummary> Divisions { get; private set; } = [];

    public NetworkState? Network { get; private set; }

    /// <summary>The people a commander may put on the organising team.</summary>
    public IReadOnlyList<Person> People { get; private set; } = [];

    [BindProperty] public WorkshopForm Finding { get; set; } = new();
    [BindProperty] public WorkshopForm Proposal { get; set; } = new();
    [BindProperty] public WorkshopForm Adopt { get; set; } = new();
    [BindProperty] public WorkshopForm Correction { get; set; } = new();
    [BindProperty] public WorkshopForm Organiser { get; set; } = new();
    [BindProperty] public WorkshopForm WorkshopCorrection { get; set; } = new();
    [BindProperty] public WorkshopForm Withdrawal { get; set; } = new();

    /// <summary>R5 as the Domain decides it (<see cref="WorkshopReadings.LacksMonitoringReviewAsync"/>).</summary>
    public bool FlaggedR5 { get; private set; }

    /// <summary>At the integrated civil–government workshop: the findings of the year's division workshops its proposals may answer.</summary>
    public IReadOnlyList<(WorkshopView Workshop, FindingView Finding)> DivisionFindings { get; private set; } = [];

    public string FindingText(Guid? id) => Workshop.Findings.Find(f => f.Id == id) is { } f ? $"{Korean.Label(f.Kind)}: {f.Text}" : "—";

    /// <summary>The finding a proposal answers, in this workshop or (integration) in a division's workshop.</summary>
    public string AnsweredText(ProposalView p) =>
        p.FindingWorkshopId is { } other && DivisionFindings.FirstOrDefault(d => d.Workshop.Id == other && d.Finding.Id == p.FindingId) is { Workshop: not null } d
            ? $"{d.Workshop.DivisionName} 워크숍의 {Korean.Label(d.Finding.Kind)}: {d.Finding.Text}"
            : FindingText(p.FindingId);

    public string DivisionName(Guid? id) => Divisions.FirstOrDefault(d => d.Id == id?.ToString())?.Name ?? "—";

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "held" => "워크숍을 기록했습니다.",
            FindingFormName => "발견 사항을 기록했습니다.",
            ProposalFormName => "제안을 기록했습니다.",
            AdoptFormName => "전략 과제 채택을 기록했습니다.",
            CorrectionFormName => "발견 사항 정정을 기록했습니다. 원래 내용은 기록에 남습니다.",
            OrganiserFormName => "추진팀에 더했습니다.",
            WorkshopCorrectionFormName => "워크숍 정정을 기록했습니다. 원래 내용은 기록에 남습니다.",
            WithdrawalFormName => "워크숍을 철회했습니다. 기록에는 남지만 어떤 규칙에도 세지 않습니다.",
            _ => null,
        };
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostFindingAsync(Guid id, CancellationToken ct) => Run<RecordFinding>(FindingFormName, Finding.On, on =>
        !FormValues.TryParse<FindingKind>(Finding.Kind, out var kind) ? NotAChoice("kind")
        : !FormValues.TryParse<Viewpoint>(Finding.Viewpoint, out var viewpoint) ? NotAChoice("viewpoint")
        : SendAsync(new RecordFinding(kind, Finding.Text, on, viewpoint) { Id = id }), ct);

    public Task<IActionResult> OnPostProposalAsync(Guid id, CancellationToken ct) => Run<MakeProposal>(ProposalFormName, Proposal.On, on =>
    {
        // A division workshop's finding comes as "workshop/finding"; this workshop's as its id alone.
        var chosen = (Proposal.FindingId ?? "").Split('/');
        if (chosen.Length > 2 || !FormValues.TryParseIds(chosen, out var ids)) return NotAChoice("findingId");
        var command = ids.Count switch
        {
            2 => new MakeProposal(ids[1], Proposal.Text, on, ids[0]),
            1 => new MakeProposal(ids[0], Proposal.Text, on),
            _ => new MakeProposal(null, Proposal.Text, on),
        };
        return SendAsync(command with { Id = id });
    }, ct);

    public Task<IActionResult> OnPostAdoptAsync(Guid id, CancellationToken ct) => Run<AdoptStrategicTask>(AdoptFormName, Adopt.On, on =>
    {
        if (!FormValues.TryParseInt(Adopt.Year, out var year)) return NotANumber("year");
        if (!FormValues.TryParseIds([Adopt.ProposalId ?? ""], out var proposal)) return NotAChoice("proposalId");
        var joint = Adopt.Owner == Joint;
        Guid? divisionId = null;
        if (!joint && !string.IsNullOrWhiteSpace(Adopt.Owner))
        {
            if (Id(Adopt.Owner) is not { } parsed) return NotAChoice("divisionId");
            divisionId = parsed;
        }

        return SendAsync(new AdoptStrategicTask(Adopt.Title, year, divisionId, joint, proposal.Count == 0 ? null : proposal[0], on) { Id = id });
    }, ct);

    public Task<IActionResult> OnPostCorrectionAsync(Guid id, CancellationToken ct) => Run<CorrectFinding>(CorrectionFormName, Correction.On, on =>
        Id(Correction.FindingId) is not { } findingId ? NotAChoice("findingId")
        : !FormValues.TryParse<FindingKind>(Correction.Kind, out var kind) ? NotAChoice("kind")
        : !FormValues.TryParse<Viewpoint>(Correction.Viewpoint, out var viewpoint) ? NotAChoice("viewpoint")
        : SendAsync(new CorrectFinding(kind, Correction.Text, Correction.Reason, on, viewpoint) { Id = id, FindingId = findingId }), ct);

    public Task<IActionResult> OnPostOrganiserAsync(Guid id, CancellationToken ct) => Run<JoinWorkshopOrganisingTeam>(OrganiserFormName, Organiser.On, on =>
        Id(Organiser.PersonId) is not { } personId
            ? NotAChoice("personId")
            : SendAsync(new JoinWorkshopOrganisingTeam(personId, Organiser.Role, on) { Id = id }), ct);

    public Task<IActionResult> OnPostCorrectWorkshopAsync(Guid id, CancellationToken ct) => Run<CorrectWorkshop>(WorkshopCorrectionFormName, WorkshopCorrection.On, on =>
    {
        var form = WorkshopCorrection;
        if (!FormValues.TryParseDate(form.HeldOn, out var heldOn)) return NotADate("heldOn");
        if (!FormValues.TryParse<WorkshopKind>(form.Kind, out var kind)) return NotAChoice("kind");
        if (!FormValues.TryParse<WorkshopScope>(form.Scope, out var scope)) return NotAChoice("scope");
        if (!FormValues.TryParseIds([form.DivisionId ?? ""], out var division)) return NotAChoice("divisionId");
        if (!FormValues.TryParseIds(form.Participants, out var participants)) return NotAChoice("participants");
        if (!FormValues.TryParseInt(form.ReviewedMonitoringYear, out var reviewed)) return NotANumber("reviewedMonitoringYear");
        // A field left empty is not sent, so the recorded fact stays.
        return SendAsync(new CorrectWorkshop(form.Reason, heldOn, kind, scope, division.Count == 0 ? null : division[0],
            string.IsNullOrWhiteSpace(form.CounterpartDepartment) ? null : form.CounterpartDepartment,
            participants.Count == 0 ? null : participants, reviewed, on)
        { Id = id });
    }, ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) => Run<WithdrawWorkshop>(WithdrawalFormName, Withdrawal.On, on =>
        SendAsync(new WithdrawWorkshop(Withdrawal.Reason, on) { Id = id }), ct);

    protected override string Here => $"/workshops/{RouteId}";

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await query.LoadAsync<WorkshopView>(RouteId, ct) is not { } workshop) return false;
        Workshop = workshop;
        Network = await query.LoadAsync<NetworkState>(NetworkState.StreamId, ct);
        FlaggedR5 = await WorkshopReadings.LacksMonitoringReviewAsync(query, Workshop, ct);
        Divisions = await DivisionQueries.List(query, ct);
        if (workshop is { Scope: WorkshopScope.Network, Kind: WorkshopKind.CivilGovernment })
        {
            var divisionWorkshops = await query.Query<WorkshopView>()
                .Where(v => v.Year == workshop.Year && v.Scope == WorkshopScope.Division && v.WithdrawnOn == null).ToListAsync(ct);
            DivisionFindings = divisionWorkshops.OrderBy(v => v.On).SelectMany(v => v.Findings.Select(f => (v, f))).ToList();
        }

        People = await PeopleToChooseAsync(query, ct, typeof(JoinWorkshopOrganisingTeam), typeof(CorrectWorkshop));
        return true;
    }
}
