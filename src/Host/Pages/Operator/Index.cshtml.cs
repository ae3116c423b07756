using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Districts;
using Hyeopchi.Host.Infrastructure.Clock;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.Operator;

public sealed class CreateDistrictForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
}

public sealed class RenameDistrictForm
{
    public string? District { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
}

public sealed class DistrictUserForm
{
    public string? District { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public List<string> Roles { get; set; } = [];
}

/// <summary>
/// 자치구 운영 (operator): the installation's districts — made, renamed, disabled and enabled, each
/// with its first users — and every district's obligations of a year side by side. The forms send
/// the same commands as the API through the same door; the rollup is the API's own query. The
/// layout's district switcher posts here too.
/// </summary>
[Authorize(Roles = Roles.Operator)]
public class IndexModel(DistrictDirectory directory, IDocumentStore store, AdminCommands commands, BusinessCalendar calendar) : AdminPage
{
    public const string CreateForm = "create";
    public const string RenameForm = "rename";
    public const string StatusForm = "status";
    public const string UserForm = "user";

    /// <summary>The roles a district's user may be given here; an operator is made on the command line or through the API.</summary>
    public static readonly string[] DistrictRoles = [Roles.Admin, Roles.Coordinator, Roles.Auditor, Roles.Monitor];

    public IReadOnlyList<District> Districts { get; private set; } = [];

    public CrossDistrictCompliance Rollup { get; private set; } = new(0, []);

    /// <summary>Every district's monitoring means over the three years up to the rollup's year.</summary>
    public IReadOnlyList<DistrictMonitoringMeans> Means { get; private set; } = [];

    public IReadOnlyList<int> MeanYears => Enumerable.Range(Year - 2, 3).ToList();

    public int Year { get; private set; }

    public string? Notice { get; private set; }

    [BindProperty]
    public CreateDistrictForm Create { get; set; } = new();

    [BindProperty]
    public RenameDistrictForm Rename { get; set; } = new();

    [BindProperty]
    public DistrictUserForm NewUser { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? year, string? done, CancellationToken ct)
    {
        if (year is < 2000 or > 2100) return NotFound();
        await LoadAsync(year, done, ct);
        return Page();
    }

    private async Task LoadAsync(int? year, string? done, CancellationToken ct)
    {
        Notice = Korean.DistrictWords.Notice(done);
        Year = year ?? calendar.Today.Year;
        Districts = await directory.AllAsync(ct);
        Rollup = await DistrictQueries.RollupAsync(Year, directory, store, ct);
        Means = await DistrictMonitoring.MeansAsync(Year - 2, Year, directory, store, ct);
    }

    /// <summary>The layout's switcher: the district the operator's next pages act in (their own one forgets the choice).</summary>
    public async Task<IActionResult> OnPostSwitchAsync(string? district, CancellationToken ct)
    {
        if (!District.IsWellFormed(district) || await directory.ByCodeAsync(district!, ct) is not { } chosen) return Redirect("/operator?done=unknown");
        RequestDistrict.Choose(HttpContext, chosen.Id == RequestDistrict.TenantOf(User) ? null : chosen.Code);
        return Redirect("/");
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var outcome = await commands.SendAsync(HttpContext, new CreateDistrict(Create.Code, Create.Name));
        if (outcome.Succeeded) return Redirect($"/operator?done={CreateForm}");
        return await FailedAsync(CreateForm, outcome, ct);
    }

    public async Task<IActionResult> OnPostRenameAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Rename.District)) return await FailedAsync(RenameForm, Outcome.Invalid("district", Korean.NotAChoice), ct);
        var actingBefore = RequestDistrict.Of(HttpContext).Code;
        var outcome = await commands.SendAsync(HttpContext, new RenameDistrict(Rename.Code, Rename.Name) { District = Rename.District });
        if (!outcome.Succeeded) return await FailedAsync(RenameForm, outcome, ct);
        // The district the operator chose to act in keeps being chosen under its new code.
        if (Request.Cookies.ContainsKey(RequestDistrict.Cookie) && actingBefore == Rename.District) RequestDistrict.Choose(HttpContext, Rename.Code);
        return Redirect($"/operator?done={RenameForm}");
    }

    public Task<IActionResult> OnPostDisableAsync(string? district, CancellationToken ct) =>
        ChangeAsync(new DisableDistrict { District = district ?? "" }, "disable", ct);

    public Task<IActionResult> OnPostEnableAsync(string? district, CancellationToken ct) =>
        ChangeAsync(new EnableDistrict { District = district ?? "" }, "enable", ct);

    public async Task<IActionResult> OnPostUserAsync(CancellationToken ct)
    {
        var outcome = string.IsNullOrWhiteSpace(NewUser.District)
            ? Outcome.Invalid("district", Korean.NotAChoice)
            : await commands.SendAsync(HttpContext, new CreateUser(NewUser.UserName, NewUser.Password, NewUser.Roles.ToArray(), NewUser.District));
        if (outcome.Succeeded) return Redirect($"/operator?done={UserForm}");
        NewUser.Password = null;
        return await FailedAsync(UserForm, outcome, ct);
    }

    private async Task<IActionResult> ChangeAsync(Infrastructure.Commands.ICommand command, string done, CancellationToken ct)
    {
        var outcome = await commands.SendAsync(HttpContext, command);
        if (outcome.Succeeded) return Redirect($"/operator?done={done}");
        return await FailedAsync(StatusForm, outcome, ct);
    }

    /// <summary>The page again, with the failure next to its form (a 404 or 403 is the error page).</summary>
    private async Task<IActionResult> FailedAsync(string form, Outcome outcome, CancellationToken ct)
    {
        if (Stopped(outcome) is { } stopped) return stopped;
        Fail(form, outcome);
        await LoadAsync(null, null, ct);
        return Page();
    }
}
