using System.Text.Json.Serialization;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.Expos;

/// <summary>개막: refused (R9) while an accepted exhibit has no on-site staff, naming each one.</summary>
[Command("/api/expos/{year}/opening", "openExpo", Roles.Commanders)]
public sealed record OpenExpo(DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);
}

public static class OpenExpoHandler
{
    public static Recorded Handle(OpenExpo command, [WriteAggregate(nameof(OpenExpo.ExpoId), Required = false)] IEventStream<Expo> expo, BusinessCalendar calendar) =>
        ExpoStreams.Append(expo, ExpoDecisions.Open(ExpoStreams.Planned(expo, command.Year), calendar.DateOf(command.On)));
}

/// <summary>폐막.</summary>
[Command("/api/expos/{year}/closing", "closeExpo", Roles.Commanders)]
public sealed record CloseExpo(DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);
}

public static class CloseExpoHandler
{
    public static Recorded Handle(CloseExpo command, [WriteAggregate(nameof(CloseExpo.ExpoId), Required = false)] IEventStream<Expo> expo, BusinessCalendar calendar) =>
        ExpoStreams.Append(expo, ExpoDecisions.Close(ExpoStreams.Planned(expo, command.Year), calendar.DateOf(command.On)));
}

/// <summary>연계 성과: at the expo, exhibit A was linked with organisation B for project C (recorded during or after the expo).</summary>
[Command("/api/expos/{year}/linkages", "recordExpoLinkage", Roles.Commanders)]
public sealed record RecordExpoLinkage(Guid? ExhibitId, string? Organisation, string? Project, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);

    public void Check(Checks checks) => checks
        .NotEmpty("exhibitId", ExhibitId)
        .Text("organisation", Organisation)
        .Text("project", Project);
}

public static class RecordExpoLinkageHandler
{
    public static StreamCreated Handle(RecordExpoLinkage command, [WriteAggregate(nameof(RecordExpoLinkage.ExpoId), Required = false)] IEventStream<Expo> expo,
        BusinessCalendar calendar)
    {
        var planned = ExpoStreams.Planned(expo, command.Year);
        var linkageId = Guid.CreateVersion7();
        expo.AppendMany(ExpoDecisions.RecordLinkage(planned, linkageId, command.ExhibitId!.Value, command.Organisation!.Trim(),
            command.Project!.Trim(), calendar.DateOf(command.On)).EventsOrThrow());
        return StreamCreated.At($"{ExpoStreams.Url(planned.Year)}/linkages", linkageId);
    }
}
