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
        _ => state,
    };

    public bool HasMember(Guid personId) => Members.Any(m => m.PersonId == personId);

    /// <summary>The sectors no member represents, in the order 민간, 행정, 의회.</summary>
    public IReadOnlyList<Sector> MissingSectors() =>
        Enum.GetValues<Sector>().Where(s => Members.All(m => m.Sector != s)).ToList();
}
