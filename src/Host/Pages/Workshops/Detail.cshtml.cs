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

public sealed class FindingForm
{
    public string? Kind { get; set; }
    public string? Viewpoint { get; set; }
    public string? Text { get; set; }
    public string? On { get; set; }
}

public sealed class FindingCorrectionForm
{
    public string? FindingId { get; set; }
    public string? Kind { get; set; }
    public string? Viewpoint { get; set; }
    public string? Text { get; set; }
    public string? Reason { get; set; }
    public string? On { get; set; }
}

public sealed class ProposalForm
{
    public string? FindingId { get; set; }
    public string? Text { get; set; }
    public string? On { get; set; }
}

public sealed class OrganiserForm
{
    public string? PersonId { get; set; }
    public string? Role { get; set; }
    public string? On { get; set; }
}

/// <summary>워크숍 정정: each field left empty is not changed.</summary>
public sealed class WorkshopCorrectionForm
{
    public string? HeldOn { get; set; }
    public string? Kind { get; set; }
    public string? Scope { get; set; }
    public string? DivisionId { get; set; }
    public string? CounterpartDepartment { get; set; }
    public List<string> Participants { get; set; } = [];
    public string? ReviewedMonitoringYear { get; set; }
    public string? Reason { get; set; }
    public string? On { get; set; }
}

public sealed class WithdrawalForm
{
    public string? Reason { get; set; }
    public string? On { get; set; }
}

public sealed class AdoptForm
{
    public string? Title { get; set; }
    public string? Year { get; set; }

    /// <summary>A division's id, or "joint" for a joint civil–government task.</summary>
    public string? Owner { get; set; }

    public string? ProposalId { get; set; }
    public string? On { get; set; }
}

