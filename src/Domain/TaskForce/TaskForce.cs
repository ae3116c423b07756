using System.Collections.Immutable;
using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.TaskForce;

public sealed record TaskForceMember(Guid PersonId, string Name, Sector Sector, string? Organisation, DateOnly Since);

/// <summary>Where the TF's ordinance work stands.</summary>
public enum OrdinanceStage
{
    /// <summary>No draft yet, or drafting.</summary>
    Drafting,

    /// <summary>A draft is before the council.</summary>
    Submitted,

    /// <summary>The ordinance was enacted: the work is closed.</summary>
    Enacted,
}

/// <summary>The joint task force's decision state, folded from its own stream.</summary>
public sealed record JointTaskForce(
    Guid Id,
    string Name,
    DateOnly CreatedOn,
    ImmutableList<TaskForceMember> Members,
    DateOnly? FormedOn,
    int Meetings,
    int LatestDraft,
    DateOnly? LatestDraftOn,
    OrdinanceStage Ordinance,
    int? SubmittedVersion,
    DateOnly? SubmittedOn)
{
    public bool IsFormed => FormedOn is not null;

    public DateOnly? DesignatedOn { get; init; }

    public DateOnly? DissolvedOn { get; init; }

    public bool IsDissolved => DissolvedOn is not null;

    public static JointTaskForce? Evolve(JointTaskForce? state, object @event) => (state, @event) switch
    {
        (_, TaskForceCreated e) => new JointTaskForce(e.TaskForceId, e.Name, e.On, [], null, 0, 0, null, OrdinanceStage.Drafting, null, null),
        (not null, TaskForceMemberAdded e) => state with { Members = state.Members.Add(new TaskForceMember(e.PersonId, e.PersonName, e.Sector, e.Organisation, e.On)) },
        (not null, TaskForceMemberRemoved e) => state with { Members = state.Members.RemoveAll(m => m.PersonId == e.PersonId) },
        (not null, TaskForceFormed e) => state with { FormedOn = e.On },
        (not null, TaskForceMeetingHeld e) => state with { Meetings = e.Number },
        (not null, OrdinanceDraftRecorded e) => state with { LatestDraft = e.Version, LatestDraftOn = e.On },
        (not null, OrdinanceDraftSubmitted e) => state with { Ordinance = OrdinanceStage.Submitted, SubmittedVersion = e.Version, SubmittedOn = e.On },
        (not null, OrdinanceDraftRejected) => state with { Ordinance = OrdinanceStage.Drafting, SubmittedVersion = null, SubmittedOn = null },
        (not null, OrdinanceEnacted) => state with { Ordinance = OrdinanceStage.Enacted },
        (not null, TaskForceDesignated e) => state with { DesignatedOn = e.On },
        (not null, TaskForceDissolved e) => state with { DissolvedOn = e.On },
        _ => state,
    };

    public bool HasMember(Guid personId) => Members.Any(m => m.PersonId == personId);

    /// <summary>The sectors no member represents, in the order 민간, 행정, 의회.</summary>
    public IReadOnlyList<Sector> MissingSectors() => MissingSectorsOf(Members.Select(m => m.Sector));

    /// <summary>R6: the sectors the given (current) members do not represent, in the order 민간, 행정, 의회.</summary>
    public static IReadOnlyList<Sector> MissingSectorsOf(IEnumerable<Sector> memberSectors)
    {
        var present = memberSectors.ToHashSet();
        return Enum.GetValues<Sector>().Where(s => !present.Contains(s)).ToList();
    }
}

/// <summary>A TF's dates as gate R3 reads them: set up, formed, each designation as the network's joint TF, and its dissolution.</summary>
public sealed record TaskForceDates(Guid Id, DateOnly? FormedOn, IReadOnlyList<DateOnly> DesignatedOn, DateOnly? DissolvedOn);

/// <summary>R3's third condition, from the TFs' dated facts.</summary>
public static class JointTaskForceGate
{
    /// <summary>
    /// The network's designated joint TF on a date: the TF whose designation is the latest on or before
    /// it (one at a time: a designation replaces the one before), unless it was dissolved by then.
    /// </summary>
    public static TaskForceDates? DesignatedOn(IEnumerable<TaskForceDates> taskForces, DateOnly on) =>
        taskForces
            .SelectMany(t => t.DesignatedOn.Where(d => d <= on).Select(d => (TaskForce: t, Designated: d)))
            .OrderBy(x => x.Designated).ThenBy(x => x.TaskForce.Id)
            .Select(x => x.TaskForce)
            .LastOrDefault() is { } designated && (designated.DissolvedOn is null || designated.DissolvedOn > on)
            ? designated
            : null;

    /// <summary>R3: the designated joint TF is formed on the date (and not dissolved).</summary>
    public static bool FormedOn(IEnumerable<TaskForceDates> taskForces, DateOnly on) =>
        DesignatedOn(taskForces, on) is { FormedOn: { } formed } && formed <= on;
}
