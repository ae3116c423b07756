using System.Text.Json.Serialization;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Expos;

/// <summary>
/// 박람회 계획: the year's policy expo, its venue (default 성북구청 바람마당), submission window and days,
/// and optionally its promotion period (홍보 기간, both ends or neither). One a year (R9).
/// </summary>
[Command("/api/expos", "planExpo", Roles.Commanders)]
public sealed record PlanExpo(
    int? Year, string? Venue, DateOnly? SubmissionsOpen, DateOnly? SubmissionsClose, DateOnly? OpensOn, DateOnly? ClosesOn,
    DateOnly? PromotionStartsOn, DateOnly? PromotionEndsOn, DateOnly? On)
    : ICommand
{
    public void Check(Checks checks) => checks
        .Range("year", Year, 2000, 2100)
        .Text("venue", Venue, required: false)
        .Required("submissionsOpen", SubmissionsOpen)
        .Required("submissionsClose", SubmissionsClose)
        .Required("opensOn", OpensOn)
        .Required("closesOn", ClosesOn)
        .That(!(SubmissionsOpen > SubmissionsClose), "submissionsClose", "제출 마감은 제출 시작 이후여야 합니다. (the window closes after it opens)")
        .That(!(SubmissionsClose >= OpensOn), "submissionsClose", "제출 마감은 개막 전이어야 합니다. (the window closes before the expo opens)")
        .That(!(OpensOn > ClosesOn), "closesOn", "폐막은 개막 이후여야 합니다. (the expo closes on or after it opens)")
        .That(OpensOn is null || Year is null || OpensOn.Value.Year == Year, "opensOn", "개막일은 그 해여야 합니다. (the expo opens in its year)")
        .That(OpensOn is null || ClosesOn is null || ClosesOn.Value.DayNumber - OpensOn.Value.DayNumber <= 31, "closesOn",
            "박람회는 31일 이내입니다. (an expo lasts at most 31 days)")
        .That(PromotionStartsOn.HasValue == PromotionEndsOn.HasValue, PromotionStartsOn is null ? "promotionStartsOn" : "promotionEndsOn",
            "홍보 기간은 시작과 끝을 함께 적습니다. (the promotion period has both ends or neither)")
        .That(!(PromotionStartsOn > PromotionEndsOn), "promotionEndsOn", "홍보 기간은 시작 이후에 끝나야 합니다. (the promotion period ends on or after it starts)")
        .That(!(PromotionEndsOn > OpensOn), "promotionEndsOn", "홍보 기간은 개막일까지 끝나야 합니다. (the promotion period ends by the opening)")
        .That(PromotionStartsOn is null || PromotionEndsOn is null || PromotionEndsOn.Value.DayNumber - PromotionStartsOn.Value.DayNumber <= 366, "promotionEndsOn",
            "홍보 기간은 1년 이내입니다. (a promotion period lasts at most a year)");
}

public static class PlanExpoHandler
{
    public static async Task<(StreamCreated, IStartStream)> Handle(PlanExpo command, IQuerySession session, BusinessCalendar calendar, CancellationToken ct)
    {
        var year = command.Year!.Value;
        var id = Expo.StreamIdFor(year);
        var existing = await session.Events.AggregateStreamAsync<Expo>(id, token: ct);
        var venue = string.IsNullOrWhiteSpace(command.Venue) ? Expo.DefaultVenue : command.Venue.Trim();
        var events = ExpoDecisions.Plan(existing, year, venue, command.SubmissionsOpen!.Value, command.SubmissionsClose!.Value,
            command.OpensOn!.Value, command.ClosesOn!.Value, calendar.DateOf(command.On),
            command.PromotionStartsOn is { } starts && command.PromotionEndsOn is { } ends ? new PromotionPeriod(starts, ends) : null).EventsOrThrow();
        var key = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (new StreamCreated(key, ExpoStreams.Url(year)), MartenOps.StartStream<Expo>(id, events.ToArray()));
    }
}

/// <summary>장소 변경: the expo moves before it opens.</summary>
[Command("/api/expos/{year}/venue", "changeExpoVenue", Roles.Commanders)]
public sealed record ChangeExpoVenue(string? Venue, string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);

    public void Check(Checks checks) => checks
        .Text("venue", Venue)
        .Text("reason", Reason, Checks.MaxLongTextLength, required: false);
}

public static class ChangeExpoVenueHandler
{
    public static Recorded Handle(ChangeExpoVenue command, [WriteAggregate(nameof(ChangeExpoVenue.ExpoId), Required = false)] IEventStream<Expo> expo, BusinessCalendar calendar) =>
        ExpoStreams.Append(expo, ExpoDecisions.ChangeVenue(ExpoStreams.Planned(expo, command.Year), command.Venue!.Trim(), command.Reason?.Trim(), calendar.DateOf(command.On)));
}
