using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Domain.Meetings;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Domain.Workshops;

namespace Hyeopchi.Domain.People;

/// <summary>The person whose personal data is being erased: their id, and the name they were registered with.</summary>
public sealed record ErasureTarget(Guid PersonId, string Name);

/// <summary>
/// Where events hold a person's personal data, and what an erased person's data becomes. Each mask
/// replaces only the erased person's name (and the organisation or account name attached to that
/// person) with <see cref="Person.ErasedName"/>/nothing; ids, sectors, ranks, dates and everybody
/// else's data stay as they were, so every rule (R1–R10) still finds the same facts.
/// </summary>
public static class PersonalData
{
    /// <summary>Every event type that carries a person's name.</summary>
    public static readonly IReadOnlyList<Type> EventTypes =
    [
        typeof(PersonRegistered), typeof(DivisionChairAppointed), typeof(WorkshopHeld), typeof(RegularMeetingHeld),
        typeof(TaskForceMemberAdded), typeof(TaskForceMemberRemoved), typeof(ExpoPlanningTeamMemberJoined),
        typeof(ExhibitStaffAssigned), typeof(CourseEnrolled), typeof(CourseCompleted), typeof(MonitorAppointed),
        typeof(MonitorAppointmentEnded), typeof(DivisionIndividualMemberJoined), typeof(DivisionChairSteppedDown),
        typeof(WorkshopCorrected), typeof(RegularMeetingCorrected), typeof(ExhibitSubmitted), typeof(ExhibitWithdrawn),
    ];

