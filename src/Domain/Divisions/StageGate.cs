using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Workshops;

namespace Hyeopchi.Domain.Divisions;

/// <summary>Thresholds of the stage gates; the defaults are the plan's, a network may configure its own.</summary>
public sealed record GateThresholds(int MinimumMemberOrganisations = 3, int MinimumRegularMeetingsWithAdministration = 4)
{
    public static readonly GateThresholds Plan = new();
}

/// <summary>
/// What other streams say about a division on a given date: the evidence the gates R2 and R3 read.
/// <see cref="GateEvidence.For"/> computes it from the dated facts of workshops, meetings and the
/// network's designated joint task force.
/// </summary>
public sealed record GateFacts(
    bool CivilCivilWorkshopAdoptedTaskThisOrLastYear,
    int RegularMeetingsWithAdministrationInLast12Months,
    bool JointTaskAdoptedAtCivilGovernmentWorkshop,
    bool JointTaskForceFormed)
{
    public static readonly GateFacts Nothing = new(false, 0, false, false);
}

/// <summary>The next gate: the stage it opens, its rule, and its conditions met and unmet (codes with their facts, said by the host).</summary>
public sealed record GateEvaluation(Stage ToStage, string Rule, IReadOnlyList<Condition> Met, IReadOnlyList<Condition> Unmet)
{
    public bool IsOpen => Unmet.Count == 0;
}

/// <summary>A task a workshop adopted, as the gates read it: its owner and the business date of the decision.</summary>
public sealed record GateAdoption(Guid? DivisionId, bool Joint, DateOnly On);

/// <summary>A workshop as the gates read it (corrected facts; a withdrawn workshop is left out by its reader or flagged here).</summary>
public sealed record GateWorkshop(WorkshopKind Kind, WorkshopScope Scope, Guid? DivisionId, DateOnly On, IReadOnlyList<GateAdoption> Adopted, bool Withdrawn = false);

/// <summary>A regular meeting as the gates read it (corrected facts).</summary>
public sealed record GateMeeting(Guid? DivisionId, DateOnly On, IReadOnlyList<Participant> Participants, bool Withdrawn = false);

/// <summary>
/// R2 and R3's evidence from other streams, as of a business date: facts dated after it do not
/// count, whenever they were recorded, and withdrawn records never count.
/// </summary>
public static class GateEvidence
{
    public static GateFacts For(Guid divisionId, DateOnly on, IEnumerable<GateWorkshop> workshops, IEnumerable<GateMeeting> meetings, bool designatedJointTaskForceFormed)
    {
        var held = workshops.Where(w => !w.Withdrawn && w.On <= on).ToList();
        return new GateFacts(
            CivilCivilAdopted(divisionId, on, held),
            meetings.Count(m => !m.Withdrawn && m.DivisionId == divisionId && Meetings.MeetingDecisions.CountsTowardStageThree(m.On, m.Participants, on)),
            JointAdopted(divisionId, on, held),
            designatedJointTaskForceFormed);
    }

    /// <summary>R2: a civil–civil workshop of the division, this year or last, that adopted a task by the date.</summary>
    public static bool CivilCivilAdopted(Guid divisionId, DateOnly on, IEnumerable<GateWorkshop> workshops) =>
        workshops.Any(w => !w.Withdrawn && w is { Kind: WorkshopKind.CivilCivil, Scope: WorkshopScope.Division } && w.DivisionId == divisionId
                           && w.On <= on && w.On.Year >= on.Year - 1 && w.Adopted.Any(t => t.On <= on));

    /// <summary>
    /// R3: a joint task for the division adopted at a civil–government workshop by the date: the
    /// division's own, or the integrated (network) one adopting a joint task for this division.
    /// </summary>
    public static bool JointAdopted(Guid divisionId, DateOnly on, IEnumerable<GateWorkshop> workshops) =>
        workshops.Any(w => !w.Withdrawn && w.Kind == WorkshopKind.CivilGovernment && w.On <= on && (
            (w.Scope == WorkshopScope.Division && w.DivisionId == divisionId && w.Adopted.Any(t => t.Joint && t.On <= on))
            || (w.Scope == WorkshopScope.Network && w.Adopted.Any(t => t.Joint && t.DivisionId == divisionId && t.On <= on))));
}

/// <summary>The gates between stages: R2 (1 → 2) and R3 (2 → 3). Each condition is named, met or not.</summary>
public static class StageGate
{
    /// <summary>The next gate as it stands now (the division's current chair and members).</summary>
    public static GateEvaluation? Next(Division division, GateFacts facts, GateThresholds thresholds) =>
        Next(division, facts, thresholds, DateOnly.MaxValue);

    /// <summary>The next gate on a business date: the chair and the civil member organisations of that date.</summary>
    public static GateEvaluation? Next(Division division, GateFacts facts, GateThresholds thresholds, DateOnly on) =>
        division.Stage switch
        {
            Stage.InternalOrganisation => ToCivilGovernmentCooperation(division, facts, thresholds, on),
            Stage.CivilGovernmentCooperation => ToTripartiteGovernance(facts, thresholds),
            _ => null,
        };

    private static GateEvaluation ToCivilGovernmentCooperation(Division division, GateFacts facts, GateThresholds thresholds, DateOnly on)
    {
        var civil = division.CivilOrganisationsOn(on).Count;
        return Evaluate(Stage.CivilGovernmentCooperation, "R2",
            (division.HasChairOn(on), Condition.Of(ConditionCode.GateChairAppointed)),
            (civil >= thresholds.MinimumMemberOrganisations,
                Condition.Of(ConditionCode.GateCivilMemberOrganisations, thresholds.MinimumMemberOrganisations, civil)),
            (facts.CivilCivilWorkshopAdoptedTaskThisOrLastYear, Condition.Of(ConditionCode.GateCivilCivilWorkshopAdoptedTask)));
    }

    private static GateEvaluation ToTripartiteGovernance(GateFacts facts, GateThresholds thresholds) =>
        Evaluate(Stage.TripartiteGovernance, "R3",
            (facts.RegularMeetingsWithAdministrationInLast12Months >= thresholds.MinimumRegularMeetingsWithAdministration,
                Condition.Of(ConditionCode.GateRegularMeetingsWithAdministration, thresholds.MinimumRegularMeetingsWithAdministration,
                    facts.RegularMeetingsWithAdministrationInLast12Months)),
            (facts.JointTaskAdoptedAtCivilGovernmentWorkshop, Condition.Of(ConditionCode.GateJointTaskAdopted)),
            (facts.JointTaskForceFormed, Condition.Of(ConditionCode.GateJointTaskForceFormed)));

    private static GateEvaluation Evaluate(Stage to, string rule, params (bool Satisfied, Condition Condition)[] conditions) =>
        new(to, rule,
            conditions.Where(c => c.Satisfied).Select(c => c.Condition).ToList(),
            conditions.Where(c => !c.Satisfied).Select(c => c.Condition).ToList());
}
