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

/// <summary>The fields of the page's forms; each form uses some of them.</summary>
public sealed class PersonForm
{
    public string? Name { get; set; }
    public string? Sector { get; set; }
    public string? Organisation { get; set; }
    public string? Rank { get; set; }
    public string? PersonId { get; set; }
    public string? Reason { get; set; }
    public string? DivisionId { get; set; }
    public string? DiscoveredBy { get; set; }
    public string? Note { get; set; }
    public string? On { get; set; }
}

/// <summary>
/// 참여자: GET /api/people's read, with each person's resident-leader discovery
/// (GET /api/leader-discoveries); the forms send the register, rank, erasure, discovery
/// (POST /api/people/{id}/leader-discovery) and discovery-withdrawal commands through <see cref="AdminCommands"/>.
/// </summary>
public class IndexModel(IQuerySession query, AdminCommands commands) : RecordPage(commands)
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

    [BindProperty] public PersonForm Register { get; set; } = new();
    [BindProperty] public PersonForm NewRank { get; set; } = new();
    [BindProperty] public PersonForm Erasure { get; set; } = new();
    [BindProperty] public PersonForm Discovery { get; set; } = new();
    [BindProperty] public PersonForm DiscoveryWithdrawal { get; set; } = new();

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
        if (Offers<DiscoverLeader>()) Divisions = await query.Query<DivisionProgress>().OrderBy(d => d.Name).ToListAsync(ct);
    }

    protected override string Here => "/people";

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        await OnGetAsync(null, ct);
        return true;
    }

    /// <summary>주민 리더 발굴: sends POST /api/people/{id}/leader-discovery.</summary>
    public Task<IActionResult> OnPostDiscoveryAsync(CancellationToken ct) => Run<DiscoverLeader>(DiscoveryFormName, Discovery.On, on =>
    {
        if (Id(Discovery.PersonId) is not { } personId) return NotAChoice("personId");
        if (!string.IsNullOrEmpty(Discovery.DivisionId) && Id(Discovery.DivisionId) is null) return NotAChoice("divisionId");
        return SendAsync(new DiscoverLeader(Id(Discovery.DivisionId), Discovery.DiscoveredBy, Discovery.Note, on) { Id = personId });
    }, ct);

    /// <summary>리더 발굴 철회: sends POST /api/people/{id}/leader-discovery/withdrawal.</summary>
    public Task<IActionResult> OnPostDiscoveryWithdrawalAsync(CancellationToken ct) => Run<WithdrawLeaderDiscovery>(DiscoveryWithdrawalFormName, DiscoveryWithdrawal.On, on =>
        Id(DiscoveryWithdrawal.PersonId) is not { } personId
            ? NotAChoice("personId")
            : SendAsync(new WithdrawLeaderDiscovery(DiscoveryWithdrawal.Reason, on) { Id = personId }), ct);

    public Task<IActionResult> OnPostRegisterAsync(CancellationToken ct) => Run<RegisterPerson>(RegisterForm, Register.On, on =>
        !FormValues.TryParse<Sector>(Register.Sector, out var sector) ? NotAChoice("sector")
        : !FormValues.TryParse<Rank>(Register.Rank, out var rank) ? NotAChoice("rank")
        : SendAsync(new RegisterPerson(Register.Name, sector, Register.Organisation, rank, on)), ct);

    public Task<IActionResult> OnPostRankAsync(CancellationToken ct) => Run<ChangeRank>(RankFormName, NewRank.On, on =>
        Id(NewRank.PersonId) is not { } personId ? NotAChoice("personId")
        : !FormValues.TryParse<Rank>(NewRank.Rank, out var rank) ? NotAChoice("rank")
        : SendAsync(new ChangeRank(rank, string.IsNullOrWhiteSpace(NewRank.Reason) ? null : NewRank.Reason, on) { Id = personId }), ct);

    /// <summary>개인정보 삭제 (admins only): sends the POST /api/people/{id}/erasure command.</summary>
    public Task<IActionResult> OnPostErasureAsync(CancellationToken ct) => Run<ErasePerson>(ErasureFormName, Erasure.On, on =>
        Id(Erasure.PersonId) is not { } personId
            ? NotAChoice("personId")
            : SendAsync(new ErasePerson(Erasure.Reason, on) { Id = personId }), ct);
}
