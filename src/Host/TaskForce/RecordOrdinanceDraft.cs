using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>조례안 초안: the next version of the ordinance draft, with its full text (R6: only a formed TF drafts).</summary>
public sealed record RecordOrdinanceDraft(string? Text, string? Note, DateOnly? On);

/// <summary>201 with <c>{"id", "version"}</c>; Location is the draft version.</summary>
public sealed record DraftRecorded(string Id, int Version, string Url) : CreationResponse(Url);

public static class RecordOrdinanceDraftEndpoint
{
    public const int MaxDraftLength = 200_000;

    public static ProblemDetails Validate(RecordOrdinanceDraft command) => new Checks()
        .Text("text", command.Text, MaxDraftLength)
        .Text("note", command.Note, Checks.MaxLongTextLength, required: false)
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/task-force/{id}/drafts", OperationId = "recordOrdinanceDraft")]
    public static DraftRecorded Post(RecordOrdinanceDraft command, [WriteAggregate("id")] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar)
    {
        Recorded.CheckExpected(taskForce);
        var events = TaskForceDecisions.RecordDraft(taskForce.Aggregate!, command.Text!.Replace("\r\n", "\n"), command.Note?.Trim(), calendar.DateOf(command.On))
            .EventsOrThrow();
        taskForce.AppendMany(events);
        var version = ((OrdinanceDraftRecorded)events[0]).Version;
        return new DraftRecorded(version.ToString(System.Globalization.CultureInfo.InvariantCulture), version,
            $"/api/task-force/{taskForce.Id}/drafts/{version}");
    }
}
