using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Education;
using Hyeopchi.Host.People;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.Education;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.People;

public sealed class RegisterPersonForm
{
    public string? Name { get; set; }
    public string? Sector { get; set; }
    public string? Organisation { get; set; }
    public string? Rank { get; set; }
    public string? On { get; set; }
}

public sealed class RankForm
{
    public string? PersonId { get; set; }
    public string? Rank { get; set; }
    public string? Reason { get; set; }
    public string? On { get; set; }
}

public sealed class ErasureForm
{
    public string? PersonId { get; set; }
    public string? Reason { get; set; }
    public string? On { get; set; }
}

public sealed class DiscoveryForm
{
    public string? PersonId { get; set; }
    public string? DivisionId { get; set; }
    public string? DiscoveredBy { get; set; }
    public string? Note { get; set; }
    public string? Reason { get; set; }
    public string? On { get; set; }
}

/// <summary>
/// 참여자: GET /api/people's read, with each person's resident-leader discovery
/// (GET /api/leader-discoveries); the forms send the register, rank, erasure, discovery
/// (POST /api/people/{id}/leader-discovery) and discovery-withdrawal commands through <see cref="AdminCommands"/>.
/// </summary>
public class IndexModel(IQuerySession query, AdminCommands commands) : AdminPage
{
    public const string RegisterForm = "register";
    public const string RankFormName = "rank";
    public const string ErasureFormName = "erasure";
    public const string DiscoveryFormName = "discovery";
    public const string DiscoveryWithdrawalFormName = "discovery-withdrawal";

    public IReadOnlyList<Person> People { get; private set; } = [];

    public IReadOnlyList<DivisionProgress> Divisions { get; private set; } = [];

    /// <summary>Each discovered person's discovery, withdrawn ones marked.</summary>
    public IReadOnlyDictionary<Guid, LeaderProspect> Discoveries { get; private set; } = new Dictionary<Guid, LeaderProspect>();

    public string? Notice { get; private set; }

    [BindProperty]
    public RegisterPersonForm Register { get; set; } = new();

    [BindProperty]
    public RankForm NewRank { get; set; } = new();

    [BindProperty]
    public ErasureForm Erasure { get; set; } = new();

    [BindProperty]
    public DiscoveryForm Discovery { get; set; } = new();

