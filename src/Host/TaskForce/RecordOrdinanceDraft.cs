using System.Text.Json.Serialization;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>조례안 초안: the next version of the ordinance draft, with its full text (R6: only a formed TF drafts).</summary>
[Command("/api/task-force/{id}/drafts", "recordOrdinanceDraft", Roles.Commanders)]
public sealed record RecordOrdinanceDraft(string? Text, string? Note, DateOnly? On) : ICommand
{
    public const int MaxDraftLength = 200_000;

    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Text("text", Text, MaxDraftLength)
        .Text("note", Note, Checks.MaxLongTextLength, required: false);
}

/// <summary>201 with <c>{"id", "version"}</c>; Location is the draft version.</summary>
public sealed record DraftRecorded(string Id, int Version, string Url) : CreationResponse(Url);

public static class RecordOrdinanceDraftHandler
{
    public static DraftRecorded Handle(RecordOrdinanceDraft command, [WriteAggregate] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar)
    {
        var events = TaskForceDecisions.RecordDraft(taskForce.Aggregate!, command.Text!.Replace("\r\n", "\n"), command.Note?.Trim(), calendar.DateOf(command.On))
            .EventsOrThrow();
        taskForce.AppendMany(events);
        var version = ((OrdinanceDraftRecorded)events[0]).Version;
        return new DraftRecorded(version.ToString(System.Globalization.CultureInfo.InvariantCulture), version,
            $"/api/task-force/{taskForce.Id}/drafts/{version}");
    }
}
