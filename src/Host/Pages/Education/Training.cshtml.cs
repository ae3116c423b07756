using Hyeopchi.Domain.People;
using Hyeopchi.Projections.Education;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hyeopchi.Host.Pages.Education;

/// <summary>교육 이력: GET /api/people/{id}/training's read — a person's courses across years.</summary>
public class TrainingModel(IQuerySession query) : PageModel
{
    public Person Person { get; private set; } = null!;

    public IReadOnlyList<TrainingEntry> Courses { get; private set; } = [];

    /// <summary>The person's discovery as a prospective resident leader, if any.</summary>
    public LeaderProspect? Discovery { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await query.LoadAsync<Person>(id, ct) is not { } person) return NotFound();
        Person = person;
        Courses = await TrainingFacts.CoursesAsync(query, id, ct);
        Discovery = await DiscoveryFacts.ProspectAsync(query, id, ct);
        return Page();
    }
}