    /// <summary>
    /// A name as compared for erasure: composed (NFC), without white space, punctuation or symbols,
    /// lower case; "한 소망", "한소망 " and "한소망." all read "한소망".
    /// </summary>
    public static string Comparable(string? text) =>
        new((text ?? "").Normalize(System.Text.NormalizationForm.FormC)
            .Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>The text is the name (in any spacing or punctuation).</summary>
    public static bool IsName(string? text, ErasureTarget t) =>
        Comparable(t.Name) is { Length: > 0 } name && Comparable(text) == name;

    /// <summary>The text holds the name (a staff entry "한소망(자원봉사)", "한 소망 님"): for fields that name one person, never free text.</summary>
    public static bool HoldsName(string? text, ErasureTarget t) =>
        Comparable(t.Name) is { Length: >= 2 } name && Comparable(text).Contains(name, StringComparison.Ordinal);

    public static PersonRegistered Mask(PersonRegistered e, ErasureTarget t) =>
        e.PersonId == t.PersonId ? e with { Name = Person.ErasedName, Organisation = null } : e;

    public static DivisionChairAppointed Mask(DivisionChairAppointed e, ErasureTarget t) =>
        e.PersonId == t.PersonId ? e with { PersonName = Person.ErasedName } : e;

    public static WorkshopHeld Mask(WorkshopHeld e, ErasureTarget t) =>
        e.Participants.Any(p => p.PersonId == t.PersonId) ? e with { Participants = Mask(e.Participants, t) } : e;

    public static RegularMeetingHeld Mask(RegularMeetingHeld e, ErasureTarget t) =>
        e.Participants.Any(p => p.PersonId == t.PersonId) ? e with { Participants = Mask(e.Participants, t) } : e;

    public static TaskForceMemberAdded Mask(TaskForceMemberAdded e, ErasureTarget t) =>
        e.PersonId == t.PersonId ? e with { PersonName = Person.ErasedName, Organisation = null } : e;

    public static TaskForceMemberRemoved Mask(TaskForceMemberRemoved e, ErasureTarget t) =>
        e.PersonId == t.PersonId ? e with { PersonName = Person.ErasedName } : e;

    public static ExpoPlanningTeamMemberJoined Mask(ExpoPlanningTeamMemberJoined e, ErasureTarget t) =>
        e.PersonId == t.PersonId ? e with { PersonName = Person.ErasedName } : e;

    /// <summary>Expo staff are text, not linked to a person record: a shift whose staff entry holds the erased name (in any spacing, with a note) is masked.</summary>
    public static ExhibitStaffAssigned Mask(ExhibitStaffAssigned e, ErasureTarget t) =>
        HoldsName(e.StaffName, t) ? e with { StaffName = Person.ErasedName } : e;

    /// <summary>An individual exhibitor (<see cref="OrganisationType.Individual"/>) is a person: an exhibit entered under the erased name is masked.</summary>
    public static ExhibitSubmitted Mask(ExhibitSubmitted e, ErasureTarget t) =>
        e.OrganisationType == OrganisationType.Individual && HoldsName(e.Organisation, t) ? e with { Organisation = Person.ErasedName } : e;

    /// <summary>The withdrawal repeats the exhibitor: masked when it is the erased name.</summary>
    public static ExhibitWithdrawn Mask(ExhibitWithdrawn e, ErasureTarget t) =>
        IsName(e.Organisation, t) ? e with { Organisation = Person.ErasedName } : e;

    public static MonitorAppointmentEnded Mask(MonitorAppointmentEnded e, ErasureTarget t) =>
        e.PersonId == t.PersonId ? e with { PersonName = Person.ErasedName } : e;

    public static DivisionIndividualMemberJoined Mask(DivisionIndividualMemberJoined e, ErasureTarget t) =>
        e.PersonId == t.PersonId ? e with { PersonName = Person.ErasedName } : e;

    public static DivisionChairSteppedDown Mask(DivisionChairSteppedDown e, ErasureTarget t) =>
        e.PersonId == t.PersonId && e.PersonName is not null ? e with { PersonName = Person.ErasedName } : e;

    public static WorkshopCorrected Mask(WorkshopCorrected e, ErasureTarget t) =>
        e.Participants.Any(p => p.PersonId == t.PersonId) ? e with { Participants = Mask(e.Participants, t) } : e;

    public static RegularMeetingCorrected Mask(RegularMeetingCorrected e, ErasureTarget t) =>
        e.Participants.Any(p => p.PersonId == t.PersonId) ? e with { Participants = Mask(e.Participants, t) } : e;

    /// <summary>The account names a monitor appointment linked to the person: their own accounts.</summary>
    public static IEnumerable<string> LinkedAccounts(object data, ErasureTarget t) =>
        data is MonitorAppointed { UserName: { Length: > 0 } account } e && e.PersonId == t.PersonId ? [account] : [];

    public static CourseEnrolled Mask(CourseEnrolled e, ErasureTarget t) =>
        e.PersonId == t.PersonId ? e with { PersonName = Person.ErasedName } : e;

    public static CourseCompleted Mask(CourseCompleted e, ErasureTarget t) =>
        e.PersonId == t.PersonId ? e with { PersonName = Person.ErasedName } : e;

    /// <summary>The monitor's account name identifies them too: it goes with the name.</summary>
    public static MonitorAppointed Mask(MonitorAppointed e, ErasureTarget t) =>
        e.PersonId == t.PersonId ? e with { PersonName = Person.ErasedName, UserName = null } : e;

    /// <summary>The event with the person's data masked, or the same instance when it holds none of it.</summary>
    public static object MaskAny(object data, ErasureTarget t) => data switch
    {
        PersonRegistered e => Mask(e, t),
        DivisionChairAppointed e => Mask(e, t),
        WorkshopHeld e => Mask(e, t),
        RegularMeetingHeld e => Mask(e, t),
        TaskForceMemberAdded e => Mask(e, t),
        TaskForceMemberRemoved e => Mask(e, t),
        ExpoPlanningTeamMemberJoined e => Mask(e, t),
        ExhibitStaffAssigned e => Mask(e, t),
        CourseEnrolled e => Mask(e, t),
        CourseCompleted e => Mask(e, t),
        MonitorAppointed e => Mask(e, t),
        MonitorAppointmentEnded e => Mask(e, t),
        DivisionIndividualMemberJoined e => Mask(e, t),
        DivisionChairSteppedDown e => Mask(e, t),
        WorkshopCorrected e => Mask(e, t),
        RegularMeetingCorrected e => Mask(e, t),
        ExhibitSubmitted e => Mask(e, t),
        ExhibitWithdrawn e => Mask(e, t),
        _ => data,
    };

    private static List<Participant> Mask(IReadOnlyList<Participant> participants, ErasureTarget t) =>
        [.. participants.Select(p => p.PersonId == t.PersonId ? p with { Name = Person.ErasedName, Organisation = null } : p)];
}
