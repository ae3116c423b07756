using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Meetings;

/// <summary>정기 회의: the only kind of meeting the plan counts (stage 2's regular meeting system).</summary>
public enum MeetingKind
{
    Regular,
}

/// <summary>A regular meeting was held, of a division or of the whole network, with its participants as they were that day.</summary>
public sealed record RegularMeetingHeld(
    Guid MeetingId, Guid? DivisionId, string? DivisionName, IReadOnlyList<Participant> Participants, string? Minutes, DateOnly On) : IDomainEvent;

/// <summary>
/// A regular meeting was recorded wrongly (R10): these are its facts as corrected — the date it was
/// held, its division and its participants — and <see cref="Corrects"/> names the facts that changed.
/// The original stays in the history; <see cref="On"/> is the day of the correction.
/// </summary>
public sealed record RegularMeetingCorrected(
    Guid MeetingId,
    DateOnly HeldOn,
    Guid? DivisionId,
    string? DivisionName,
    IReadOnlyList<Participant> Participants,
    string? Minutes,
    IReadOnlyList<string> Corrects,
    string Reason,
    DateOnly On) : IDomainEvent;

/// <summary>A regular meeting entered by mistake was withdrawn (R10): it stays in the history and counts for nothing.</summary>
public sealed record RegularMeetingWithdrawn(Guid MeetingId, string Reason, DateOnly On) : IDomainEvent;

/// <summary>A regular meeting's decision state, folded from its own stream.</summary>
public sealed record Meeting(Guid Id, DateOnly HeldOn, Guid? DivisionId, string? DivisionName, IReadOnlyList<Participant> Participants, string? Minutes, DateOnly? WithdrawnOn)
{
    public static Meeting? Evolve(Meeting? state, object @event) => (state, @event) switch
    {
        (_, RegularMeetingHeld e) => new Meeting(e.MeetingId, e.On, e.DivisionId, e.DivisionName, e.Participants, e.Minutes, null),
        (not null, RegularMeetingCorrected e) => state with
        {
            HeldOn = e.HeldOn,
            DivisionId = e.DivisionId,
            DivisionName = e.DivisionName,
            Participants = e.Participants,
            Minutes = e.Minutes,
        },
        (not null, RegularMeetingWithdrawn e) => state with { WithdrawnOn = e.On },
        _ => state,
    };

    public bool IsWithdrawn => WithdrawnOn is not null;

    /// <summary>The meeting as gate R3 reads it.</summary>
    public Divisions.GateMeeting ToGateMeeting() => new(DivisionId, HeldOn, Participants, IsWithdrawn);
}

/// <summary>The facts a meeting correction replaces; a field left null keeps the recorded one (<see cref="ClearDivision"/> makes it a network meeting).</summary>
public sealed record MeetingCorrection(
    DateOnly? HeldOn = null, Guid? DivisionId = null, string? DivisionName = null, bool ClearDivision = false,
    IReadOnlyList<Participant>? Participants = null, string? Minutes = null);

public static class MeetingDecisions
{
    public const string CorrectionRule = "R10";

    public static Decision Hold(Guid meetingId, Guid? divisionId, string? divisionName, IReadOnlyList<Participant> participants, string? minutes, DateOnly on) =>
        participants.Count == 0
            ? Decision.Refuse("meeting.participants", RefusalCode.MeetingWithoutParticipants)
            : Decision.Accept(new RegularMeetingHeld(meetingId, divisionId, divisionName, participants.DistinctBy(p => p.PersonId).ToList(), minutes, on));

    /// <summary>R10: the given facts replace the recorded ones; the reason is required, and a withdrawn meeting is not corrected.</summary>
    public static Decision Correct(Meeting meeting, MeetingCorrection correction, string reason, DateOnly on)
    {
        if (Refused(meeting, reason, Act.Correct) is { } refused) return refused;
        var heldOn = correction.HeldOn ?? meeting.HeldOn;
        var divisionId = correction.ClearDivision ? null : correction.DivisionId ?? meeting.DivisionId;
        var divisionName = correction.ClearDivision ? null : correction.DivisionId is not null ? correction.DivisionName : meeting.DivisionName;
        var participants = correction.Participants?.DistinctBy(p => p.PersonId).ToList() ?? meeting.Participants;
        var minutes = correction.Minutes ?? meeting.Minutes;
        if (participants.Count == 0)
            return Decision.Refuse("meeting.participants", RefusalCode.MeetingWithoutParticipants);
        if (heldOn > on)
            return Decision.Refuse("meeting.date", RefusalCode.MeetingDatedAfterCorrection, on, heldOn);

        var corrects = new List<string>();
        if (heldOn != meeting.HeldOn) corrects.Add("heldOn");
        if (divisionId != meeting.DivisionId) corrects.Add("divisionId");
        if (!participants.SequenceEqual(meeting.Participants)) corrects.Add("participants");
        if (!string.Equals(minutes, meeting.Minutes, StringComparison.Ordinal)) corrects.Add("minutes");
        if (corrects.Count == 0)
            return Decision.Refuse(CorrectionRule, RefusalCode.CorrectionChangesNothing);
        return Decision.Accept(new RegularMeetingCorrected(meeting.Id, heldOn, divisionId, divisionName, participants, minutes, corrects, reason.Trim(), on));
    }

    /// <summary>R10: a meeting entered by mistake is withdrawn once, with a reason; it then counts for nothing (R3).</summary>
    public static Decision Withdraw(Meeting meeting, string reason, DateOnly on) =>
        Refused(meeting, reason, Act.Withdraw) ?? Decision.Accept(new RegularMeetingWithdrawn(meeting.Id, reason.Trim(), on));

    /// <summary>R3 counts the regular meetings with an administration participant in the 12 months up to and including a date.</summary>
    public static bool CountsTowardStageThree(DateOnly meetingOn, IEnumerable<Participant> participants, DateOnly asOf) =>
        meetingOn <= asOf && meetingOn > asOf.AddMonths(-12) && participants.Any(p => p.IsAdministration);

    private static Decision? Refused(Meeting meeting, string reason, Act what)
    {
        if (meeting.WithdrawnOn is { } withdrawn)
            return Decision.Refuse(CorrectionRule, RefusalCode.MeetingWithdrawn, withdrawn, what);
        if (string.IsNullOrWhiteSpace(reason))
            return Decision.Refuse(CorrectionRule, RefusalCode.MeetingChangeNeedsReason, what);
        return null;
    }
}
