using System.Text.Json.Serialization;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.Expos;

/// <summary>
/// 홍보 기간 (R9, L41): the days the expo is promoted before it opens, set or changed before it opens and
/// ending no later than the opening; a change states its reason (R10).
/// </summary>
[Command("/api/expos/{year}/promotion", "setExpoPromotion", Roles.Commanders)]
public sealed record SetExpoPromotion(DateOnly? StartsOn, DateOnly? EndsOn, string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);

    public void Check(Checks checks) => checks
        .Required("startsOn", StartsOn)
        .Required("endsOn", EndsOn)
        .That(!(StartsOn > EndsOn), "endsOn", "홍보 기간은 시작 이후에 끝나야 합니다. (the promotion period ends on or after it starts)")
        .That(StartsOn is null || EndsOn is null || EndsOn.Value.DayNumber - StartsOn.Value.DayNumber <= 366, "endsOn",
            "홍보 기간은 1년 이내입니다. (a promotion period lasts at most a year)")
        .Text("reason", Reason, Checks.MaxLongTextLength, required: false);
}

public static class SetExpoPromotionHandler
{
    public static Recorded Handle(SetExpoPromotion command, [WriteAggregate(nameof(SetExpoPromotion.ExpoId), Required = false)] IEventStream<Expo> expo, BusinessCalendar calendar) =>
        ExpoStreams.Append(expo, ExpoDecisions.SetPromotion(ExpoStreams.Planned(expo, command.Year), new PromotionPeriod(command.StartsOn!.Value, command.EndsOn!.Value),
            command.Reason, calendar.DateOf(command.On)));
}

/// <summary>부대 행사 (R9, L41): a side event of the expo, held in its promotion period or on its days.</summary>
[Command("/api/expos/{year}/side-events", "recordExpoSideEvent", Roles.Commanders)]
public sealed record RecordExpoSideEvent(string? Title, DateOnly? Day, string? Place, string? Organiser, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);

    public void Check(Checks checks) => checks
        .Text("title", Title)
        .Required("day", Day)
        .Text("place", Place, 100)
        .Text("organiser", Organiser, 100);
}

public static class RecordExpoSideEventHandler
{
    public static StreamCreated Handle(RecordExpoSideEvent command, [WriteAggregate(nameof(RecordExpoSideEvent.ExpoId), Required = false)] IEventStream<Expo> expo, BusinessCalendar calendar)
    {
        var planned = ExpoStreams.Planned(expo, command.Year);
        var sideEventId = Guid.CreateVersion7();
        expo.AppendMany(ExpoDecisions.RecordSideEvent(planned, sideEventId, command.Title!.Trim(), command.Day!.Value, command.Place!.Trim(),
            command.Organiser!.Trim(), calendar.DateOf(command.On)).EventsOrThrow());
        return StreamCreated.At($"{ExpoStreams.Url(planned.Year)}/side-events", sideEventId);
    }
}

/// <summary>부대 행사 철회 (R10): a side event recorded by mistake or called off is withdrawn with a reason; it stays in the history.</summary>
[Command("/api/expos/{year}/side-events/{sideEventId}/withdrawal", "withdrawExpoSideEvent", Roles.Commanders)]
public sealed record WithdrawExpoSideEvent(string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid SideEventId { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);

    public void Check(Checks checks) => checks.Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class WithdrawExpoSideEventHandler
{
    public static Recorded Handle(WithdrawExpoSideEvent command, [WriteAggregate(nameof(WithdrawExpoSideEvent.ExpoId), Required = false)] IEventStream<Expo> expo, BusinessCalendar calendar)
    {
        var planned = ExpoStreams.Planned(expo, command.Year);
        if (!planned.SideEvents.ContainsKey(command.SideEventId)) throw new UnknownRecordException($"The {command.Year} expo has no side event {command.SideEventId}.");
        return ExpoStreams.Append(expo, ExpoDecisions.WithdrawSideEvent(planned, command.SideEventId, command.Reason!.Trim(), calendar.DateOf(command.On)));
    }
}

/// <summary>이루어지는/이루고자 하는 정정 (R10): an exhibit's mark as a policy being realised or one hoped for is corrected with a reason.</summary>
[Command("/api/expos/{year}/exhibits/{exhibitId}/realisation", "correctExhibitRealisation", Roles.Commanders)]
public sealed record CorrectExhibitRealisation(PolicyRealisation? Realisation, string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExhibitId { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);

    public void Check(Checks checks) => checks
        .Defined("realisation", Realisation)
        .Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class CorrectExhibitRealisationHandler
{
    public static Recorded Handle(CorrectExhibitRealisation command, [WriteAggregate(nameof(CorrectExhibitRealisation.ExpoId), Required = false)] IEventStream<Expo> expo, BusinessCalendar calendar)
    {
        var planned = ExpoStreams.Planned(expo, command.Year);
        if (planned.Exhibit(command.ExhibitId) is null) throw new UnknownRecordException($"The {command.Year} expo has no exhibit {command.ExhibitId}.");
        return ExpoStreams.Append(expo, ExpoDecisions.CorrectRealisation(planned, command.ExhibitId, command.Realisation!.Value, command.Reason!.Trim(),
            calendar.DateOf(command.On)));
    }
}
