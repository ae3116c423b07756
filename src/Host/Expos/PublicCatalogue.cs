using Hyeopchi.Domain.Expos;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Expos;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Expos;

public sealed record PublicExhibit(string Id, string Organisation, string Title, string Summary, Placement? Placement, int Linkages);

public sealed record PublicExhibitGroup(OrganisationType OrganisationType, string Label, int Count, IReadOnlyList<PublicExhibit> Exhibits);

/// <summary>
/// The public catalogue of a year's expo: only ACCEPTED exhibits, only what their exhibitors
/// published (organisation, title, summary) and where they are shown. No staff, reviewer, decline
/// reason, or declined or pending exhibit ever appears here.
/// </summary>
public sealed record PublicExpoCatalogue(
    int Year, string Venue, DateOnly OpensOn, DateOnly ClosesOn, ExpoStatus Status, int Total, OrganisationTypeCounts Counts, IReadOnlyList<PublicExhibitGroup> Groups)
{
    public static PublicExpoCatalogue From(ExpoCatalogue expo)
    {
        var accepted = expo.Accepted.ToList();
        var groups = Enum.GetValues<OrganisationType>()
            .Select(type => accepted.Where(x => x.OrganisationType == type)
                .OrderBy(x => x.Organisation, StringComparer.Ordinal).ThenBy(x => x.Title, StringComparer.Ordinal)
                .Select(x => new PublicExhibit(x.Id.ToString(), x.Organisation, x.Title, x.Summary, x.Placement, x.Linkages))
                .ToList())
            .Select((exhibits, i) => new PublicExhibitGroup((OrganisationType)i, Admin.Korean.Label((OrganisationType)i), exhibits.Count, exhibits))
            .Where(g => g.Count > 0)
            .ToList();
        return new PublicExpoCatalogue(expo.Year, expo.Venue, expo.OpensOn, expo.ClosesOn, expo.Status, accepted.Count, OrganisationTypeCounts.Of(accepted), groups);
    }
}

public static class PublicCatalogueQueries
{
    [AllowAnonymous]
    [ProducesResponseType<PublicExpoCatalogue>(StatusCodes.Status200OK)]
    [WolverineGet("/api/public/expos/{year}", OperationId = "getPublicExpoCatalogue")]
    public static async Task<IResult> Catalogue(int year, IQuerySession session, CancellationToken ct) =>
        await ExpoQueries.LoadAsync(session, year, ct) is { } expo
            ? Results.Ok(PublicExpoCatalogue.From(expo))
            : Results.Problem(Problems.NotFound($"No expo was planned for {year}."));
}
