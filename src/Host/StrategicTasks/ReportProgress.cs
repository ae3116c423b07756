using System.Text.Json.Serialization;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.StrategicTasks;

/// <summary>진행 보고: percent 0–100, a note, and optionally a link to the evidence. Refused on a dropped or carried-over task (R8).</summary>
[Command("/api/strategic-tasks/{id}/progress", "reportStrategicTaskProgress", Roles.Commanders)]
public sealed record ReportProgress(int? Percent, string? Note, string? EvidenceUrl, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Range("percent", Percent, 0, 100)
        .Text("note", Note, Checks.MaxLongTextLength)
        .That(EvidenceUrl is null || EvidenceLink.IsValid(EvidenceUrl), "evidenceUrl", "http(s) 주소를 입력하세요. (an absolute http or https link)");
}

public static class ReportProgressHandler
{
    public static Recorded Handle(ReportProgress command, [WriteAggregate] IEventStream<StrategicTask> task, BusinessCalendar calendar) =>
        Recorded.Append(task, StrategicTaskDecisions.ReportProgress(task.Aggregate!, command.Percent!.Value, command.Note!.Trim(),
            command.EvidenceUrl?.Trim(), calendar.DateOf(command.On)));
}

/// <summary>진행 보고 정정 (R10): a new event naming the version of the report it corrects; the wrong report stays in the history.</summary>
[Command("/api/strategic-tasks/{id}/progress/corrections", "correctStrategicTaskProgress", Roles.Commanders)]
public sealed record CorrectProgress(long? CorrectsVersion, int? Percent, string? Note, string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .That(CorrectsVersion is > 0, "correctsVersion", "정정할 진행 보고의 버전을 입력하세요. (the version of the report it corrects)")
        .Range("percent", Percent, 0, 100)
        .Text("note", Note, Checks.MaxLongTextLength, required: false)
        .Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class CorrectProgressHandler
{
    public static Recorded Handle(CorrectProgress command, [WriteAggregate] IEventStream<StrategicTask> task, BusinessCalendar calendar) =>
        Recorded.Append(task, StrategicTaskDecisions.CorrectProgress(task.Aggregate!, command.CorrectsVersion!.Value, command.Percent!.Value,
            command.Note?.Trim(), command.Reason!.Trim(), calendar.DateOf(command.On)));
}

public static class EvidenceLink
{
    public static bool IsValid(string url) =>
        url.Length <= 2000 && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