    [BindProperty]
    public DiscoveryForm DiscoveryWithdrawal { get; set; } = new();

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            RegisterForm => "참여자를 등록했습니다.",
            RankFormName => "직급 변경을 기록했습니다. 그 전에 기록된 참석은 당시 직급을 지킵니다.",
            ErasureFormName => "개인정보를 삭제했습니다. 기록에는 '삭제된 사람'으로 남고, 삭제했다는 사실이 기록됩니다.",
            DiscoveryFormName => Korean.Forms.LeaderDiscovered,
            DiscoveryWithdrawalFormName => Korean.Forms.DiscoveryWithdrawn,
            _ => null,
        };
        People = await PersonQueries.List(query, ct);
        Discoveries = (await DiscoveryFacts.ProspectsAsync(query, null, ct)).ToDictionary(p => p.PersonId);
        if (User.MayCommand()) Divisions = await query.Query<DivisionProgress>().OrderBy(d => d.Name).ToListAsync(ct);
    }

    /// <summary>주민 리더 발굴: sends POST /api/people/{id}/leader-discovery.</summary>
    public async Task<IActionResult> OnPostDiscoveryAsync(CancellationToken ct)
    {
        if (!MayRun<DiscoverLeader>()) return Forbid();
        Outcome outcome;
        if (!FormValues.TryParseDate(Discovery.On, out var on)) outcome = Outcome.Invalid("on", Korean.NotADate);
        else if (!Guid.TryParse(Discovery.PersonId, out var personId)) outcome = Outcome.Invalid("personId", Korean.NotAChoice);
        else if (!string.IsNullOrEmpty(Discovery.DivisionId) && !Guid.TryParse(Discovery.DivisionId, out _)) outcome = Outcome.Invalid("divisionId", Korean.NotAChoice);
        else
        {
            Guid? division = Guid.TryParse(Discovery.DivisionId, out var d) ? d : null;
            var command = new DiscoverLeader(division, Discovery.DiscoveredBy, Discovery.Note, on) { Id = personId };
            outcome = await commands.SendAsync(HttpContext, command);
        }

        return await Finish(DiscoveryFormName, outcome, ct);
    }

    /// <summary>리더 발굴 철회: sends POST /api/people/{id}/leader-discovery/withdrawal.</summary>
    public async Task<IActionResult> OnPostDiscoveryWithdrawalAsync(CancellationToken ct)
    {
        if (!MayRun<WithdrawLeaderDiscovery>()) return Forbid();
        Outcome outcome;
        if (!FormValues.TryParseDate(DiscoveryWithdrawal.On, out var on)) outcome = Outcome.Invalid("on", Korean.NotADate);
        else if (!Guid.TryParse(DiscoveryWithdrawal.PersonId, out var personId)) outcome = Outcome.Invalid("personId", Korean.NotAChoice);
        else outcome = await commands.SendAsync(HttpContext, new WithdrawLeaderDiscovery(DiscoveryWithdrawal.Reason, on) { Id = personId });

        return await Finish(DiscoveryWithdrawalFormName, outcome, ct);
    }

    private async Task<IActionResult> Finish(string form, Outcome outcome, CancellationToken ct)
    {
        if (outcome.Succeeded) return Redirect($"/people?done={form}");
        if (Stopped(outcome) is { } stopped) return stopped;
        Fail(form, outcome);
        await OnGetAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken ct)
    {
        if (!MayRun<RegisterPerson>()) return Forbid();
        Outcome outcome;
        if (!FormValues.TryParseDate(Register.On, out var on)) outcome = Outcome.Invalid("on", Korean.NotADate);
        else if (!FormValues.TryParse<Sector>(Register.Sector, out var sector)) outcome = Outcome.Invalid("sector", Korean.NotAChoice);
        else if (!FormValues.TryParse<Rank>(Register.Rank, out var rank)) outcome = Outcome.Invalid("rank", Korean.NotAChoice);
        else
        {
            var command = new RegisterPerson(Register.Name, sector, Register.Organisation, rank, on);
            outcome = await commands.SendAsync(HttpContext, command);
        }

        if (outcome.Succeeded) return Redirect($"/people?done={RegisterForm}");
        if (Stopped(outcome) is { } stopped) return stopped;
        Fail(RegisterForm, outcome);
        await OnGetAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRankAsync(CancellationToken ct)
    {
        if (!MayRun<ChangeRank>()) return Forbid();
        Outcome outcome;
        if (!FormValues.TryParseDate(NewRank.On, out var on)) outcome = Outcome.Invalid("on", Korean.NotADate);
        else if (!Guid.TryParse(NewRank.PersonId, out var personId)) outcome = Outcome.Invalid("personId", Korean.NotAChoice);
        else if (!FormValues.TryParse<Rank>(NewRank.Rank, out var rank)) outcome = Outcome.Invalid("rank", Korean.NotAChoice);
        else
        {
            var command = new ChangeRank(rank, string.IsNullOrWhiteSpace(NewRank.Reason) ? null : NewRank.Reason, on);
            outcome = await commands.SendAsync(HttpContext, command with { Id = personId });
        }

        if (outcome.Succeeded) return Redirect($"/people?done={RankFormName}");
        if (Stopped(outcome) is { } stopped) return stopped;
        Fail(RankFormName, outcome);
        await OnGetAsync(null, ct);
        return Page();
    }

    /// <summary>개인정보 삭제 (admins only): sends the POST /api/people/{id}/erasure command.</summary>
    public async Task<IActionResult> OnPostErasureAsync(CancellationToken ct)
    {
        if (!MayRun<ErasePerson>()) return Forbid();
        Outcome outcome;
        if (!FormValues.TryParseDate(Erasure.On, out var on)) outcome = Outcome.Invalid("on", Korean.NotADate);
        else if (!Guid.TryParse(Erasure.PersonId, out var personId)) outcome = Outcome.Invalid("personId", Korean.NotAChoice);
        else
        {
            var command = new ErasePerson(Erasure.Reason, on);
            outcome = await commands.SendAsync(HttpContext, command with { Id = personId });
        }

        if (outcome.Succeeded) return Redirect($"/people?done={ErasureFormName}");
        if (Stopped(outcome) is { } stopped) return stopped;
        Fail(ErasureFormName, outcome);
        await OnGetAsync(null, ct);
        return Page();
    }
}
