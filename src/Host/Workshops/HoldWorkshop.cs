using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Workshops;

/// <summary>
/// 워크숍: a civil–civil or civil–government workshop, network-wide or of one division (with its
/// counterpart department), its participants, education topics and the monitoring report it reviewed (R5).
/// </summary>
[Command("/api/workshops", "holdWorkshop", Roles.Commanders)]
public sealed record HoldWorkshop(
    WorkshopKind? Kind,
    WorkshopScope? Scope,
    Guid? DivisionId,
    string? CounterpartDepartment,
    string? Title,
    IReadOnlyList<Guid>? Participants,
    IReadOnlyList<string>? EducationTopics,
    int? ReviewedMonitoringYear,
    DateOnly? On) : ICommand
{
    public void Check(Checks checks) => checks
        .Defined("kind", Kind)
        .Defined("scope", Scope)
        .That(Scope != WorkshopScope.Division || DivisionId is not null, "divisionId", "분과별 워크숍은 분과를 지정하세요. (required for scope division)")
        .That(Scope != WorkshopScope.Network || DivisionId is null, "divisionId", "통합 워크숍에는 분과를 지정하지 않습니다. (not allowed for scope network)")
        .That(DivisionId != Guid.Empty, "divisionId", "빈 id입니다. (empty id)")
        .Text("counterpartDepartment", CounterpartDepartment, required: false)
        .Text("title", Title, required: false)
        .Participants(Participants)
        .That(EducationTopics is null || EducationTopics.All(t => !string.IsNullOrWhiteSpace(t) && t.Length <= Checks.MaxTextLength),
            "educationTopics", $"주제는 비어 있지 않고 {Checks.MaxTextLength}자 이하입니다. (non-empty, at most {Checks.MaxTextLength} characters)")
        .Range("reviewedMonitoringYear", ReviewedMonitoringYear, 2000, 2100, required: false);
}

public sealed record WorkshopContext(IReadOnlyList<Participant> Participants, string? DivisionName);

public static class HoldWorkshopHandler
{
    public static async Task<WorkshopContext> LoadAsync(HoldWorkshop command, IQuerySession session, BusinessCalendar calendar, CancellationToken ct)
    {
        var division = await Attendance.DivisionAsync(session, command.DivisionId, ct);
        var participants = await Attendance.ParticipantsAsync(session, command.Participants!, calendar.DateOf(command.On), ct);
        return new WorkshopContext(participants, division?.Name);
    }

    public static (StreamCreated, IStartStream) Handle(HoldWorkshop command, WorkshopContext context, BusinessCalendar calendar)
    {
        var id = Guid.CreateVersion7();
        var events = WorkshopDecisions.Hold(id, command.Kind!.Value, command.Scope!.Value, command.DivisionId, context.DivisionName,
            command.CounterpartDepartment?.Trim(), command.Title?.Trim(), context.Participants,
            (command.EducationTopics ?? []).Select(t => t.Trim()).ToList(), command.ReviewedMonitoringYear, calendar.DateOf(command.On)).EventsOrThrow();
        return (StreamCreated.At("/api/workshops", id), MartenOps.StartStream<Workshop>(id, events.ToArray()));
    }
}
