using Hyeopchi.Domain.Expos;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Expos;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Expos;

public sealed record PublicExhibit(string Id, string Organisation, string Title, string Summary, Placement? Placement, int Linkages, PolicyRealisation Realisation);

public sealed record PublicExhibitGroup(OrganisationType OrganisationType, string Label, int Count, IReadOnlyList<PublicExhibit> Exhibits);

/// <summary>How many published exhibits show a policy being realised (이루어지는) and how many one hoped for (이루고자 하는).</summary>
public sealed record PublicRealisationCount(PolicyRealisation Realisation, string Label, int Count);

/// <summary>A side event (부대 행사) as the public sees it; withdrawn ones are never shown.</summary>
public sealed record PublicSideEvent(string Id, string Title, DateOnly Day, string Place, string Organiser);

/// <summary>
/// The public catalogue of a year's expo: only ACCEPTED exhibits, only what their exhibitors
/// published (organisation, title, summary) and where they are shown. No staff, reviewer, decline
/// reason, or declined or pending exhibit ever appears here.
/// </summary>
/// <remarks>
/// <see cref="ByRealisation"/> counts the exhibits by whether they show a policy being realised or one
/// hoped for (L41); within each organisation type's group, realised ones come first.
/// </remarks>
public sealed record PublicExpoCatalogue(
    int Year, string Venue, DateOnly OpensOn, DateOnly ClosesOn, ExpoStatus Status, int Total, OrganisationTypeCounts Counts, IReadOnlyList<PublicExhibitGroup> Groups,
    IReadOnlyList<PublicRealisationCount> ByRealisation, PromotionPeriod? Promotion, IReadOnlyList<PublicSideEvent> SideEvents)
{
    public static PublicExpoCatalogue From(ExpoCatalogue expo)
    {
        var accepted = expo.Accepted.ToList();
        var groups = Enum.GetValues<OrganisationType>()
            .Select(type => accepted.Where(x => x.OrganisationType == type)
                .OrderBy(x => x.Realisation).ThenBy(x => x.Organisation, StringComparer.Ordinal).ThenBy(x => x.Title, StringComparer.Ordinal)
                .Select(x => new PublicExhibit(x.Id.ToString(), x.Organisation, x.Title, x.Summary, x.Placement, x.Linkages, x.Realisation))
                .ToList())
            .Select((exhibits, i) => new PublicExhibitGroup((OrganisationType)i, Admin.Korean.Label((OrganisationType)i), exhibits.Count, exhibits))
            .Where(g => g.Count > 0)
            .ToList();
        var byRealisation = expo.AcceptedByRealisation
            .Select(c => new PublicRealisationCount(c.Realisation, Admin.Korean.Label(c.Realisation), c.Count))
            .ToList();
        var sideEvents = expo.SideEvents.Select(x => new PublicSideEvent(x.Id.ToString(), x.Title, x.Day, x.Place, x.Organiser)).ToList();
        return new PublicExpoCatalogue(expo.Year, expo.Venue, expo.OpensOn, expo.ClosesOn, expo.Status, accepted.Count, OrganisationTypeCounts.Of(accepted), groups,
            byRealisation, expo.Promotion, sideEvents);
    }
}

public static class PublicCatalogueQueries
{
    [AllowAnonymous]
    [ProducesResponseType<PublicExpoCatalogue>(StatusCodes.Status200OK)]
    [WolverineGet("/api/public/expos/{year}", OperationId = "getPublicExpoCatalogue")]
    public static Task<IResult> Catalogue(int year, IQuerySession session, CancellationToken ct) => CatalogueOf(year, session, ct);

    /// <summary>A district's public catalogue: the district in the address decides the session's tenant (Districts/RequestDistrict).</summary>
    [AllowAnonymous]
    [ProducesResponseType<PublicExpoCatalogue>(StatusCodes.Status200OK)]
    [WolverineGet("/api/public/districts/{district}/expos/{year}", OperationId = "getDistrictPublicExpoCatalogue")]
    public static Task<IResult> DistrictCatalogue(string district, int year, IQuerySession session, CancellationToken ct) => CatalogueOf(year, session, ct);

    private static async Task<IResult> CatalogueOf(int year, IQuerySession session, CancellationToken ct) =>
        await ExpoQueries.LoadAsync(session, year, ct) is { } expo
            ? Results.Ok(PublicExpoCatalogue.From(expo))
            : Results.Problem(Problems.NotFound($"No expo was planned for {year}."));
}
