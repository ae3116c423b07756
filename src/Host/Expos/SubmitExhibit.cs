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
/// 출품 신청: an organisation submits a policy or project to exhibit, inside the submission window (R9),
/// as one being realised (<c>realised</c>, the default) or one hoped for (<c>hoped</c>).
/// </summary>
[Command("/api/expos/{year}/exhibits", "submitExhibit", Roles.Commanders)]
public sealed record SubmitExhibit(string? Organisation, OrganisationType? OrganisationType, string? Title, string? Summary, PolicyRealisation? Realisation, DateOnly? On)
    : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);

    public void Check(Checks checks) => checks
        .Text("organisation", Organisation)
        .Defined("organisationType", OrganisationType)
        .Text("title", Title)
        .Text("summary", Summary, 2000)
        .Defined("realisation", Realisation, required: false);
}

public static class SubmitExhibitHandler
{
    public static StreamCreated Handle(SubmitExhibit command, [WriteAggregate(nameof(SubmitExhibit.ExpoId), Required = false)] IEventStream<Expo> expo, BusinessCalendar calendar)
    {
        var planned = ExpoStreams.Planned(expo, command.Year);
        var exhibitId = Guid.CreateVersion7();
        var decision = ExpoDecisions.Submit(planned, exhibitId, command.Organisation!.Trim(), command.OrganisationType!.Value,
            command.Title!.Trim(), command.Summary!.Trim(), calendar.DateOf(command.On), recordedOn: calendar.Today,
            command.Realisation ?? PolicyRealisation.Realised);
        expo.AppendMany(decision.EventsOrThrow());
        return StreamCreated.At($"{ExpoStreams.Url(planned.Year)}/exhibits", exhibitId);
    }
}
