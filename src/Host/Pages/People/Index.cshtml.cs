using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Infrastructure.Clock;
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

/// <summary>참여자: GET /api/people's read; the forms run POST /api/people's and POST /api/people/{id}/rank's own methods.</summary>
public class IndexModel(IQuerySession query, IDocumentStore store, BusinessCalendar calendar, AdminCommands commands) : AdminPage
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
        if (!User.MayCommand()) return Forbid();
        Outcome outcome;
        if (!Korean.TryParseDate(Register.On, out var on)) outcome = Outcome.Invalid("on", Korean.NotADate);
        else if (!Korean.TryParse<Sector>(Register.Sector, out var sector)) outcome = Outcome.Invalid("sector", Korean.NotAChoice);
        else if (!Korean.TryParse<Rank>(Register.Rank, out var rank)) outcome = Outcome.Invalid("rank", Korean.NotAChoice);
        else
        {
            var command = new RegisterPerson(Register.Name, sector, Register.Organisation, rank, on);
            outcome = await commands.Run(HttpContext, session =>
            {
                if (Outcome.From(RegisterPersonEndpoint.Validate(command)) is { } invalid) return Task.FromResult<Outcome?>(invalid);
                var (_, start) = RegisterPersonEndpoint.Post(command, calendar);
                start.Execute(session);
                return Task.FromResult<Outcome?>(null);
            });
        }

        if (outcome.Succeeded) return Redirect($"/people?done={RegisterForm}");
        Fail(RegisterForm, outcome);
        await OnGetAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRankAsync(CancellationToken ct)
    {
        if (!User.MayCommand()) return Forbid();
        Outcome outcome;
        if (!Korean.TryParseDate(NewRank.On, out var on)) outcome = Outcome.Invalid("on", Korean.NotADate);
        else if (!Guid.TryParse(NewRank.PersonId, out var personId)) outcome = Outcome.Invalid("personId", Korean.NotAChoice);
        else if (!Korean.TryParse<Rank>(NewRank.Rank, out var rank)) outcome = Outcome.Invalid("rank", Korean.NotAChoice);
        else
        {
            var command = new ChangeRank(rank, string.IsNullOrWhiteSpace(NewRank.Reason) ? null : NewRank.Reason, on);
            outcome = await commands.Run(HttpContext, async session =>
            {
                if (Outcome.From(ChangeRankEndpoint.Validate(command)) is { } invalid) return invalid;
                if (await AdminCommands.ExistingStreamAsync<Person>(session, personId, ct) is not { } person) return Outcome.Failed("이 참여자를 찾을 수 없습니다.");
                ChangeRankEndpoint.Post(command, person, calendar);
                return null;
            });
        }

        if (outcome.Succeeded) return Redirect($"/people?done={RankFormName}");
        Fail(RankFormName, outcome);
        await OnGetAsync(null, ct);
        return Page();
    }

    /// <summary>개인정보 삭제 (admins only): runs POST /api/people/{id}/erasure's own method.</summary>
    public async Task<IActionResult> OnPostErasureAsync(CancellationToken ct)
    {
        if (!User.MayAdminister()) return Forbid();
        Outcome outcome;
        if (!Korean.TryParseDate(Erasure.On, out var on)) outcome = Outcome.Invalid("on", Korean.NotADate);
        else if (!Guid.TryParse(Erasure.PersonId, out var personId)) outcome = Outcome.Invalid("personId", Korean.NotAChoice);
        else
        {
            var command = new ErasePerson(Erasure.Reason, on);
            outcome = await commands.Run(HttpContext, async session =>
            {
                if (Outcome.From(ErasePersonEndpoint.Validate(command)) is { } invalid) return invalid;
                if (await AdminCommands.ExistingStreamAsync<Person>(session, personId, ct) is not { } person) return Outcome.Failed("이 참여자를 찾을 수 없습니다.");
                await ErasePersonEndpoint.Post(command, person, store, calendar, ct);
                return null;
            });
        }

        if (outcome.Succeeded) return Redirect($"/people?done={ErasureFormName}");
        Fail(ErasureFormName, outcome);
        await OnGetAsync(null, ct);
        return Page();
    }
}
