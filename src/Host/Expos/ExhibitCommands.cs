using System.Text.Json.Serialization;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.Expos;

public enum ReviewDecision
{
    Accept,
    Decline,
}

/// <summary>출품 심사: accept, or decline with a reason (the reason is never published).</summary>
[Command("/api/expos/{year}/exhibits/{exhibitId}/review", "reviewExhibit", Roles.Commanders)]
public sealed record ReviewExhibit(ReviewDecision? Decision, string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExhibitId { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);

    public void Check(Checks checks) => checks
        .Defined("decision", Decision)
        .Text("reason", Reason, Checks.MaxLongTextLength, required: Decision == ReviewDecision.Decline);
}

public static class ReviewExhibitHandler
{
    public static Recorded Handle(ReviewExhibit command, [WriteAggregate(nameof(ReviewExhibit.ExpoId), Required = false)] IEventStream<Expo> expo, BusinessCalendar calendar)
    {
        var planned = ExpoStreams.Planned(expo, command.Year);
        var on = calendar.DateOf(command.On);
        return ExpoStreams.Append(expo, command.Decision == ReviewDecision.Accept
            ? ExpoDecisions.Accept(planned, command.ExhibitId, on)
            : ExpoDecisions.Decline(planned, command.ExhibitId, command.Reason!.Trim(), on));
    }
}

/// <summary>부스·판넬 배치: where an accepted exhibit is shown.</summary>
[Command("/api/expos/{year}/exhibits/{exhibitId}/placement", "placeExhibit", Roles.Commanders)]
public sealed record PlaceExhibit(PlacementKind? Kind, string? Location, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExhibitId { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);

    public void Check(Checks checks) => checks
        .Defined("kind", Kind)
        .Text("location", Location, 100);
}

public static class PlaceExhibitHandler
{
    public static Recorded Handle(PlaceExhibit command, [WriteAggregate(nameof(PlaceExhibit.ExpoId), Required = false)] IEventStream<Expo> expo, BusinessCalendar calendar) =>
        ExpoStreams.Append(expo, ExpoDecisions.Place(ExpoStreams.Planned(expo, command.Year), command.ExhibitId, command.Kind!.Value, command.Location!.Trim(),
            calendar.DateOf(command.On)));
}

/// <summary>상주 인력: the exhibitor's staff for one shift of one expo day (R9: every accepted exhibit needs one before opening).</summary>
[Command("/api/expos/{year}/exhibits/{exhibitId}/staff", "assignExhibitStaff", Roles.Commanders)]
public sealed record AssignExhibitStaff(string? Name, DateOnly? Day, StaffShift? Shift, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExhibitId { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);

    public void Check(Checks checks) => checks
        .Text("name", Name, 100)
        .Required("day", Day)
        .Defined("shift", Shift, required: false);
}

public static class AssignExhibitStaffHandler
{
    public static Recorded Handle(AssignExhibitStaff command, [WriteAggregate(nameof(AssignExhibitStaff.ExpoId), Required = false)] IEventStream<Expo> expo, BusinessCalendar calendar) =>
        ExpoStreams.Append(expo, ExpoDecisions.AssignStaff(ExpoStreams.Planned(expo, command.Year), command.ExhibitId, command.Name!.Trim(), command.Day!.Value,
            command.Shift ?? StaffShift.AllDay, calendar.DateOf(command.On)));
}
