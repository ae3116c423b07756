using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.StrategicTasks;

/// <summary>진행 보고: percent 0–100, a note, and optionally a link to the evidence. Refused on a dropped or carried-over task (R8).</summary>
public sealed record ReportProgress(int? Percent, string? Note, string? EvidenceUrl, DateOnly? On);

public static class ReportProgressEndpoint
{
    public static ProblemDetails Validate(ReportProgress command) => new Checks()
        .Range("percent", command.Percent, 0, 100)
        .Text("note", command.Note, Checks.MaxLongTextLength)
        .That(command.EvidenceUrl is null || EvidenceLink.IsValid(command.EvidenceUrl), "evidenceUrl", "http(s) 주소를 입력하세요. (an absolute http or https link)")
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/strategic-tasks/{id}/progress", OperationId = "reportStrategicTaskProgress")]
    public static Recorded Post(ReportProgress command, [WriteAggregate("id")] IEventStream<StrategicTask> task, BusinessCalendar calendar) =>
        Recorded.Append(task, StrategicTaskDecisions.ReportProgress(task.Aggregate!, command.Percent!.Value, command.Note!.Trim(),
            command.EvidenceUrl?.Trim(), calendar.DateOf(command.On)));
}

/// <summary>진행 보고 정정 (R10): a new event naming the version of the report it corrects; the wrong report stays in the history.</summary>
public sealed record CorrectProgress(long? CorrectsVersion, int? Percent, string? Note, string? Reason, DateOnly? On);

public static class CorrectProgressEndpoint
{
    public static ProblemDetails Validate(CorrectProgress command) => new Checks()
        .That(command.CorrectsVersion is > 0, "correctsVersion", "정정할 진행 보고의 버전을 입력하세요. (the version of the report it corrects)")
        .Range("percent", command.Percent, 0, 100)
        .Text("note", command.Note, Checks.MaxLongTextLength, required: false)
        .Text("reason", command.Reason, Checks.MaxLongTextLength)
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/strategic-tasks/{id}/progress/corrections", OperationId = "correctStrategicTaskProgress")]
    public static Recorded Post(CorrectProgress command, [WriteAggregate("id")] IEventStream<StrategicTask> task, BusinessCalendar calendar) =>
        Recorded.Append(task, StrategicTaskDecisions.CorrectProgress(task.Aggregate!, command.CorrectsVersion!.Value, command.Percent!.Value,
            command.Note?.Trim(), command.Reason!.Trim(), calendar.DateOf(command.On)));
}

public static class EvidenceLink
{
    public static bool IsValid(string url) =>
        url.Length <= 2000 && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
