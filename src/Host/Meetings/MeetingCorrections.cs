using System.Text.Json.Serialization;
using Hyeopchi.Domain.Meetings;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.Workshops;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Meetings;

/// <summary>회의 철회 (R10): a regular meeting entered by mistake is withdrawn, with a reason; it stays in the history and counts for nothing (R3).</summary>
[Command("/api/meetings/{id}/withdrawal", "withdrawMeeting", Roles.Commanders)]
public sealed record WithdrawMeeting(string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks.Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class WithdrawMeetingHandler
{
    public static Recorded Handle(WithdrawMeeting command, [WriteAggregate] IEventStream<Meeting> meeting, BusinessCalendar calendar) =>
        Recorded.Append(meeting, MeetingDecisions.Withdraw(meeting.Aggregate!, command.Reason!.Trim(), calendar.DateOf(command.On)));
}

/// <summary>
/// 회의 정정 (R10): the facts given replace the recorded ones, with a reason. <c>heldOn</c> is the
/// meeting's date; <c>network: true</c> makes it a meeting of the whole network (no division);
/// participants are person ids, recorded as they were on the meeting's (corrected) date.
/// </summary>
[Command("/api/meetings/{id}/corrections", "correctMeeting", Roles.Commanders)]
public sealed record CorrectMeeting(string? Reason, DateOnly? HeldOn, Guid? DivisionId, bool? Network, IReadOnlyList<Guid>? Participants, string? Minutes, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Text("reason", Reason, Checks.MaxLongTextLength)
        .That(DivisionId != Guid.Empty, "divisionId", "빈 id입니다. (empty id)")
        .That(Network != true || DivisionId is null, "divisionId", "네트워크 회의에는 분과를 지정하지 않습니다. (not with network: true)")
        .That(Participants is null || Participants.Count > 0, "participants", "참여자를 한 명 이상 입력하세요. (at least one personId)")
        .That(Participants is null || Participants.Count <= Attendance.MaxParticipants, "participants", $"참여자는 {Attendance.MaxParticipants}명 이하입니다. (at most {Attendance.MaxParticipants})")
        .That(Participants is null || Participants.All(p => p != Guid.Empty), "participants", "빈 id가 있습니다. (empty personId)")
        .Text("minutes", Minutes, Checks.MaxLongTextLength, required: false);
}

public static class CorrectMeetingHandler
{
    public static async Task<Recorded> Handle(CorrectMeeting command, [WriteAggregate] IEventStream<Meeting> meeting, IDocumentSession session,
        BusinessCalendar calendar, CancellationToken ct)
    {
        var state = meeting.Aggregate!;
        var division = await Attendance.DivisionAsync(session, command.DivisionId, ct);
        var participants = command.Participants is { } ids ? await Attendance.ParticipantsAsync(session, ids, command.HeldOn ?? state.HeldOn, ct) : null;
        var correction = new MeetingCorrection(command.HeldOn, command.DivisionId, division?.Name, command.Network == true, participants, command.Minutes?.Trim());
        return Recorded.Append(meeting, MeetingDecisions.Correct(state, correction, command.Reason!.Trim(), calendar.DateOf(command.On)));
    }
}
