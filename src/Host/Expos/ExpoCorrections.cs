using System.Text.Json.Serialization;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.Expos;

/// <summary>출품 철회 (R10): its organisation withdraws an exhibit, with a reason, until the expo closes; it stays in the history and leaves the catalogue.</summary>
[Command("/api/expos/{year}/exhibits/{exhibitId}/withdrawal", "withdrawExhibit", Roles.Commanders)]
public sealed record WithdrawExhibit(string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExhibitId { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);

    public void Check(Checks checks) => checks.Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class WithdrawExhibitHandler
{
    public static Recorded Handle(WithdrawExhibit command, [WriteAggregate(nameof(WithdrawExhibit.ExpoId), Required = false)] IEventStream<Expo> expo, BusinessCalendar calendar)
    {
        var planned = ExpoStreams.Planned(expo, command.Year);
        if (planned.Exhibit(command.ExhibitId) is null) throw new UnknownRecordException($"The {command.Year} expo has no exhibit {command.ExhibitId}.");
        return ExpoStreams.Append(expo, ExpoDecisions.WithdrawExhibit(planned, command.ExhibitId, command.Reason!.Trim(), calendar.DateOf(command.On)));
    }
}

/// <summary>
/// 일정 변경 (R9, R10): the expo's submission window and days change before it opens, with a reason;
/// refused, naming them, when exhibits already submitted would fall outside the new window.
/// </summary>
[Command("/api/expos/{year}/schedule", "rescheduleExpo", Roles.Commanders)]
public sealed record RescheduleExpo(DateOnly? SubmissionsOpen, DateOnly? SubmissionsClose, DateOnly? OpensOn, DateOnly? ClosesOn, string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);

    public void Check(Checks checks) => checks
        .Required("submissionsOpen", SubmissionsOpen)
        .Required("submissionsClose", SubmissionsClose)
        .Required("opensOn", OpensOn)
        .Required("closesOn", ClosesOn)
        .Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class RescheduleExpoHandler
{
    public static Recorded Handle(RescheduleExpo command, [WriteAggregate(nameof(RescheduleExpo.ExpoId), Required = false)] IEventStream<Expo> expo, BusinessCalendar calendar)
    {
        var planned = ExpoStreams.Planned(expo, command.Year);
        var to = new ExpoDates(command.SubmissionsOpen!.Value, command.SubmissionsClose!.Value, command.OpensOn!.Value, command.ClosesOn!.Value);
        return ExpoStreams.Append(expo, ExpoDecisions.Reschedule(planned, to, command.Reason!.Trim(), calendar.DateOf(command.On)));
    }
}
