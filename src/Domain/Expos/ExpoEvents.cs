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

/// <summary>
/// Whether an exhibit shows a policy or project being realised (이루어지는) or one its organisation
/// hopes to realise (이루고자 하는). An exhibit submitted without saying is <see cref="Realised"/>:
/// most exhibits show what an organisation already runs, and hoping for a policy is a claim made on purpose.
/// </summary>
public enum PolicyRealisation
{
    Realised,
    Hoped,
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

/// <summary>
/// An organisation submitted a governance policy or project to exhibit, inside the submission window (R9),
/// as one being realised or one hoped for (<see cref="Realisation"/>; events recorded before it was asked are <see cref="PolicyRealisation.Realised"/>).
/// </summary>
public sealed record ExhibitSubmitted(
    Guid ExpoId, int Year, Guid ExhibitId, string Organisation, OrganisationType OrganisationType, string Title, string Summary, DateOnly On,
    PolicyRealisation Realisation = PolicyRealisation.Realised) : IDomainEvent;

/// <summary>An exhibit's mark as realised or hoped for was corrected (<see cref="From"/> → <see cref="To"/>), for the reason given (R10).</summary>
public sealed record ExhibitRealisationCorrected(
    Guid ExpoId, int Year, Guid ExhibitId, PolicyRealisation From, PolicyRealisation To, string Reason, DateOnly On) : IDomainEvent;

/// <summary>The expo's promotion period (홍보 기간): its days before the expo, ending no later than the opening.</summary>
public sealed record PromotionPeriod(DateOnly StartsOn, DateOnly EndsOn)
{
    public bool Contains(DateOnly day) => day >= StartsOn && day <= EndsOn;
}

/// <summary>
/// The expo's promotion period was set, when planning or later (<see cref="From"/> is the period it replaces,
/// if any), before the expo opened; a change states its reason (R9, R10).
/// </summary>
public sealed record ExpoPromotionPeriodSet(Guid ExpoId, int Year, PromotionPeriod? From, PromotionPeriod To, string? Reason, DateOnly On) : IDomainEvent;

/// <summary>A side event (부대 행사) of the expo: its title, day, place and organiser.</summary>
public sealed record ExpoSideEventRecorded(
    Guid ExpoId, int Year, Guid SideEventId, string Title, DateOnly Day, string Place, string Organiser, DateOnly On) : IDomainEvent;

/// <summary>A side event recorded by mistake or called off was withdrawn, for the reason given: it stays in the history (R10).</summary>
public sealed record ExpoSideEventWithdrawn(Guid ExpoId, int Year, Guid SideEventId, string Title, string Reason, DateOnly On) : IDomainEvent;

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
