using Hyeopchi.Domain.Expos;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Expos;

public enum ReviewDecision
{
    Accept,
    Decline,
}

/// <summary>출품 심사: accept, or decline with a reason (the reason is never published).</summary>
public sealed record ReviewExhibit(ReviewDecision? Decision, string? Reason, DateOnly? On);

public static class ReviewExhibitEndpoint
{
    public static ProblemDetails Validate(ReviewExhibit command) => new Checks()
        .Defined("decision", command.Decision)
        .Text("reason", command.Reason, Checks.MaxLongTextLength, required: command.Decision == ReviewDecision.Decline)
        .Result();

    public static Task<(IEventStream<Expo>?, ProblemDetails)> LoadAsync(int year, IDocumentSession session, CancellationToken ct) =>
        ExpoStreams.FetchAsync(year, session, ct);

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/expos/{year}/exhibits/{exhibitId}/review", OperationId = "reviewExhibit")]
    public static Recorded Post(ReviewExhibit command, Guid exhibitId, IEventStream<Expo> expo, BusinessCalendar calendar)
    {
        var on = calendar.DateOf(command.On);
        return ExpoStreams.Append(expo, command.Decision == ReviewDecision.Accept
            ? ExpoDecisions.Accept(expo.Aggregate!, exhibitId, on)
            : ExpoDecisions.Decline(expo.Aggregate!, exhibitId, command.Reason!.Trim(), on));
    }
}

/// <summary>부스·판넬 배치: where an accepted exhibit is shown.</summary>
public sealed record PlaceExhibit(PlacementKind? Kind, string? Location, DateOnly? On);

public static class PlaceExhibitEndpoint
{
    public static ProblemDetails Validate(PlaceExhibit command) => new Checks()
        .Defined("kind", command.Kind)
        .Text("location", command.Location, 100)
        .Result();

    public static Task<(IEventStream<Expo>?, ProblemDetails)> LoadAsync(int year, IDocumentSession session, CancellationToken ct) =>
        ExpoStreams.FetchAsync(year, session, ct);

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/expos/{year}/exhibits/{exhibitId}/placement", OperationId = "placeExhibit")]
    public static Recorded Post(PlaceExhibit command, Guid exhibitId, IEventStream<Expo> expo, BusinessCalendar calendar) =>
        ExpoStreams.Append(expo, ExpoDecisions.Place(expo.Aggregate!, exhibitId, command.Kind!.Value, command.Location!.Trim(), calendar.DateOf(command.On)));
}

/// <summary>상주 인력: the exhibitor's staff for one shift of one expo day (R9: every accepted exhibit needs one before opening).</summary>
public sealed record AssignExhibitStaff(string? Name, DateOnly? Day, StaffShift? Shift, DateOnly? On);

public static class AssignExhibitStaffEndpoint
{
    public static ProblemDetails Validate(AssignExhibitStaff command) => new Checks()
        .Text("name", command.Name, 100)
        .Required("day", command.Day)
        .Defined("shift", command.Shift, required: false)
        .Result();

    public static Task<(IEventStream<Expo>?, ProblemDetails)> LoadAsync(int year, IDocumentSession session, CancellationToken ct) =>
        ExpoStreams.FetchAsync(year, session, ct);

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/expos/{year}/exhibits/{exhibitId}/staff", OperationId = "assignExhibitStaff")]
    public static Recorded Post(AssignExhibitStaff command, Guid exhibitId, IEventStream<Expo> expo, BusinessCalendar calendar) =>
        ExpoStreams.Append(expo, ExpoDecisions.AssignStaff(expo.Aggregate!, exhibitId, command.Name!.Trim(), command.Day!.Value,
            command.Shift ?? StaffShift.AllDay, calendar.DateOf(command.On)));
}