/// <summary>
/// 워크숍 페이지: GET /api/workshops/{id}'s read, and forms that send the finding, finding correction,
/// proposal and adoption commands through <see cref="AdminCommands"/>, and the workshop's own correction
/// and withdrawal (R10). A withdrawn workshop is shown as such, with no forms.
/// </summary>
public class DetailModel(IQuerySession query, AdminCommands commands) : AdminPage
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

    public string? Notice { get; private set; }

    [BindProperty] public FindingForm Finding { get; set; } = new();
    [BindProperty] public ProposalForm Proposal { get; set; } = new();
    [BindProperty] public AdoptForm Adopt { get; set; } = new();
    [BindProperty] public FindingCorrectionForm Correction { get; set; } = new();
    [BindProperty] public OrganiserForm Organiser { get; set; } = new();
    [BindProperty] public WorkshopCorrectionForm WorkshopCorrection { get; set; } = new();
    [BindProperty] public WithdrawalForm Withdrawal { get; set; } = new();

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
        return await Load(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostFindingAsync(Guid id, CancellationToken ct)
    {
        if (!MayRun<RecordFinding>()) return Forbid();
        if (!FormValues.TryParseDate(Finding.On, out var on)) return await Failed(id, FindingFormName, Outcome.Invalid("on", Korean.NotADate), ct);
        if (!FormValues.TryParse<FindingKind>(Finding.Kind, out var kind)) return await Failed(id, FindingFormName, Outcome.Invalid("kind", Korean.NotAChoice), ct);
        if (!FormValues.TryParse<Viewpoint>(Finding.Viewpoint, out var viewpoint)) return await Failed(id, FindingFormName, Outcome.Invalid("viewpoint", Korean.NotAChoice), ct);
        var command = new RecordFinding(kind, Finding.Text, on, viewpoint);
        return await Finish(id, FindingFormName, await commands.SendAsync(HttpContext, command with { Id = id }), ct);
    }

    public async Task<IActionResult> OnPostProposalAsync(Guid id, CancellationToken ct)
    {
        if (!MayRun<MakeProposal>()) return Forbid();
        if (!FormValues.TryParseDate(Proposal.On, out var on)) return await Failed(id, ProposalFormName, Outcome.Invalid("on", Korean.NotADate), ct);
        // A division workshop's finding comes as "workshop/finding"; this workshop's as its id alone.
        var chosen = (Proposal.FindingId ?? "").Split('/');
        if (chosen.Length > 2 || !FormValues.TryParseIds(chosen, out var ids)) return await Failed(id, ProposalFormName, Outcome.Invalid("findingId", Korean.NotAChoice), ct);
        var command = ids.Count switch
        {
            2 => new MakeProposal(ids[1], Proposal.Text, on, ids[0]),
            1 => new MakeProposal(ids[0], Proposal.Text, on),
            _ => new MakeProposal(null, Proposal.Text, on),
        };
        return await Finish(id, ProposalFormName, await commands.SendAsync(HttpContext, command with { Id = id }), ct);
    }

    public async Task<IActionResult> OnPostAdoptAsync(Guid id, CancellationToken ct)
    {
        if (!MayRun<AdoptStrategicTask>()) return Forbid();
        if (!FormValues.TryParseDate(Adopt.On, out var on)) return await Failed(id, AdoptFormName, Outcome.Invalid("on", Korean.NotADate), ct);
        if (!FormValues.TryParseInt(Adopt.Year, out var year)) return await Failed(id, AdoptFormName, Outcome.Invalid("year", Korean.NotANumber), ct);
        if (!FormValues.TryParseIds([Adopt.ProposalId ?? ""], out var proposal)) return await Failed(id, AdoptFormName, Outcome.Invalid("proposalId", Korean.NotAChoice), ct);
        var joint = Adopt.Owner == Joint;
        Guid? divisionId = null;
        if (!joint && !string.IsNullOrWhiteSpace(Adopt.Owner))
        {
            if (!Guid.TryParse(Adopt.Owner, out var parsed)) return await Failed(id, AdoptFormName, Outcome.Invalid("divisionId", Korean.NotAChoice), ct);
            divisionId = parsed;
        }

        var command = new AdoptStrategicTask(Adopt.Title, year, divisionId, joint, proposal.Count == 0 ? null : proposal[0], on);
        return await Finish(id, AdoptFormName, await commands.SendAsync(HttpContext, command with { Id = id }), ct);
    }

    public async Task<IActionResult> OnPostCorrectionAsync(Guid id, CancellationToken ct)
    {
        if (!MayRun<CorrectFinding>()) return Forbid();
        if (!FormValues.TryParseDate(Correction.On, out var on)) return await Failed(id, CorrectionFormName, Outcome.Invalid("on", Korean.NotADate), ct);
        if (!Guid.TryParse(Correction.FindingId, out var findingId)) return await Failed(id, CorrectionFormName, Outcome.Invalid("findingId", Korean.NotAChoice), ct);
        if (!FormValues.TryParse<FindingKind>(Correction.Kind, out var kind)) return await Failed(id, CorrectionFormName, Outcome.Invalid("kind", Korean.NotAChoice), ct);
        if (!FormValues.TryParse<Viewpoint>(Correction.Viewpoint, out var viewpoint)) return await Failed(id, CorrectionFormName, Outcome.Invalid("viewpoint", Korean.NotAChoice), ct);
        var command = new CorrectFinding(kind, Correction.Text, Correction.Reason, on, viewpoint) { FindingId = findingId };
        return await Finish(id, CorrectionFormName, await commands.SendAsync(HttpContext, command with { Id = id }), ct);
    }

    public async Task<IActionResult> OnPostOrganiserAsync(Guid id, CancellationToken ct)
    {
        if (!MayRun<JoinWorkshopOrganisingTeam>()) return Forbid();
        if (!FormValues.TryParseDate(Organiser.On, out var on)) return await Failed(id, OrganiserFormName, Outcome.Invalid("on", Korean.NotADate), ct);
        if (!Guid.TryParse(Organiser.PersonId, out var personId)) return await Failed(id, OrganiserFormName, Outcome.Invalid("personId", Korean.NotAChoice), ct);
        return await Finish(id, OrganiserFormName, await commands.SendAsync(HttpContext, new JoinWorkshopOrganisingTeam(personId, Organiser.Role, on) { Id = id }), ct);
    }

    public async Task<IActionResult> OnPostCorrectWorkshopAsync(Guid id, CancellationToken ct)
    {
        if (!MayRun<CorrectWorkshop>()) return Forbid();
        var form = WorkshopCorrection;
        Outcome? invalid = null;
        if (!FormValues.TryParseDate(form.On, out var on)) invalid = Outcome.Invalid("on", Korean.NotADate);
        else if (!FormValues.TryParseDate(form.HeldOn, out var heldOn)) invalid = Outcome.Invalid("heldOn", Korean.NotADate);
        else if (!FormValues.TryParse<WorkshopKind>(form.Kind, out var kind)) invalid = Outcome.Invalid("kind", Korean.NotAChoice);
        else if (!FormValues.TryParse<WorkshopScope>(form.Scope, out var scope)) invalid = Outcome.Invalid("scope", Korean.NotAChoice);
        else if (!FormValues.TryParseIds([form.DivisionId ?? ""], out var division)) invalid = Outcome.Invalid("divisionId", Korean.NotAChoice);
        else if (!FormValues.TryParseIds(form.Participants, out var participants)) invalid = Outcome.Invalid("participants", Korean.NotAChoice);
        else if (!FormValues.TryParseInt(form.ReviewedMonitoringYear, out var reviewed)) invalid = Outcome.Invalid("reviewedMonitoringYear", Korean.NotANumber);
        else
        {
            // A field left empty is not sent, so the recorded fact stays.
            var command = new CorrectWorkshop(form.Reason, heldOn, kind, scope, division.Count == 0 ? null : division[0],
                string.IsNullOrWhiteSpace(form.CounterpartDepartment) ? null : form.CounterpartDepartment,
                participants.Count == 0 ? null : participants, reviewed, on)
            { Id = id };
            return await Finish(id, WorkshopCorrectionFormName, await commands.SendAsync(HttpContext, command), ct);
        }

        return await Failed(id, WorkshopCorrectionFormName, invalid, ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct)
    {
        if (!MayRun<WithdrawWorkshop>()) return Forbid();
        if (!FormValues.TryParseDate(Withdrawal.On, out var on)) return await Failed(id, WithdrawalFormName, Outcome.Invalid("on", Korean.NotADate), ct);
        return await Finish(id, WithdrawalFormName, await commands.SendAsync(HttpContext, new WithdrawWorkshop(Withdrawal.Reason, on) { Id = id }), ct);
    }

    private async Task<IActionResult> Finish(Guid id, string form, Outcome outcome, CancellationToken ct) =>
        outcome.Succeeded ? Redirect($"/workshops/{id}?done={form}") : await Failed(id, form, outcome, ct);

    private async Task<IActionResult> Failed(Guid id, string form, Outcome outcome, CancellationToken ct)
    {
        if (Stopped(outcome) is { } stopped) return stopped;
        if (!await Load(id, ct)) return NotFound();
        Fail(form, outcome);
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        if (await query.LoadAsync<WorkshopView>(id, ct) is not { } workshop) return false;
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

        if (User.MayCommand()) People = await query.Query<Person>().OrderBy(p => p.Name).ToListAsync(ct);
        return true;
    }
}
