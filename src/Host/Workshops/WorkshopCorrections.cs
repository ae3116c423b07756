using System.Text.Json.Serialization;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Workshops;

/// <summary>
/// 워크숍 철회 (R10): a workshop entered by mistake is withdrawn, with a reason. It stays in the
/// history and counts for nothing; the strategic tasks it adopted are withdrawn with it, in the same transaction.
/// </summary>
[Command("/api/workshops/{id}/withdrawal", "withdrawWorkshop", Roles.Commanders)]
public sealed record WithdrawWorkshop(string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks.Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class WithdrawWorkshopHandler
{
    public static async Task<Recorded> Handle(WithdrawWorkshop command, [WriteAggregate] IEventStream<Workshop> workshop, IDocumentSession session,
        BusinessCalendar calendar, CancellationToken ct)
    {
        var on = calendar.DateOf(command.On);
        var reason = command.Reason!.Trim();
        var recorded = Recorded.Append(workshop, WorkshopDecisions.Withdraw(workshop.Aggregate!, reason, on));
        foreach (var taskId in workshop.Aggregate!.AdoptedTasks)
        {
            var task = await session.Events.FetchForWriting<StrategicTask>(taskId, ct);
            if (task.Aggregate is null) continue;
            task.AppendMany(StrategicTaskDecisions.WithdrawWithWorkshop(task.Aggregate, workshop.Id, reason, on).EventsOrThrow());
        }

        return recorded;
    }
}

/// <summary>
/// 워크숍 정정 (R10): the facts given replace the recorded ones, with a reason; the original stays in
/// the history. <c>heldOn</c> is the workshop's date; <c>on</c>, as everywhere, the day of the correction.
/// Participants are person ids, recorded with the sector and rank they held on the workshop's (corrected) date.
/// </summary>
[Command("/api/workshops/{id}/corrections", "correctWorkshop", Roles.Commanders)]
public sealed record CorrectWorkshop(
    string? Reason,
    DateOnly? HeldOn,
    WorkshopKind? Kind,
    WorkshopScope? Scope,
    Guid? DivisionId,
    string? CounterpartDepartment,
    IReadOnlyList<Guid>? Participants,
    int? ReviewedMonitoringYear,
    DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Text("reason", Reason, Checks.MaxLongTextLength)
        .Defined("kind", Kind, required: false)
        .Defined("scope", Scope, required: false)
        .That(DivisionId != Guid.Empty, "divisionId", "빈 id입니다. (empty id)")
        .That(Scope != WorkshopScope.Network || DivisionId is null, "divisionId", "통합 워크숍에는 분과를 지정하지 않습니다. (not allowed for scope network)")
        .Text("counterpartDepartment", CounterpartDepartment, required: false)
        .That(Participants is null || Participants.Count > 0, "participants", "참여자를 한 명 이상 입력하세요. (at least one personId)")
        .That(Participants is null || Participants.Count <= Attendance.MaxParticipants, "participants", $"참여자는 {Attendance.MaxParticipants}명 이하입니다. (at most {Attendance.MaxParticipants})")
        .That(Participants is null || Participants.All(p => p != Guid.Empty), "participants", "빈 id가 있습니다. (empty personId)")
        .Range("reviewedMonitoringYear", ReviewedMonitoringYear, 2000, 2100, required: false);
}

public static class CorrectWorkshopHandler
{
    public static async Task<Recorded> Handle(CorrectWorkshop command, [WriteAggregate] IEventStream<Workshop> workshop, IDocumentSession session,
        BusinessCalendar calendar, CancellationToken ct)
    {
        var state = workshop.Aggregate!;
        var division = await Attendance.DivisionAsync(session, command.DivisionId, ct);
        var participants = command.Participants is { } ids
            ? await Attendance.ParticipantsAsync(session, ids, command.HeldOn ?? state.On, ct)
            : null;
        var correction = new WorkshopCorrection(command.HeldOn, command.Kind, command.Scope, command.DivisionId, division?.Name,
            command.CounterpartDepartment?.Trim(), participants, command.ReviewedMonitoringYear);
        return Recorded.Append(workshop, WorkshopDecisions.Correct(state, correction, command.Reason!.Trim(), calendar.DateOf(command.On)));
    }
}
