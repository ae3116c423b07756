using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Expos;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.Expo;

public sealed class PlanExpoForm
{
    public string? Year { get; set; }
    public string? Venue { get; set; }
    public string? SubmissionsOpen { get; set; }
    public string? SubmissionsClose { get; set; }
    public string? OpensOn { get; set; }
    public string? ClosesOn { get; set; }
    public string? PromotionStartsOn { get; set; }
    public string? PromotionEndsOn { get; set; }
}

/// <summary>정책 박람회 목록과 계획: GET /api/expos's list; the form sends POST /api/expos's command (one a year, R9).</summary>
public class IndexModel(IQuerySession query, AdminCommands commands) : AdminPage
{
    public const string PlanForm = "plan";

    public IReadOnlyList<ExpoSummary> Expos { get; private set; } = [];

    [BindProperty] public PlanExpoForm Plan { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Expos = await ExpoQueries.List(query, ct);

    public Task<IActionResult> OnPostPlanAsync(CancellationToken ct)
    {
        PlanExpo? command = null;
        return Post<PlanExpo>(PlanForm, async () => Parse(out command) ?? await commands.SendAsync(HttpContext, command!),
            _ => $"/expo/{command!.Year}?done=planned", () => OnGetAsync(ct));
    }

    private Outcome? Parse(out PlanExpo? command)
    {
        command = null;
        var errors = new Dictionary<string, string[]>();
        DateOnly? Date(string field, string? text)
        {
            if (FormValues.TryParseDate(text, out var d)) return d;
            errors[field] = [Korean.NotADate];
            return null;
        }

        int? year = int.TryParse(Plan.Year, out var y) ? y : null;
        if (!string.IsNullOrWhiteSpace(Plan.Year) && year is null) errors["year"] = ["연도를 숫자로 입력하세요."];
        command = new PlanExpo(year, Plan.Venue, Date("submissionsOpen", Plan.SubmissionsOpen), Date("submissionsClose", Plan.SubmissionsClose),
            Date("opensOn", Plan.OpensOn), Date("closesOn", Plan.ClosesOn),
            Date("promotionStartsOn", Plan.PromotionStartsOn), Date("promotionEndsOn", Plan.PromotionEndsOn), null);
        return errors.Count > 0 ? Outcome.Invalid(errors) : null;
    }
}
