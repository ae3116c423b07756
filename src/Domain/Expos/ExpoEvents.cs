using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Expos;

/// <summary>Who exhibits at the expo: 행정, 중간지원조직, 민간 단체, 개인.</summary>
public enum OrganisationType
{
    Administration,
    Intermediary,
    Civil,
    Individual,
}

/// <summary>How an accepted exhibit is shown: a staffed booth or a panel (판넬).</summary>
public enum PlacementKind
{
    Booth,
    Panel,
}

/// <summary>A staff shift (상주) on one day of the expo.</summary>
public enum StaffShift
{
    Morning,
    Afternoon,
    AllDay,
}

/// <summary>The year's governance policy expo (협치 정책 박람회) was planned: its venue, submission window and days.</summary>
public sealed record ExpoPlanned(
    Guid ExpoId, int Year, string Venue, DateOnly SubmissionsOpen, DateOnly SubmissionsClose, DateOnly OpensOn, DateOnly ClosesOn, DateOnly On) : IDomainEvent;

public sealed record ExpoVenueChanged(Guid ExpoId, int Year, string From, string To, string? Reason, DateOnly On) : IDomainEvent;

/// <summary>A person joined the expo's planning team (추진팀).</summary>
public sealed record ExpoPlanningTeamMemberJoined(Guid ExpoId, int Year, Guid PersonId, string PersonName, string? Role, DateOnly On) : IDomainEvent;

/// <summary>An organisation submitted a governance policy or project to exhibit, inside the submission window (R9).</summary>
public sealed record ExhibitSubmitted(
    Guid ExpoId, int Year, Guid ExhibitId, string Organisation, OrganisationType OrganisationType, string Title, string Summary, DateOnly On) : IDomainEvent;

public sealed record ExhibitAccepted(Guid ExpoId, int Year, Guid ExhibitId, DateOnly On) : IDomainEvent;

public sealed record ExhibitDeclined(Guid ExpoId, int Year, Guid ExhibitId, string Reason, DateOnly On) : IDomainEvent;

/// <summary>An accepted exhibit was given a booth or a panel place.</summary>
public sealed record ExhibitPlaced(Guid ExpoId, int Year, Guid ExhibitId, PlacementKind Kind, string Location, DateOnly On) : IDomainEvent;

/// <summary>The exhibitor's on-site staff (상주 인력) for one shift of one expo day.</summary>
public sealed record ExhibitStaffAssigned(
    Guid ExpoId, int Year, Guid ExhibitId, string StaffName, DateOnly Day, StaffShift Shift, DateOnly On) : IDomainEvent;

public sealed record ExpoOpened(Guid ExpoId, int Year, DateOnly On) : IDomainEvent;

public sealed record ExpoClosed(Guid ExpoId, int Year, DateOnly On) : IDomainEvent;

/// <summary>A linkage made at the expo: exhibit A was linked with organisation B for project C.</summary>
public sealed record ExpoLinkageRecorded(
    Guid ExpoId, int Year, Guid LinkageId, Guid ExhibitId, string Organisation, string Project, DateOnly On) : IDomainEvent;

/// <summary>The expo's dates: its submission window and its days.</summary>
public sealed record ExpoDates(DateOnly SubmissionsOpen, DateOnly SubmissionsClose, DateOnly OpensOn, DateOnly ClosesOn);

/// <summary>The expo's dates changed before it opened (<see cref="From"/> → <see cref="To"/>), for the reason given (R9, R10).</summary>
public sealed record ExpoRescheduled(Guid ExpoId, int Year, ExpoDates From, ExpoDates To, string Reason, DateOnly On) : IDomainEvent;

/// <summary>Its organisation withdrew an exhibit, for the reason given: it stays in the history, and is neither shown nor staffed (R9, R10).</summary>
public sealed record ExhibitWithdrawn(Guid ExpoId, int Year, Guid ExhibitId, string Organisation, string Reason, DateOnly On) : IDomainEvent;

/// <summary>
/// A submission dated inside the window (<see cref="ExhibitSubmitted.On"/>) was recorded on
/// <see cref="RecordedOn"/>, after the window closed: it stands, flagged for the planning team's review (R9).
/// </summary>
public sealed record ExhibitSubmissionFlagged(Guid ExpoId, int Year, Guid ExhibitId, DateOnly RecordedOn, DateOnly SubmissionsClose, DateOnly On) : IDomainEvent;
