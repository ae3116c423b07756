namespace Hyeopchi.Domain.Divisions;

/// <summary>Thresholds of the stage gates; the defaults are the plan's, a network may configure its own.</summary>
public sealed record GateThresholds(int MinimumMemberOrganisations = 3, int MinimumRegularMeetingsWithAdministration = 4)
{
    public static readonly GateThresholds Plan = new();
}

/// <summary>
/// What other streams say about a division on a given date: the evidence the gates R2 and R3 read.
/// Gathered by the host from the read models of workshops, meetings and the joint task force.
/// </summary>
public sealed record GateFacts(
    bool CivilCivilWorkshopAdoptedTaskThisOrLastYear,
    int RegularMeetingsWithAdministrationInLast12Months,
    bool JointTaskAdoptedAtCivilGovernmentWorkshop,
    bool JointTaskForceFormed)
{
    public static readonly GateFacts Nothing = new(false, 0, false, false);
}

public sealed record GateEvaluation(Stage ToStage, string Rule, IReadOnlyList<string> Met, IReadOnlyList<string> Unmet)
{
    public bool IsOpen => Unmet.Count == 0;
}

/// <summary>The gates between stages: R2 (1 → 2) and R3 (2 → 3). Each condition is named, met or not.</summary>
public static class StageGate
{
    public static GateEvaluation? Next(Division division, GateFacts facts, GateThresholds thresholds) =>
        division.Stage switch
        {
            Stage.InternalOrganisation => ToCivilGovernmentCooperation(division, facts, thresholds),
            Stage.CivilGovernmentCooperation => ToTripartiteGovernance(facts, thresholds),
            _ => null,
        };

    private static GateEvaluation ToCivilGovernmentCooperation(Division division, GateFacts facts, GateThresholds thresholds) =>
        Evaluate(Stage.CivilGovernmentCooperation, "R2",
            (division.ChairId is not null, "분과장이 선임됨 (a chair is appointed)"),
            (division.Members.Count >= thresholds.MinimumMemberOrganisations,
                $"회원 단체 {thresholds.MinimumMemberOrganisations}곳 이상 (at least {thresholds.MinimumMemberOrganisations} member organisations; now {division.Members.Count})"),
            (facts.CivilCivilWorkshopAdoptedTaskThisOrLastYear,
                "올해 또는 작년에 전략 과제를 채택한 민/민 워크숍 (a civil–civil workshop this or last year that adopted a strategic task)"));

    private static GateEvaluation ToTripartiteGovernance(GateFacts facts, GateThresholds thresholds) =>
        Evaluate(Stage.TripartiteGovernance, "R3",
            (facts.RegularMeetingsWithAdministrationInLast12Months >= thresholds.MinimumRegularMeetingsWithAdministration,
                $"최근 12개월 행정 참여 정기 회의 {thresholds.MinimumRegularMeetingsWithAdministration}회 이상 (at least {thresholds.MinimumRegularMeetingsWithAdministration} regular meetings with administration in the last 12 months; now {facts.RegularMeetingsWithAdministrationInLast12Months})"),
            (facts.JointTaskAdoptedAtCivilGovernmentWorkshop,
                "민/관 워크숍에서 공동 전략 과제 채택 (a joint strategic task adopted at a civil–government workshop)"),
            (facts.JointTaskForceFormed, "합동 TF 구성 (the network's joint task force is formed)"));

    private static GateEvaluation Evaluate(Stage to, string rule, params (bool Satisfied, string Condition)[] conditions) =>
        new(to, rule,
            conditions.Where(c => c.Satisfied).Select(c => c.Condition).ToList(),
            conditions.Where(c => !c.Satisfied).Select(c => c.Condition).ToList());
}
