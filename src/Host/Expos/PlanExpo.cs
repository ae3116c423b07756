using Hyeopchi.Domain.Expos;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Expos;

/// <summary>박람회 계획: the year's policy expo, its venue (default 성북구청 바람마당), submission window and days. One a year (R9).</summary>
public sealed record PlanExpo(int? Year, string? Venue, DateOnly? SubmissionsOpen, DateOnly? SubmissionsClose, DateOnly? OpensOn, DateOnly? ClosesOn, DateOnly? On);

public static class PlanExpoEndpoint
{
    public static ProblemDetails Validate(PlanExpo command) => new Checks()
        .Range("year", command.Year, 2000, 2100)
        .Text("venue", command.Venue, required: false)
        .Required("submissionsOpen", command.SubmissionsOpen)
        .Required("submissionsClose", command.SubmissionsClose)
        .Required("opensOn", command.OpensOn)
        .Required("closesOn", command.ClosesOn)
        .That(!(command.SubmissionsOpen > command.SubmissionsClose), "submissionsClose", "제출 마감은 제출 시작 이후여야 합니다. (the window closes after it opens)")
        .That(!(command.SubmissionsClose >= command.OpensOn), "submissionsClose", "제출 마감은 개막 전이어야 합니다. (the window closes before the expo opens)")
        .That(!(command.OpensOn > command.ClosesOn), "closesOn", "폐막은 개막 이후여야 합니다. (the expo closes on or after it opens)")
        .That(command.OpensOn is null || command.Year is null || command.OpensOn.Value.Year == command.Year, "opensOn", "개막일은 그 해여야 합니다. (the expo opens in its year)")
        .That(command.OpensOn is null || command.ClosesOn is null || command.ClosesOn.Value.DayNumber - command.OpensOn.Value.DayNumber <= 31, "closesOn",
            "박람회는 31일 이내입니다. (an expo lasts at most 31 days)")
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/expos", OperationId = "planExpo")]
    public static async Task<(StreamCreated, IStartStream)> Post(PlanExpo command, IQuerySession session, BusinessCalendar calendar, CancellationToken ct)
    {
        var year = command.Year!.Value;
        var id = Expo.StreamIdFor(year);
        var existing = await session.Events.AggregateStreamAsync<Expo>(id, token: ct);
        var venue = string.IsNullOrWhiteSpace(command.Venue) ? Expo.DefaultVenue : command.Venue.Trim();
        var events = ExpoDecisions.Plan(existing, year, venue, command.SubmissionsOpen!.Value, command.SubmissionsClose!.Value,
            command.OpensOn!.Value, command.ClosesOn!.Value, calendar.DateOf(command.On)).EventsOrThrow();
        var key = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (new StreamCreated(key, ExpoStreams.Url(year)), MartenOps.StartStream<Expo>(id, events.ToArray()));
    }
}

/// <summary>장소 변경: the expo moves before it opens.</summary>
public sealed record ChangeExpoVenue(string? Venue, string? Reason, DateOnly? On);

public static class ChangeExpoVenueEndpoint
{
    public static ProblemDetails Validate(ChangeExpoVenue command) => new Checks()
        .Text("venue", command.Venue)
        .Text("reason", command.Reason, Checks.MaxLongTextLength, required: false)
        .Result();

    public static Task<(JasperFx.Events.IEventStream<Expo>?, ProblemDetails)> LoadAsync(int year, IDocumentSession session, CancellationToken ct) =>
        ExpoStreams.FetchAsync(year, session, ct);

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/expos/{year}/venue", OperationId = "changeExpoVenue")]
    public static Recorded Post(ChangeExpoVenue command, JasperFx.Events.IEventStream<Expo> expo, BusinessCalendar calendar) =>
        ExpoStreams.Append(expo, ExpoDecisions.ChangeVenue(expo.Aggregate!, command.Venue!.Trim(), command.Reason?.Trim(), calendar.DateOf(command.On)));
}
