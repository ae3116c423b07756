using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
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
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    [AllowAnonymous]
    [ProducesResponseType<PublicExpoCatalogue>(StatusCodes.Status200OK)]
    [WolverineGet("/api/public/expos/{year}", OperationId = "getPublicExpoCatalogue")]
    public static async Task<IResult> Catalogue(int year, IQuerySession session, CancellationToken ct) =>
        await ExpoQueries.LoadAsync(session, year, ct) is { } expo
            ? Results.Ok(PublicExpoCatalogue.From(expo))
            : Results.Problem(Problems.NotFound($"No expo was planned for {year}."));

    /// <summary>The same catalogue as a page a resident can read on a phone: server-rendered, every string HTML-encoded.</summary>
    [AllowAnonymous]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/html")]
    [WolverineGet("/expos/{year}", OperationId = "getPublicExpoPage")]
    public static async Task<IResult> Page(int year, IQuerySession session, CancellationToken ct)
    {
        var expo = await ExpoQueries.LoadAsync(session, year, ct);
        var html = expo is null
            ? Render($"{year} 협치 정책 박람회", $"<p>{year}년 박람회 정보가 아직 없습니다.</p>")
            : Render($"{expo.Year} 협치 정책 박람회", Body(PublicExpoCatalogue.From(expo)));
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, expo is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }

    private static string Body(PublicExpoCatalogue catalogue)
    {
        var b = new StringBuilder();
        b.Append("<p class=\"meta\">")
            .Append(E(catalogue.OpensOn.ToString("yyyy년 M월 d일", CultureInfo.InvariantCulture))).Append(" – ")
            .Append(E(catalogue.ClosesOn.ToString("M월 d일", CultureInfo.InvariantCulture))).Append(" · ").Append(E(catalogue.Venue))
            .Append("</p>\n<p class=\"meta\">출품 ").Append(catalogue.Total).Append("건");
        foreach (var group in catalogue.Groups) b.Append(" · ").Append(E(group.Label)).Append(' ').Append(group.Count);
        b.Append("</p>\n");
        if (catalogue.Groups.Count == 0) b.Append("<p>아직 공개된 출품작이 없습니다.</p>\n");
        foreach (var group in catalogue.Groups)
        {
            b.Append("<section>\n<h2>").Append(E(group.Label)).Append(" <span class=\"count\">").Append(group.Count).Append("</span></h2>\n<ul>\n");
            foreach (var x in group.Exhibits)
            {
                b.Append("<li><h3>").Append(E(x.Title)).Append("</h3>\n<p class=\"org\">").Append(E(x.Organisation));
                if (x.Placement is { } p) b.Append(" · ").Append(p.Kind == PlacementKind.Booth ? "부스" : "판넬").Append(' ').Append(E(p.Location));
                b.Append("</p>\n<p>").Append(E(x.Summary)).Append("</p>");
                if (x.Linkages > 0) b.Append("\n<p class=\"links\">연계 ").Append(x.Linkages).Append("건</p>");
                b.Append("</li>\n");
            }

            b.Append("</ul>\n</section>\n");
        }

        return b.ToString();
    }

    private static string Render(string title, string body) => $$$"""
        <!DOCTYPE html>
        <html lang="ko">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{{E(title)}}}</title>
        <link rel="stylesheet" href="/catalogue.css">
        </head>
        <body>
        <main>
        <h1>{{{E(title)}}}</h1>
        {{{body}}}
        </main>
        </body>
        </html>
        """;

    private static string E(string text) => Html.Encode(text);
}
