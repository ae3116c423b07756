using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.People;

namespace Hyeopchi.Domain.Education;

/// <summary>
/// 주민 리더 발굴: a person was found as a prospective resident leader, by a division
/// (<see cref="DivisionId"/>, its name kept as it was then) and/or an organisation or person
/// (<see cref="DiscoveredBy"/>), on <see cref="On"/>. It is an event of the person's own stream.
/// </summary>
public sealed record ResidentLeaderDiscovered(Guid PersonId, Guid? DivisionId, string? DivisionName, string? DiscoveredBy, string? Note, DateOnly On) : IDomainEvent;

/// <summary>A discovery entered by mistake, or that no longer holds, was withdrawn with its reason (R10); the person may be discovered again.</summary>
public sealed record ResidentLeaderDiscoveryWithdrawn(Guid PersonId, DateOnly DiscoveredOn, string Reason, DateOnly On) : IDomainEvent;

/// <summary>A person's latest discovery as a prospective resident leader, and its withdrawal if it was withdrawn.</summary>
public sealed record LeaderDiscovery(DateOnly On, Guid? DivisionId, string? DivisionName, string? DiscoveredBy, string? Note)
{
    public DateOnly? WithdrawnOn { get; init; }

    public string? WithdrawalReason { get; init; }

    public bool IsWithdrawn => WithdrawnOn is not null;
}

/// <summary>Where an enrolment in a resident-leader course stands against the plan's order "발굴 → 교육" (L45).</summary>
public enum DiscoveryStanding
{
    /// <summary>Discovered on or before the enrolment: the plan's order.</summary>
    DiscoveredBefore,

    /// <summary>Discovered, but only after enrolling: flagged.</summary>
    DiscoveredAfter,

    /// <summary>Never discovered, or the discovery was withdrawn: flagged.</summary>
    NotDiscovered,
}

/// <summary>
/// The decisions about discovering resident leaders. The plan puts discovery before education
/// (L45 "리더 발굴 … 통합적 교육"), but a course also takes people who came by themselves, and a
/// discovery may be entered afterwards: so an enrolment of someone not discovered is recorded and
/// flagged, never refused (docs/rules.md, "Resident-leader discovery").
/// </summary>
public static class LeaderDiscoveryDecisions
{
    public const string Rule = "education.discovery";

    public static Decision Discover(Person person, Guid? divisionId, string? divisionName, string? discoveredBy, string? note, DateOnly on) =>
        person.Discovery is { IsWithdrawn: false } current
            ? Decision.Refuse(Rule, RefusalCode.LeaderAlreadyDiscovered, person.Name, current.On)
            : Decision.Accept(new ResidentLeaderDiscovered(person.Id, divisionId, divisionName, discoveredBy, note, on));

    public static Decision Withdraw(Person person, string reason, DateOnly on) => person.Discovery switch
    {
        null => Decision.Refuse(Rule, RefusalCode.LeaderNotDiscovered, person.Name),
        { IsWithdrawn: true } d => Decision.Refuse(Rule, RefusalCode.LeaderDiscoveryAlreadyWithdrawn, person.Name, d.WithdrawnOn!.Value),
        { } d when on < d.On => Decision.Refuse(Rule, RefusalCode.LeaderDiscoveryWithdrawalBeforeDiscovery, on, d.On),
        { } d => Decision.Accept(new ResidentLeaderDiscoveryWithdrawn(person.Id, d.On, reason, on)),
    };

    /// <summary>
    /// The standing of an enrolment made on <paramref name="enrolledOn"/> by a person whose discovery
    /// is <paramref name="discovery"/>: null for a course that is not resident-leader education (the
    /// rule does not apply). A withdrawn discovery counts as none; a discovery dated after the
    /// enrolment is flagged as out of the plan's order. It reads the facts as they are now, so a
    /// discovery entered late with its real date clears the flag.
    /// </summary>
    public static DiscoveryStanding? StandingOf(CourseKind kind, LeaderDiscovery? discovery, DateOnly enrolledOn) =>
        kind != CourseKind.LeaderEducation ? null
        : discovery is null || discovery.IsWithdrawn ? DiscoveryStanding.NotDiscovered
        : discovery.On <= enrolledOn ? DiscoveryStanding.DiscoveredBefore
        : DiscoveryStanding.DiscoveredAfter;

    /// <summary>The standing is one a coordinator should look at.</summary>
    public static bool IsFlagged(DiscoveryStanding? standing) => standing is DiscoveryStanding.NotDiscovered or DiscoveryStanding.DiscoveredAfter;
}
