using Hyeopchi.Domain.Expos;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Expos;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Expos;

public sealed record ExpoSummary(string Id, int Year, string Venue, DateOnly OpensOn, DateOnly ClosesOn, ExpoStatus Status, int Submitted, int Accepted, int Linkages)
{
    /// <summary>The accepted exhibits by realisation, as the read model counts them.</summary>
    public RealisationCounts AcceptedByRealisation { get; init; } = new(0, 0);
}

public sealed record OrganisationTypeCounts(int Administration, int Intermediary, int Civil, int Individual)
{
    public static OrganisationTypeCounts Of(IEnumerable<ExhibitEntry> exhibits)
    {
        var list = exhibits.ToList();
        return new(Count(OrganisationType.Administration), Count(OrganisationType.Intermediary), Count(OrganisationType.Civil), Count(OrganisationType.Individual));
        int Count(OrganisationType type) => list.Count(x => x.OrganisationType == type);
    }
}

/// <summary>Accepted exhibits showing a policy being realised (이루어지는) and ones hoped for (이루고자 하는).</summary>
public sealed record RealisationCounts(int Realised, int Hoped)
{
    /// <summary>The read model's count (<see cref="ExpoCatalogue.AcceptedByRealisation"/>), never recounted.</summary>
    public static RealisationCounts Of(ExpoCatalogue expo) =>
        new(expo.AcceptedCount(PolicyRealisation.Realised), expo.AcceptedCount(PolicyRealisation.Hoped));
}

/// <summary>The coordinators' view of a year's expo: every exhibit with its review, staff and linkages.</summary>
public sealed record ExpoDetail(
    string Id,
    int Year,
    string Venue,
    DateOnly SubmissionsOpen,
    DateOnly SubmissionsClose,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    ExpoStatus Status,
    DateOnly? OpenedOn,
    DateOnly? ClosedOn,
    OrganisationTypeCounts AcceptedByType,
    IReadOnlyList<PlanningTeamMember> PlanningTeam,
    IReadOnlyList<ExhibitEntry> Exhibits,
    IReadOnlyList<LinkageView> Linkages,
    RealisationCounts AcceptedByRealisation,
    PromotionPeriod? Promotion,
    IReadOnlyList<SideEventView> SideEvents,
    IReadOnlyList<SideEventView> WithdrawnSideEvents,
    long Version);

public sealed record ExpoYear(int Year, string Venue, ExpoStatus Status, int Submitted, int Exhibits, int Declined, int Organisations, int Linkages, OrganisationTypeCounts ByType)
{
    /// <summary>The accepted exhibits by realisation, as the read model counts them.</summary>
    public RealisationCounts ByRealisation { get; init; } = new(0, 0);
}

public sealed record ExpoReport(int? From, int? To, IReadOnlyList<ExpoYear> Rows);

public static class ExpoQueries
{
    [Authorize]
    [WolverineGet("/api/expos", OperationId = "listExpos")]
    public static async Task<IReadOnlyList<ExpoSummary>> List(IQuerySession session, CancellationToken ct)
    {
        var expos = await session.Query<ExpoCatalogue>().OrderBy(e => e.Year).ToListAsync(ct);
        return expos.Select(e => new ExpoSummary(e.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Year, e.Venue, e.OpensOn, e.ClosesOn,
            e.Status, e.Exhibits.Count, e.Accepted.Count(), e.Linkages.Count)
        { AcceptedByRealisation = RealisationCounts.Of(e) }).ToList();
    }

    [Authorize]
    [ProducesResponseType<ExpoDetail>(StatusCodes.Status200OK)]
    [WolverineGet("/api/expos/{year}", OperationId = "getExpo")]
    public static async Task<IResult> Get(int year, IQuerySession session, HttpContext context, CancellationToken ct)
    {
        if (await LoadAsync(session, year, ct) is not { } e) return Results.Problem(Problems.NotFound($"No expo was planned for {year}."));
        ExpectedVersion.Tag(context, e.Version);
        return Results.Ok(new ExpoDetail(e.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Year, e.Venue, e.SubmissionsOpen, e.SubmissionsClose,
            e.OpensOn, e.ClosesOn, e.Status, e.OpenedOn, e.ClosedOn, OrganisationTypeCounts.Of(e.Accepted), e.PlanningTeam, e.Exhibits, e.Linkages,
            RealisationCounts.Of(e), e.Promotion, e.SideEvents, e.WithdrawnSideEvents, e.Version));
    }

    [Authorize]
    [ProducesResponseType<ExhibitEntry>(StatusCodes.Status200OK)]
    [WolverineGet("/api/expos/{year}/exhibits/{exhibitId}", OperationId = "getExhibit")]
    public static async Task<IResult> Exhibit(int year, Guid exhibitId, IQuerySession session, CancellationToken ct) =>
        (await LoadAsync(session, year, ct))?.Exhibits.FirstOrDefault(x => x.Id == exhibitId) is { } exhibit
            ? Results.Ok(exhibit)
            : Results.Problem(Problems.NotFound($"The {year} expo has no exhibit {exhibitId}."));

    [Authorize]
    [ProducesResponseType<SideEventView>(StatusCodes.Status200OK)]
    [WolverineGet("/api/expos/{year}/side-events/{sideEventId}", OperationId = "getExpoSideEvent")]
    public static async Task<IResult> SideEvent(int year, Guid sideEventId, IQuerySession session, CancellationToken ct) =>
        (await LoadAsync(session, year, ct)) is { } expo && expo.SideEvents.Concat(expo.WithdrawnSideEvents).FirstOrDefault(x => x.Id == sideEventId) is { } side
            ? Results.Ok(side)
            : Results.Problem(Problems.NotFound($"The {year} expo has no side event {sideEventId}."));

    /// <summary>Year over year: exhibits (accepted), organisations (distinct among them), linkages, and the accepted exhibits by realisation, per expo year in [from, to].</summary>
    [Authorize]
    [ProducesResponseType<ExpoReport>(StatusCodes.Status200OK)]
    [WolverineGet("/api/reports/expos", OperationId = "reportExpos")]
    public static async Task<IResult> Report(int? from, int? to, IQuerySession session, CancellationToken ct)
    {
        var invalid = new Checks()
            .Range("from", from, 2000, 2100, required: false)
            .Range("to", to, 2000, 2100, required: false)
            .That(!(from > to), "to", "to는 from 이후여야 합니다. (to is not before from)")
            .Result();
        if (!ReferenceEquals(invalid, WolverineContinue.NoProblems)) return Results.Problem(invalid);

        var low = from ?? 2000;
        var high = to ?? 2100;
        var expos = await session.Query<ExpoCatalogue>().Where(e => e.Year >= low && e.Year <= high).OrderBy(e => e.Year).ToListAsync(ct);
        var rows = expos.Select(e => new ExpoYear(e.Year, e.Venue, e.Status, e.Exhibits.Count, e.Accepted.Count(),
            e.Exhibits.Count(x => x.Status == ExhibitStatus.Declined),
            e.Accepted.Select(x => x.Organisation).Distinct(StringComparer.Ordinal).Count(),
            e.Linkages.Count, OrganisationTypeCounts.Of(e.Accepted))
        { ByRealisation = RealisationCounts.Of(e) }).ToList();
        return Results.Ok(new ExpoReport(from, to, rows));
    }

    internal static Task<ExpoCatalogue?> LoadAsync(IQuerySession session, int year, CancellationToken ct) =>
        session.LoadAsync<ExpoCatalogue>(Expo.StreamIdFor(year), ct);
}
