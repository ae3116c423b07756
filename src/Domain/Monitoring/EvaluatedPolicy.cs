using System.Globalization;

namespace Hyeopchi.Domain.Monitoring;

/// <summary>협치정책의 종류: the governance policies the monitoring group evaluates (L48), besides divisions and tasks.</summary>
public enum PolicyKind
{
    /// <summary>A policy exhibited at a year's expo (an accepted exhibit).</summary>
    Exhibit,

    /// <summary>The governance ordinance the joint task force carried to enactment.</summary>
    Ordinance,
}

/// <summary>
/// 평가한 협치정책 (R7, L48): the policy an evaluation judges — an expo exhibit, named by the expo's
/// year and the exhibit's id, or the enacted ordinance, named by its task force's id.
/// </summary>
public sealed record EvaluatedPolicy(PolicyKind Kind, int? ExpoYear, Guid? ExhibitId, Guid? TaskForceId)
{
    public static EvaluatedPolicy OfExhibit(int expoYear, Guid exhibitId) => new(PolicyKind.Exhibit, expoYear, exhibitId, null);

    public static EvaluatedPolicy OfOrdinance(Guid taskForceId) => new(PolicyKind.Ordinance, null, null, taskForceId);

    /// <summary>One text per policy (<c>exhibit:2025:…</c>, <c>ordinance:…</c>): the year-over-year sums are kept per key.</summary>
    public static string KeyOf(EvaluatedPolicy policy) => policy.Kind switch
    {
        PolicyKind.Exhibit => $"exhibit:{policy.ExpoYear?.ToString(CultureInfo.InvariantCulture)}:{policy.ExhibitId:N}",
        _ => $"ordinance:{policy.TaskForceId:N}",
    };

    /// <summary>The policy a <see cref="KeyOf"/> text names.</summary>
    public static EvaluatedPolicy FromKey(string key)
    {
        var parts = key.Split(':');
        return parts[0] == "exhibit"
            ? OfExhibit(int.Parse(parts[1], CultureInfo.InvariantCulture), Guid.Parse(parts[2]))
            : OfOrdinance(Guid.Parse(parts[1]));
    }
}

/// <summary>
/// A policy to be evaluated with the state R7 judges it by: the year's expo for an exhibit, the task
/// force for the ordinance (either may be missing when the caller did not load it, e.g. an unchanged policy).
/// </summary>
public sealed record PolicyUnderEvaluation(EvaluatedPolicy Policy, Expos.Expo? Expo, TaskForce.JointTaskForce? TaskForce);
