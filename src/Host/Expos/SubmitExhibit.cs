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

/// <summary>출품 신청: an organisation submits a policy or project to exhibit, inside the submission window (R9).</summary>
public sealed record SubmitExhibit(string? Organisation, OrganisationType? OrganisationType, string? Title, string? Summary, DateOnly? On);

public static class SubmitExhibitEndpoint
{
    public static ProblemDetails Validate(SubmitExhibit command) => new Checks()
        .Text("organisation", command.Organisation)
        .Defined("organisationType", command.OrganisationType)
        .Text("title", command.Title)
        .Text("summary", command.Summary, 2000)
        .Result();

    public static Task<(IEventStream<Expo>?, ProblemDetails)> LoadAsync(int year, IDocumentSession session, CancellationToken ct) =>
        ExpoStreams.FetchAsync(year, session, ct);

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/expos/{year}/exhibits", OperationId = "submitExhibit")]
    public static StreamCreated Post(SubmitExhibit command, IEventStream<Expo> expo, BusinessCalendar calendar)
    {
        Recorded.CheckExpected(expo);
        var exhibitId = Guid.CreateVersion7();
        var decision = ExpoDecisions.Submit(expo.Aggregate!, exhibitId, command.Organisation!.Trim(), command.OrganisationType!.Value,
            command.Title!.Trim(), command.Summary!.Trim(), calendar.DateOf(command.On));
        expo.AppendMany(decision.EventsOrThrow());
        return StreamCreated.At($"{ExpoStreams.Url(expo.Aggregate!.Year)}/exhibits", exhibitId);
    }
}
