using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Workshops;

/// <summary>
/// 워크숍: a civil–civil or civil–government workshop, network-wide or of one division (with its
/// counterpart department), its participants, education topics and the monitoring report it reviewed (R5).
/// </summary>
public sealed record HoldWorkshop(
    WorkshopKind? Kind,
    WorkshopScope? Scope,
    Guid? DivisionId,
    string? CounterpartDepartment,
    string? Title,
    IReadOnlyList<Guid>? Participants,
    IReadOnlyList<string>? EducationTopics,
    int? ReviewedMonitoringYear,
    DateOnly? On);

public sealed record WorkshopContext(IReadOnlyList<Participant> Participants, string? DivisionName);

public static class HoldWorkshopEndpoint
{
    public static async Task<(WorkshopContext?, ProblemDetails)> LoadAsync(HoldWorkshop command, IQuerySession session, BusinessCalendar calendar, CancellationToken ct)
    {
        var invalid = new Checks()
            .Defined("kind", command.Kind)
            .Defined("scope", command.Scope)
            .That(command.Scope != WorkshopScope.Division || command.DivisionId is not null, "divisionId", "분과별 워크숍은 분과를 지정하세요. (required for scope division)")
            .That(command.Scope != WorkshopScope.Network || command.DivisionId is null, "divisionId", "통합 워크숍에는 분과를 지정하지 않습니다. (not allowed for scope network)")
            .That(command.DivisionId != Guid.Empty, "divisionId", "빈 id입니다. (empty id)")
            .Text("counterpartDepartment", command.CounterpartDepartment, required: false)
            .Text("title", command.Title, required: false)
            .Participants(command.Participants)
            .That(command.EducationTopics is null || command.EducationTopics.All(t => !string.IsNullOrWhiteSpace(t) && t.Length <= Checks.MaxTextLength),
                "educationTopics", $"주제는 비어 있지 않고 {Checks.MaxTextLength}자 이하입니다. (non-empty, at most {Checks.MaxTextLength} characters)")
            .Range("reviewedMonitoringYear", command.ReviewedMonitoringYear, 2000, 2100, required: false)
            .Result();
        if (!Attendance.IsOk(invalid)) return (null, invalid);

        var (division, missingDivision) = await Attendance.DivisionAsync(session, command.DivisionId, ct);
        if (!Attendance.IsOk(missingDivision)) return (null, missingDivision);
        var (participants, missingPerson) = await Attendance.ParticipantsAsync(session, command.Participants!, calendar.DateOf(command.On), ct);
        return participants is null ? (null, missingPerson) : (new WorkshopContext(participants, division?.Name), WolverineContinue.NoProblems);
    }

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/workshops", OperationId = "holdWorkshop")]
    public static (StreamCreated, IStartStream) Post(HoldWorkshop command, WorkshopContext context, BusinessCalendar calendar)
    {
        var id = Guid.CreateVersion7();
        var events = WorkshopDecisions.Hold(id, command.Kind!.Value, command.Scope!.Value, command.DivisionId, context.DivisionName,
            command.CounterpartDepartment?.Trim(), command.Title?.Trim(), context.Participants,
            (command.EducationTopics ?? []).Select(t => t.Trim()).ToList(), command.ReviewedMonitoringYear, calendar.DateOf(command.On)).EventsOrThrow();
        return (StreamCreated.At("/api/workshops", id), MartenOps.StartStream<Workshop>(id, events.ToArray()));
    }
}
