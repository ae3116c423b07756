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

/// <summary>개막: refused (R9) while an accepted exhibit has no on-site staff, naming each one.</summary>
public sealed record OpenExpo(DateOnly? On);

public static class OpenExpoEndpoint
{
    public static Task<(IEventStream<Expo>?, ProblemDetails)> LoadAsync(int year, IDocumentSession session, CancellationToken ct) =>
        ExpoStreams.FetchAsync(year, session, ct);

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/expos/{year}/opening", OperationId = "openExpo")]
    public static Recorded Post(OpenExpo command, IEventStream<Expo> expo, BusinessCalendar calendar) =>
        ExpoStreams.Append(expo, ExpoDecisions.Open(expo.Aggregate!, calendar.DateOf(command.On)));
}

/// <summary>폐막.</summary>
public sealed record CloseExpo(DateOnly? On);

public static class CloseExpoEndpoint
{
    public static Task<(IEventStream<Expo>?, ProblemDetails)> LoadAsync(int year, IDocumentSession session, CancellationToken ct) =>
        ExpoStreams.FetchAsync(year, session, ct);

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/expos/{year}/closing", OperationId = "closeExpo")]
    public static Recorded Post(CloseExpo command, IEventStream<Expo> expo, BusinessCalendar calendar) =>
        ExpoStreams.Append(expo, ExpoDecisions.Close(expo.Aggregate!, calendar.DateOf(command.On)));
}

/// <summary>연계 성과: at the expo, exhibit A was linked with organisation B for project C (recorded during or after the expo).</summary>
public sealed record RecordExpoLinkage(Guid? ExhibitId, string? Organisation, string? Project, DateOnly? On);

public static class RecordExpoLinkageEndpoint
{
    public static ProblemDetails Validate(RecordExpoLinkage command) => new Checks()
        .NotEmpty("exhibitId", command.ExhibitId)
        .Text("organisation", command.Organisation)
        .Text("project", command.Project)
        .Result();

    public static Task<(IEventStream<Expo>?, ProblemDetails)> LoadAsync(int year, IDocumentSession session, CancellationToken ct) =>
        ExpoStreams.FetchAsync(year, session, ct);

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/expos/{year}/linkages", OperationId = "recordExpoLinkage")]
    public static StreamCreated Post(RecordExpoLinkage command, IEventStream<Expo> expo, BusinessCalendar calendar)
    {
        var linkageId = Guid.CreateVersion7();
        expo.AppendMany(ExpoDecisions.RecordLinkage(expo.Aggregate!, linkageId, command.ExhibitId!.Value, command.Organisation!.Trim(),
            command.Project!.Trim(), calendar.DateOf(command.On)).EventsOrThrow());
        return StreamCreated.At($"{ExpoStreams.Url(expo.Aggregate!.Year)}/linkages", linkageId);
    }
}
