using Hyeopchi.Host.Expos;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hyeopchi.Host.Pages.Public;

/// <summary>
/// A year's expo catalogue as a resident reads it, without sign-in (<c>/expos/{year}</c>): the same
/// <see cref="PublicExpoCatalogue"/> as GET /api/public/expos/{year}, so only accepted exhibits and
/// only what their exhibitors published. A year with no expo is 404, said in Korean.
/// </summary>
public class ExpoModel(IQuerySession session) : PageModel
{
    public int Year { get; private set; }

    public PublicExpoCatalogue? Catalogue { get; private set; }

    public string Title => $"{Year} 협치 정책 박람회";

    public async Task OnGetAsync(int year, CancellationToken ct)
    {
        Year = year;
        Catalogue = await ExpoQueries.LoadAsync(session, year, ct) is { } expo ? PublicExpoCatalogue.From(expo) : null;
        if (Catalogue is null) Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
