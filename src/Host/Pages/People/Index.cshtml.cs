using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.People;
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

/// <summary>참여자: GET /api/people's read; the forms send the register, rank and erasure commands through <see cref="AdminCommands"/>.</summary>
public class IndexModel(IQuerySession query, AdminCommands commands) : AdminPage
{
    public const string RegisterForm = "register";
    public const string RankFormName = "rank";
    public const string ErasureFormName = "erasure";

    public IReadOnlyList<Person> People { get; private set; } = [];

    public string? Notice { get; private set; }

    [BindProperty]
    public RegisterPersonForm Register { get; set; } = new();

    [BindProperty]
    public RankForm NewRank { get; set; } = new();

    [BindProperty]
    public ErasureForm Erasure { get; set; } = new();

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            RegisterForm => "참여자를 등록했습니다.",
            RankFormName => "직급 변경을 기록했습니다. 그 전에 기록된 참석은 당시 직급을 지킵니다.",
            ErasureFormName => "개인정보를 삭제했습니다. 기록에는 '삭제된 사람'으로 남고, 삭제했다는 사실이 기록됩니다.",
            _ => null,
        };
        People = await PersonQueries.List(query, ct);
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
