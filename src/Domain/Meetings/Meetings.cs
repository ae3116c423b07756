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

public static class MeetingDecisions
{
    public static Decision Hold(Guid meetingId, Guid? divisionId, string? divisionName, IReadOnlyList<Participant> participants, string? minutes, DateOnly on) =>
        participants.Count == 0
            ? Decision.Refuse("meeting.participants", "A meeting needs at least one participant.")
            : Decision.Accept(new RegularMeetingHeld(meetingId, divisionId, divisionName, participants.DistinctBy(p => p.PersonId).ToList(), minutes, on));

    /// <summary>R3 counts the regular meetings with an administration participant in the 12 months up to and including a date.</summary>
    public static bool CountsTowardStageThree(DateOnly meetingOn, IEnumerable<Participant> participants, DateOnly asOf) =>
        meetingOn <= asOf && meetingOn > asOf.AddMonths(-12) && participants.Any(p => p.IsAdministration);
}
